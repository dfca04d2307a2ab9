package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.fulfilment.PackCreate;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickConfirm;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListAssign;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.api.dto.fulfilment.ShipCreate;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/// Retrofit view of the contract's operations for this domain; generated once from `openapi.yaml`,
/// kept in step by hand. Every method runs synchronously on the caller's thread and throws an
/// `ApiProblem` on failure; state-changing calls take a caller-chosen `Idempotency-Key` so a retry
/// after a crash reuses it, and updates take the cached ETag as `If-Match`.
public interface FulfilmentApi {

    /// Pick lists (waves). Roles: WAREHOUSE, MANAGER, ADMIN.
    @GET("v1/pick-lists")
    Page<PickList> listPickLists(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("locationId") String locationId,
            @Query("assigneeId") String assigneeId,
            @Query("status") PickListStatus status);

    /// One pick list. Roles: WAREHOUSE, MANAGER, ADMIN.
    @GET("v1/pick-lists/{pickListId}")
    Versioned<PickList> getPickList(@Path("pickListId") String pickListId);

    /// Assign a pick list to a picker. Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/pick-lists/{pickListId}/assign")
    Versioned<PickList> assignPickList(@Path("pickListId") String pickListId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body PickListAssign body);

    /// Confirm a pick line with the scanned barcode (a second confirm is 409 naming who confirmed it). Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/pick-lists/{pickListId}/lines/{lineId}/confirm")
    Versioned<PickList> confirmPickLine(@Path("pickListId") String pickListId,
            @Path("lineId") String lineId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Body PickConfirm body);

    /// Short-pick a line with a reason. Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/pick-lists/{pickListId}/lines/{lineId}/short")
    Versioned<PickList> shortPickLine(@Path("pickListId") String pickListId,
            @Path("lineId") String lineId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Body PickShort body);

    /// Pack a picked list. Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/pick-lists/{pickListId}/pack")
    Versioned<PickList> packPickList(@Path("pickListId") String pickListId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body PackCreate body);

    /// Ship a packed list (carrier, tracking number). Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/pick-lists/{pickListId}/ship")
    Versioned<PickList> shipPickList(@Path("pickListId") String pickListId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body ShipCreate body);
}
