package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.CustomerPatch;
import com.trendythreads.opsdesk.api.dto.crm.GdprErasure;
import com.trendythreads.opsdesk.api.dto.crm.GdprRequest;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyAdjustmentCreate;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketCreate;
import com.trendythreads.opsdesk.api.dto.crm.TicketPatch;
import com.trendythreads.opsdesk.api.dto.crm.TicketReply;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
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
public interface CrmApi {

    /// Customers (PII masked outside x-pii-roles). Roles: SUPPORT, MANAGER, MARKETING, ADMIN.
    @GET("v1/customers")
    Page<Customer> listCustomers(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("q") String q,
            @Query("loyaltyTier") LoyaltyTier loyaltyTier);

    /// One customer. Roles: SUPPORT, MANAGER, MARKETING, ADMIN.
    @GET("v1/customers/{customerId}")
    Versioned<Customer> getCustomer(@Path("customerId") String customerId);

    /// Change contact details, addresses, tags or consents. Roles: SUPPORT, ADMIN.
    @PATCH("v1/customers/{customerId}")
    Versioned<Customer> updateCustomer(@Path("customerId") String customerId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body CustomerPatch body);

    /// GDPR export of everything held about a customer. Roles: SUPPORT, ADMIN. Step-up: a fresh
    /// `X-Step-Up-Token` ([com.trendythreads.opsdesk.api.auth.StepUpApi]).
    @POST("v1/customers/{customerId}/gdpr-export")
    GdprRequest exportCustomerData(@Path("customerId") String customerId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("X-Step-Up-Token") String stepUpToken);

    /// GDPR erasure: anonymise the customer everywhere. Roles: SUPPORT, ADMIN. Step-up: a fresh
    /// `X-Step-Up-Token` ([com.trendythreads.opsdesk.api.auth.StepUpApi]).
    @POST("v1/customers/{customerId}/gdpr-erasure")
    GdprRequest eraseCustomer(@Path("customerId") String customerId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("X-Step-Up-Token") String stepUpToken,
            @Body GdprErasure body);

    /// Add or take loyalty points by hand, with the reason. Roles: SUPPORT, MANAGER, ADMIN.
    @POST("v1/customers/{customerId}/loyalty-adjustments")
    Customer adjustLoyaltyPoints(@Path("customerId") String customerId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Body LoyaltyAdjustmentCreate body);

    /// Product reviews. Roles: MERCHANDISER, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/reviews")
    Page<Review> listReviews(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("customerId") String customerId,
            @Query("productId") String productId);

    /// Support tickets. Roles: SUPPORT, MANAGER, ADMIN.
    @GET("v1/tickets")
    Page<Ticket> listTickets(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("status") TicketStatus status,
            @Query("assigneeId") String assigneeId,
            @Query("customerId") String customerId,
            @Query("orderId") String orderId);

    /// Open a ticket. Roles: SUPPORT, MANAGER, ADMIN.
    @POST("v1/tickets")
    Versioned<Ticket> createTicket(@Header("Idempotency-Key") String idempotencyKey,
            @Body TicketCreate body);

    /// One ticket with its messages. Roles: SUPPORT, MANAGER, ADMIN.
    @GET("v1/tickets/{ticketId}")
    Versioned<Ticket> getTicket(@Path("ticketId") String ticketId);

    /// Change status, priority, assignee or tags. Roles: SUPPORT, MANAGER, ADMIN.
    @PATCH("v1/tickets/{ticketId}")
    Versioned<Ticket> updateTicket(@Path("ticketId") String ticketId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body TicketPatch body);

    /// Reply to the customer or add an internal note. Roles: SUPPORT, MANAGER, ADMIN.
    @POST("v1/tickets/{ticketId}/messages")
    Versioned<Ticket> replyToTicket(@Path("ticketId") String ticketId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body TicketReply body);

    /// Reply macros. Roles: SUPPORT, MANAGER, ADMIN.
    @GET("v1/macros")
    Page<Macro> listMacros(@Query("cursor") String cursor,
            @Query("limit") Integer limit);
}
