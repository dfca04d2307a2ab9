package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCancel;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnCreate;
import java.time.Instant;
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
public interface OrdersApi {

    /// Orders, newest first. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/orders")
    Page<Order> listOrders(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("status") OrderStatus status,
            @Query("channel") OrderChannel channel,
            @Query("customerId") String customerId,
            @Query("locationId") String locationId,
            @Query("from") Instant from,
            @Query("to") Instant to,
            @Query("q") String q);

    /// One order. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/orders/{orderId}")
    Versioned<Order> getOrder(@Path("orderId") String orderId);

    /// Cancel an order that has not shipped. Roles: SUPPORT, MANAGER, ADMIN.
    @POST("v1/orders/{orderId}/cancel")
    Versioned<Order> cancelOrder(@Path("orderId") String orderId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body OrderCancel body);

    /// `cancelOrder` with a step-up token: needed when what the cancel refunds reaches the contract's `x-step-up`
    /// `minAmountCents` (lane security, issue 10); sent online at once, never queued.
    @POST("v1/orders/{orderId}/cancel")
    Versioned<Order> cancelOrder(@Path("orderId") String orderId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Header("X-Step-Up-Token") String stepUpToken,
            @Body OrderCancel body);

    /// Refund lines of an order (amount computed, never above what was paid). Roles: SUPPORT, MANAGER, ADMIN.
    @POST("v1/orders/{orderId}/refunds")
    Versioned<Order> refundOrder(@Path("orderId") String orderId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body RefundCreate body);

    /// `refundOrder` with a step-up token: needed from the contract's `x-step-up` `minAmountCents` (lane security,
    /// issue 10); sent online at once, never queued ([com.trendythreads.opsdesk.api.auth.StepUpApi]).
    @POST("v1/orders/{orderId}/refunds")
    Versioned<Order> refundOrder(@Path("orderId") String orderId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Header("X-Step-Up-Token") String stepUpToken,
            @Body RefundCreate body);

    /// Return lines (RMA) with restock or exchange. Roles: SUPPORT, MANAGER, ADMIN.
    @POST("v1/orders/{orderId}/returns")
    Versioned<Order> createReturn(@Path("orderId") String orderId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body ReturnCreate body);
}
