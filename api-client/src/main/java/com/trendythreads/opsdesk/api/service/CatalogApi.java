package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductCreate;
import com.trendythreads.opsdesk.api.dto.catalog.ProductPatch;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Multipart;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.Query;

/// Retrofit view of the contract's operations for this domain; generated once from `openapi.yaml`,
/// kept in step by hand. Every method runs synchronously on the caller's thread and throws an
/// `ApiProblem` on failure; state-changing calls take a caller-chosen `Idempotency-Key` so a retry
/// after a crash reuses it, and updates take the cached ETag as `If-Match`.
public interface CatalogApi {

    /// Category tree with attributes per category and what each channel requires. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/categories")
    Page<Category> listCategories(@Query("cursor") String cursor,
            @Query("limit") Integer limit);

    /// Products with variants and media, filtered, by cursor. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/products")
    Page<Product> listProducts(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("q") String q,
            @Query("status") ProductStatus status,
            @Query("categoryId") String categoryId,
            @Query("brand") String brand,
            @Query("season") String season,
            @Query("channel") Channel channel);

    /// Create a product with its variants. Roles: MERCHANDISER, ADMIN.
    @POST("v1/products")
    Versioned<Product> createProduct(@Header("Idempotency-Key") String idempotencyKey,
            @Body ProductCreate body);

    /// One product. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/products/{productId}")
    Versioned<Product> getProduct(@Path("productId") String productId);

    /// Change fields of a product (absent fields stay). Roles: MERCHANDISER, ADMIN.
    @PATCH("v1/products/{productId}")
    Versioned<Product> updateProduct(@Path("productId") String productId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body ProductPatch body);

    /// Delete a product (a tombstone in the change feed). Roles: MERCHANDISER, ADMIN.
    @DELETE("v1/products/{productId}")
    Void deleteProduct(@Path("productId") String productId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch);

    /// Add an image to a product. Roles: MERCHANDISER, ADMIN.
    @Multipart
    @POST("v1/products/{productId}/media")
    Versioned<Product> uploadProductMedia(@Path("productId") String productId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Part MultipartBody.Part file,
            @Part("altText") RequestBody altText);

    /// Remove an image from a product. Roles: MERCHANDISER, ADMIN.
    @DELETE("v1/products/{productId}/media/{mediaId}")
    Versioned<Product> deleteProductMedia(@Path("productId") String productId,
            @Path("mediaId") String mediaId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch);

    /// The image bytes. Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/media/{mediaId}/content")
    ResponseBody getMediaContent(@Path("mediaId") String mediaId);
}
