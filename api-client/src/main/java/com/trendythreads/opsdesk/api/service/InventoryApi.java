package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.api.dto.inventory.StockAdjustmentCreate;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevelPatch;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.api.dto.inventory.Transfer;
import com.trendythreads.opsdesk.api.dto.inventory.TransferCreate;
import com.trendythreads.opsdesk.api.dto.inventory.TransferReceive;
import com.trendythreads.opsdesk.api.dto.inventory.TransferStatus;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/// Retrofit view of the contract's operations for this domain; generated once from `openapi.yaml`,
/// kept in step by hand. Every method runs synchronously on the caller's thread and throws an
/// `ApiProblem` on failure; state-changing calls take a caller-chosen `Idempotency-Key` so a retry
/// after a crash reuses it, and updates take the cached ETag as `If-Match`.
public interface InventoryApi {

    /// Warehouses and stores. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/locations")
    Page<Location> listLocations(@Query("cursor") String cursor,
            @Query("limit") Integer limit);

    /// Stock per SKU × location. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/stock")
    Page<StockLevel> listStock(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("locationId") String locationId,
            @Query("sku") String sku);

    /// Set reorder point, reorder quantity or bin. Roles: WAREHOUSE, MANAGER, ADMIN.
    @PATCH("v1/stock/{locationId}/{sku}")
    Versioned<StockLevel> updateStockLevel(@Path("locationId") String locationId,
            @Path("sku") String sku,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body StockLevelPatch body);

    /// Adjust stock by a signed delta with a reason code. Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/stock/adjustments")
    Versioned<StockLevel> adjustStock(@Header("Idempotency-Key") String idempotencyKey,
            @Body StockAdjustmentCreate body);

    /// Movement history. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/stock/movements")
    Page<StockMovement> listStockMovements(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("locationId") String locationId,
            @Query("sku") String sku);

    /// Transfers between locations. Roles: WAREHOUSE, MANAGER, ADMIN, MERCHANDISER.
    @GET("v1/transfers")
    Page<Transfer> listTransfers(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("status") TransferStatus status,
            @Query("locationId") String locationId);

    /// Create a transfer. Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/transfers")
    Versioned<Transfer> createTransfer(@Header("Idempotency-Key") String idempotencyKey,
            @Body TransferCreate body);

    /// One transfer. Roles: WAREHOUSE, MANAGER, ADMIN, MERCHANDISER.
    @GET("v1/transfers/{transferId}")
    Versioned<Transfer> getTransfer(@Path("transferId") String transferId);

    /// Ship a transfer (stock leaves the source). Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/transfers/{transferId}/ship")
    Versioned<Transfer> shipTransfer(@Path("transferId") String transferId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch);

    /// Receive a transfer with the counted quantities. Roles: WAREHOUSE, MANAGER, ADMIN.
    @POST("v1/transfers/{transferId}/receive")
    Versioned<Transfer> receiveTransfer(@Path("transferId") String transferId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body TransferReceive body);
}
