package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.dto.admin.FaultConfig;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTick;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTickResult;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/// Retrofit view of the contract's operations for this domain; generated once from `openapi.yaml`,
/// kept in step by hand. Every method runs synchronously on the caller's thread and throws an
/// `ApiProblem` on failure; state-changing calls take a caller-chosen `Idempotency-Key` so a retry
/// after a crash reuses it, and updates take the cached ETag as `If-Match`.
public interface AdminApi {

    /// Current fault injection.
    @GET("admin/faults")
    FaultConfig getFaults();

    /// Set fault injection.
    @PUT("admin/faults")
    FaultConfig setFaults(@Body FaultConfig body);

    /// Turn all faults off.
    @POST("admin/reset-faults")
    FaultConfig resetFaults();

    /// Let the live simulator produce N events now.
    @POST("admin/simulator/tick")
    SimulatorTickResult simulatorTick(@Body SimulatorTick body);
}
