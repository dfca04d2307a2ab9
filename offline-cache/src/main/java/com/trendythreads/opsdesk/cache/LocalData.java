package com.trendythreads.opsdesk.cache;

import com.trendythreads.opsdesk.cache.catalog.CatalogIndex;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.media.MediaContent;
import com.trendythreads.opsdesk.cache.picking.PickCounts;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.CampaignRepository;
import com.trendythreads.opsdesk.cache.repo.CustomerRepository;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.repo.PickListRepository;
import com.trendythreads.opsdesk.cache.repo.ProductRepository;
import com.trendythreads.opsdesk.cache.repo.ReferenceRepository;
import com.trendythreads.opsdesk.cache.repo.StockRepository;
import com.trendythreads.opsdesk.cache.repo.TicketRepository;
import com.trendythreads.opsdesk.cache.segments.Segments;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.time.Clock;
import java.util.Objects;

/// Everything a screen reads and writes for one signed-in user: the repositories over that user's
/// local cache and the write path ([LocalEdits]). One per session; screens get it from the session.
public final class LocalData {

    private final CacheDatabase db;
    private final LocalEdits edits;
    private final ProductRepository products;
    private final StockRepository stock;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final TicketRepository tickets;
    private final PickListRepository pickLists;
    private final CampaignRepository campaigns;
    private final ReferenceRepository reference;
    private final MediaContent media;
    private final CatalogIndex catalogIndex;
    private final CatalogJobs jobs;
    private final PickCounts pickCounts;
    private final Segments segments;
    private final com.trendythreads.opsdesk.cache.repo.AuditData audit; // lane audit
    private final com.trendythreads.opsdesk.cache.supply.SupplyData supply; // lane supply

    public LocalData(CacheDatabase db, LocalEdits edits) {
        this(db, edits, MediaContent.NONE);
    }

    public LocalData(CacheDatabase db, LocalEdits edits, MediaContent media) {
        this.db = Objects.requireNonNull(db, "db");
        this.media = Objects.requireNonNull(media, "media");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.products = new ProductRepository(db);
        this.stock = new StockRepository(db);
        this.orders = new OrderRepository(db);
        this.customers = new CustomerRepository(db);
        this.tickets = new TicketRepository(db);
        this.pickLists = new PickListRepository(db);
        this.campaigns = new CampaignRepository(db);
        this.reference = new ReferenceRepository(db);
        // Created here, built only when started: the catalog screen starts it when first shown, so a
        // session that never opens the catalog (warehouse, support) never pays for it. A session opener
        // that wants it warm at sign-in may call catalogIndex().start() itself.
        this.catalogIndex = new CatalogIndex(db);
        this.jobs = new CatalogJobs(db, edits, Clock.systemUTC());
        this.pickCounts = new PickCounts(db, Clock.systemUTC());
        this.segments = new Segments(db, edits, Clock.systemUTC());
        this.audit = new com.trendythreads.opsdesk.cache.repo.AuditData(db, edits, Clock.systemUTC());
        // lane supply: suppliers, purchase orders and their scorecards (the shop's days, as sales count them)
        this.supply = new com.trendythreads.opsdesk.cache.supply.SupplyData(db, edits, Clock.systemUTC(),
                com.trendythreads.opsdesk.api.rules.SalesCalendar.ZONE);
    }

    /// lane supply (issue #11)
    public com.trendythreads.opsdesk.cache.supply.SupplyData supply() {
        return supply;
    }

    public CacheDatabase db() {
        return db;
    }

    public LocalEdits edits() {
        return edits;
    }

    public ProductRepository products() {
        return products;
    }

    public StockRepository stock() {
        return stock;
    }

    public OrderRepository orders() {
        return orders;
    }

    public CustomerRepository customers() {
        return customers;
    }

    public TicketRepository tickets() {
        return tickets;
    }

    public PickListRepository pickLists() {
        return pickLists;
    }

    public CampaignRepository campaigns() {
        return campaigns;
    }

    public ReferenceRepository reference() {
        return reference;
    }

    /// Every cached product in memory for the catalog list and its search; call
    /// [CatalogIndex#start()] before the first search (idempotent).
    public CatalogIndex catalogIndex() {
        return catalogIndex;
    }

    /// Bulk changes and imports as jobs that can be undone (one per session, so it knows which jobs run).
    public CatalogJobs jobs() {
        return jobs;
    }

    /// Units scanned of pick lines not complete yet, kept across restarts.
    public PickCounts pickCounts() {
        return pickCounts;
    }

    /// Product images, cached locally.
    public MediaContent media() {
        return media;
    }

    /// Customer segments (RFM, rules) over the cache and their push to the platform.
    public Segments segments() {
        return segments;
    }

    /// Lane audit: cached alerts, export reports, the audit log's last answers.
    public com.trendythreads.opsdesk.cache.repo.AuditData audit() {
        return audit;
    }
}
