package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignMetrics;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignPatch;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignSchedule;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkResult;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodePatch;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.campaigns.SegmentCreate;
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
public interface CampaignsApi {

    /// Campaigns. Roles: MERCHANDISER, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/campaigns")
    Page<Campaign> listCampaigns(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("status") CampaignStatus status,
            @Query("channel") CampaignChannel channel);

    /// Create a campaign (draft). Roles: MARKETING, ADMIN.
    @POST("v1/campaigns")
    Versioned<Campaign> createCampaign(@Header("Idempotency-Key") String idempotencyKey,
            @Body CampaignCreate body);

    /// One campaign. Roles: MERCHANDISER, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/campaigns/{campaignId}")
    Versioned<Campaign> getCampaign(@Path("campaignId") String campaignId);

    /// Change a campaign. Roles: MARKETING, ADMIN.
    @PATCH("v1/campaigns/{campaignId}")
    Versioned<Campaign> updateCampaign(@Path("campaignId") String campaignId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body CampaignPatch body);

    /// Schedule the send (the platform sends, never the desk). Roles: MARKETING, ADMIN.
    @POST("v1/campaigns/{campaignId}/schedule")
    Versioned<Campaign> scheduleCampaign(@Path("campaignId") String campaignId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body CampaignSchedule body);

    /// Sends, opens, clicks, orders, revenue, redemptions. Roles: MERCHANDISER, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/campaigns/{campaignId}/metrics")
    CampaignMetrics getCampaignMetrics(@Path("campaignId") String campaignId);

    /// Promo codes. Roles: MERCHANDISER, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/promo-codes")
    Page<PromoCode> listPromoCodes(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("campaignId") String campaignId,
            @Query("active") Boolean active,
            @Query("q") String q);

    /// Create a promo code. Roles: MARKETING, ADMIN.
    @POST("v1/promo-codes")
    Versioned<PromoCode> createPromoCode(@Header("Idempotency-Key") String idempotencyKey,
            @Body PromoCodeCreate body);

    /// Generate N unique codes with a prefix. Roles: MARKETING, ADMIN.
    @POST("v1/promo-codes/bulk")
    PromoCodeBulkResult bulkCreatePromoCodes(@Header("Idempotency-Key") String idempotencyKey,
            @Body PromoCodeBulkCreate body);

    /// One promo code. Roles: MERCHANDISER, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/promo-codes/{code}")
    Versioned<PromoCode> getPromoCode(@Path("code") String code);

    /// Change or deactivate a promo code. Roles: MARKETING, ADMIN.
    @PATCH("v1/promo-codes/{code}")
    Versioned<PromoCode> updatePromoCode(@Path("code") String code,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body PromoCodePatch body);

    /// Audience segments. Roles: MARKETING, MANAGER, ADMIN.
    @GET("v1/segments")
    Page<Segment> listSegments(@Query("cursor") String cursor,
            @Query("limit") Integer limit);

    /// A segment built on the desk, stored with its members as a campaign audience. Roles: MARKETING, ADMIN.
    @POST("v1/segments")
    Segment createSegment(@Header("Idempotency-Key") String idempotencyKey, @Body SegmentCreate body);
}
