package com.trendythreads.opsdesk.cache.store;

import static com.trendythreads.opsdesk.cache.store.Column.bigint;
import static com.trendythreads.opsdesk.cache.store.Column.bool;
import static com.trendythreads.opsdesk.cache.store.Column.integer;
import static com.trendythreads.opsdesk.cache.store.Column.text;
import static com.trendythreads.opsdesk.cache.store.Column.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.api.dto.inventory.Transfer;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Every resource of the change feed, with where it lives locally and where it comes from.
///
/// The id is the one the feed's `id` carries (the demo platform's `tx.recordChange(...)` calls):
/// the document's `id` for all resources except
/// - `promo_code`: its `code` (promo codes are business keys and have no other id);
/// - `supplier_item`: its `sku` (one supplier per SKU);
/// - `stock`: the document's `id`, which is `"<locationId>|<sku>"` (`InventoryStore.stockId`), e.g.
///   `WH-BER|TT000001-KHK-34`.
///
/// The contract has no single-item GET for every resource; the sync engine re-reads a resource through
/// its list operation ([#listOperation()] at [#listPath()]).
public enum ResourceType {

    USER("user", "users", "v1/users", "listUsers", User.class, List.of(
            text("username", "/username"),
            text("display_name", "/displayName"),
            text("home_location_id", "/homeLocationId"),
            bool("active", "/active"))),
    CATEGORY("category", "categories", "v1/categories", "listCategories", Category.class, List.of(
            text("name", "/name"),
            text("parent_id", "/parentId"))),
    PRODUCT("product", "products", "v1/products", "listProducts", Product.class, List.of(
            text("title", "/title"),
            text("brand", "/brand"),
            text("status", "/status"),
            text("category_id", "/categoryId"),
            text("season", "/season"),
            timestamp("created_at", "/createdAt"),
            timestamp("updated_at", "/updatedAt"))),
    LOCATION("location", "locations", "v1/locations", "listLocations", Location.class, List.of(
            text("name", "/name"),
            text("type", "/type"),
            text("city", "/city"),
            text("country_code", "/countryCode"))),
    STOCK("stock", "stock", "v1/stock", "listStock", StockLevel.class, List.of(
            text("location_id", "/locationId"),
            text("sku", "/sku"),
            text("bin", "/bin"),
            integer("on_hand", "/onHand"),
            integer("committed", "/committed"),
            integer("available", "/available"),
            integer("incoming", "/incoming"),
            integer("reorder_point", "/reorderPoint"),
            timestamp("updated_at", "/updatedAt"))),
    MOVEMENT("movement", "movements", "v1/stock/movements", "listStockMovements", StockMovement.class, List.of(
            text("location_id", "/locationId"),
            text("sku", "/sku"),
            integer("delta", "/delta"),
            text("type", "/type"),
            text("reason", "/reason"),
            text("reference", "/reference"),
            text("user_id", "/userId"),
            timestamp("moved_at", "/at"))),
    TRANSFER("transfer", "transfers", "v1/transfers", "listTransfers", Transfer.class, List.of(
            text("from_location_id", "/fromLocationId"),
            text("to_location_id", "/toLocationId"),
            text("status", "/status"),
            timestamp("created_at", "/createdAt"),
            timestamp("shipped_at", "/shippedAt"),
            timestamp("received_at", "/receivedAt"))),
    ORDER("order", "orders", "v1/orders", "listOrders", Order.class, List.of(
            text("number", "/number"),
            timestamp("placed_at", "/placedAt"),
            text("status", "/status"),
            text("payment_status", "/paymentStatus"),
            text("fulfilment_status", "/fulfilmentStatus"),
            text("channel", "/channel"),
            text("location_id", "/locationId"),
            text("customer_id", "/customer/id"),
            bigint("total_cents", "/totalCents"),
            bigint("refunded_cents", "/refundedCents"),
            text("campaign_id", "/campaignId"),
            text("pick_list_id", "/pickListId"),
            bool("flagged", "/flagged"),
            timestamp("updated_at", "/updatedAt"))),
    PICK_LIST("pick_list", "pick_lists", "v1/pick-lists", "listPickLists", PickList.class, List.of(
            text("status", "/status"),
            text("location_id", "/locationId"),
            text("assignee_id", "/assigneeId"),
            text("wave", "/wave"),
            timestamp("created_at", "/createdAt"),
            timestamp("updated_at", "/updatedAt"))),
    CAMPAIGN("campaign", "campaigns", "v1/campaigns", "listCampaigns", Campaign.class, List.of(
            text("name", "/name"),
            text("status", "/status"),
            text("channel", "/channel"),
            timestamp("starts_at", "/startsAt"),
            timestamp("ends_at", "/endsAt"),
            text("segment_id", "/segmentId"),
            bigint("budget_cents", "/budgetCents"),
            bigint("spend_cents", "/spendCents"))),
    PROMO_CODE("promo_code", "promo_codes", "v1/promo-codes", "listPromoCodes", PromoCode.class, List.of(
            text("code", "/code"),
            text("campaign_id", "/campaignId"),
            bool("active", "/active"),
            text("type", "/type"),
            timestamp("valid_from", "/validFrom"),
            timestamp("valid_until", "/validUntil"),
            integer("redemptions", "/redemptions"))),
    SEGMENT("segment", "segments", "v1/segments", "listSegments", Segment.class, List.of(
            text("name", "/name"),
            integer("customer_count", "/customerCount"))),
    CUSTOMER("customer", "customers", "v1/customers", "listCustomers", Customer.class, List.of(
            text("first_name", "/firstName"),
            text("last_name", "/lastName"),
            text("email", "/email"),
            text("phone", "/phone"),
            text("loyalty_tier", "/loyaltyTier"),
            integer("order_count", "/orderCount"),
            bigint("lifetime_value_cents", "/lifetimeValueCents"),
            timestamp("created_at", "/createdAt"),
            timestamp("updated_at", "/updatedAt"))),
    REVIEW("review", "reviews", "v1/reviews", "listReviews", Review.class, List.of(
            text("product_id", "/productId"),
            text("customer_id", "/customerId"),
            integer("rating", "/rating"),
            text("status", "/status"),
            timestamp("created_at", "/createdAt"))),
    TICKET("ticket", "tickets", "v1/tickets", "listTickets", Ticket.class, List.of(
            text("subject", "/subject"),
            text("status", "/status"),
            text("priority", "/priority"),
            text("channel", "/channel"),
            text("customer_id", "/customerId"),
            text("order_id", "/orderId"),
            text("assignee_id", "/assigneeId"),
            timestamp("sla_due_at", "/slaDueAt"),
            timestamp("created_at", "/createdAt"),
            timestamp("updated_at", "/updatedAt"))),
    MACRO("macro", "macros", "v1/macros", "listMacros", Macro.class, List.of(
            text("name", "/name"),
            text("set_status", "/setStatus"))),
    // lane audit (issue #10): security alerts, cached for MANAGER and ADMIN (listAlerts' x-roles).
    ALERT("alert", "alerts", "v1/alerts", "listAlerts", Alert.class, List.of(
            text("kind", "/kind"),
            text("severity", "/severity"),
            timestamp("raised_at", "/raisedAt"),
            text("subject_username", "/subjectUsername"),
            timestamp("acknowledged_at", "/acknowledgedAt"))),
    // lane supply (issue #11): suppliers, the supplier of each SKU (keyed by `sku`) and purchase orders.
    SUPPLIER("supplier", "suppliers", "v1/suppliers", "listSuppliers", Supplier.class, List.of(
            text("name", "/name"),
            integer("lead_time_days", "/leadTimeDays"))),
    SUPPLIER_ITEM("supplier_item", "supplier_items", "v1/supplier-items", "listSupplierItems", SupplierItem.class,
            List.of(
                    text("supplier_id", "/supplierId"),
                    bigint("unit_cost_cents", "/unitCostCents"),
                    integer("pack_size", "/packSize"))),
    PURCHASE_ORDER("purchase_order", "purchase_orders", "v1/purchase-orders", "listPurchaseOrders",
            PurchaseOrder.class, List.of(
                    text("supplier_id", "/supplierId"),
                    text("location_id", "/locationId"),
                    text("status", "/status"),
                    bigint("total_cents", "/totalCents"),
                    timestamp("created_at", "/createdAt"),
                    timestamp("sent_at", "/sentAt"),
                    timestamp("updated_at", "/updatedAt")));

    /// The table of product variants (one row per SKU), filled from product documents.
    public static final String PRODUCT_VARIANT_TABLE = "product_variant";

    private static final Map<String, ResourceType> BY_RESOURCE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ResourceType::resource, Function.identity()));
    private static final Map<String, ResourceType> BY_TABLE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ResourceType::table, Function.identity()));

    private final String resource;
    private final String table;
    private final String listPath;
    private final String listOperation;
    private final Class<?> dtoClass;
    private final List<Column> columns;

    ResourceType(String resource, String table, String listPath, String listOperation, Class<?> dtoClass,
                 List<Column> columns) {
        this.resource = resource;
        this.table = table;
        this.listPath = listPath;
        this.listOperation = listOperation;
        this.dtoClass = dtoClass;
        this.columns = columns;
    }

    /// The name in the change feed (`product`, `pick_list`, …).
    public String resource() {
        return resource;
    }

    /// The local table (`products`, `pick_lists`, …).
    public String table() {
        return table;
    }

    /// The contract's list path, relative to the platform's base URL (`v1/products`).
    public String listPath() {
        return listPath;
    }

    /// The contract's list operation (`listProducts`).
    public String listOperation() {
        return listOperation;
    }

    /// The api-client DTO record of this resource.
    public Class<?> dtoClass() {
        return dtoClass;
    }

    /// The typed columns extracted from the document (besides `id`, `version` and `doc`).
    public List<Column> columns() {
        return columns;
    }

    /// The name of the JSON field that carries the id (`code` for promo codes, `sku` for supplier items,
    /// `id` otherwise).
    public String idField() {
        return this == PROMO_CODE ? "code" : this == SUPPLIER_ITEM ? "sku" : "id";
    }

    /// The id the change feed uses for this document.
    public String idOf(JsonNode doc) {
        return findId(doc).orElseThrow(() ->
                new IllegalArgumentException("A " + resource + " document without '" + idField() + "': " + doc));
    }

    /// The id of `doc`, or empty when it has none (a new record before the platform named it, or
    /// an answer that is another kind of document).
    public Optional<String> findId(JsonNode doc) {
        JsonNode id = doc.get(idField());
        if (id != null && id.isTextual() && !id.asText().isEmpty()) {
            return Optional.of(id.asText());
        }
        if (this == STOCK && doc.hasNonNull("locationId") && doc.hasNonNull("sku")) {
            return Optional.of(stockId(doc.get("locationId").asText(), doc.get("sku").asText()));
        }
        return Optional.empty();
    }

    /// The id of the stock level of `sku` at `locationId`, as the platform forms it.
    public static String stockId(String locationId, String sku) {
        return locationId + "|" + sku;
    }

    /// A stock level's location and SKU, read back from its id.
    public record StockKey(String locationId, String sku) {
    }

    /// The location and SKU of a [#stockId], or empty for anything else (no `|`, or no location before it).
    public static Optional<StockKey> parseStockId(String id) {
        int bar = id == null ? -1 : id.indexOf('|');
        return bar > 0 ? Optional.of(new StockKey(id.substring(0, bar), id.substring(bar + 1))) : Optional.empty();
    }

    public static Optional<ResourceType> byResource(String resource) {
        return Optional.ofNullable(BY_RESOURCE.get(resource));
    }

    public static Optional<ResourceType> byTable(String table) {
        return Optional.ofNullable(BY_TABLE.get(table));
    }

    /// Like [#byResource] for a name that must be known.
    public static ResourceType ofResource(String resource) {
        return byResource(resource).orElseThrow(() -> new IllegalArgumentException("Unknown resource: " + resource));
    }
}
