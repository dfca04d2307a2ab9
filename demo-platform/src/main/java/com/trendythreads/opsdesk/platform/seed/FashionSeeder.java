package com.trendythreads.opsdesk.platform.seed;

import com.trendythreads.opsdesk.platform.SeedProgress;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.api.dto.inventory.LocationType;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Cust;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Leaf;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Prod;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Sku;
import com.trendythreads.opsdesk.platform.store.Counters.Sequence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import net.datafaker.Faker;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Fills the demo platform's domain tables (`V2__domain.sql`) with a believable fashion retailer:
/// categories, products with variants, SKUs and generated media, 3 warehouses and 5 stores with
/// stock, customers, six months of orders (with payments, returns, refunds, promo redemptions and
/// their analytics facts), open pick lists, campaigns with promo codes and delivery figures,
/// segments, reviews, support tickets and macros, daily traffic and external context.
///
/// **Deterministic**: every random draw comes from a fixed seed and every time is derived from
/// `clock.instant()`, so the same scale and clock give byte-identical documents. **Fast**: rows are
/// written with batched inserts and committed every 1,000 rows; orders stream straight to the
/// database while only compact aggregates stay in memory.
///
/// Every resource is stored as its api-client DTO record serialised to JSON in `doc`; the columns
/// beside it are derived from the same values. Every `version` is 1. The tables must be empty.
///
/// Id formats, as [com.trendythreads.opsdesk.platform.store.Counters.Sequence] defines them for seed and
/// server alike (number zero-padded to the width shown; a longer number is written in full):
/// `prd_000001`, `med_0000001`, `cus_0000001`, `ord_0000001` with number `TT-1000001`,
/// `ln_00000001` (order lines), `pay_00000001`, `ref_0000001` (refunds), `RMA-0000001` (returns),
/// `pl_000001` (pick lists; their lines `pl_000001-01`), `rev_0000001`, `tkt_000001`,
/// `msg_00000001` (ticket messages), `cmp_000001`, `mac_001`, `seg_…` (named), `trf_000001` and
/// `gdpr_000001` (none seeded).
///
/// The `counters` table gets one row per id sequence (`Sequence.counter()`), `next_value` being the next
/// number to use, so the server's ids continue after the seeded ones:
/// `product`, `media`, `customer`, `order`, `order_number` (the numeric part of `TT-…`), `line`,
/// `payment`, `refund`, `return`, `pick_list`, `review`, `ticket`, `message`, `campaign`, `macro`,
/// `transfer`, `gdpr`.
///
/// If a `users` table exists (the server core's), the ids of `walt.warehouse` and `sam.support` are
/// looked up so some pick lists and tickets are assigned to them; otherwise those stay unassigned.
public final class FashionSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(FashionSeeder.class);
    static final ZoneId ZONE = SalesCalendar.ZONE;

    public void seed(Jdbi jdbi, SeedScale scale, Clock clock) {
        seed(jdbi, scale, clock, SeedProgress.NONE);
    }

    /// Seeds, telling `progress` each of the [SeedRun#STEPS] steps as it begins.
    public void seed(Jdbi jdbi, SeedScale scale, Clock clock, SeedProgress progress) {
        long started = System.nanoTime();
        String walt = lookupUser(jdbi, "walt.warehouse");
        String sam = lookupUser(jdbi, "sam.support");
        jdbi.useHandle(handle -> {
            handle.begin();
            try {
                SeedRun run = new SeedRun(handle, scale, clock.instant().truncatedTo(ChronoUnit.SECONDS), walt, sam,
                        progress);
                run.execute();
                handle.commit();
            } catch (RuntimeException e) {
                handle.rollback();
                throw e;
            }
        });
        LOG.info("Seeded {} in {} ms", scale, (System.nanoTime() - started) / 1_000_000);
    }

    private static String lookupUser(Jdbi jdbi, String username) {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT id FROM users WHERE username = :u")
                    .bind("u", username).mapTo(String.class).findFirst().orElse(null));
        } catch (RuntimeException e) {
            LOG.debug("No users table to look up {}: {}", username, e.getMessage());
            return null;
        }
    }

    /// One seeding run: the state shared by the steps.
    static final class SeedRun {
        final Handle handle;
        final SeedScale scale;
        final Instant now;
        final String waltId;
        final String samId;
        final ObjectMapper mapper = SeedModel.mapper();
        final List<Leaf> leaves = new ArrayList<>();
        final List<Prod> products = new ArrayList<>();
        final List<Sku> skus = new ArrayList<>();
        final List<Cust> customers = new ArrayList<>();
        /// [warehouse][product index] → bin
        String[][] bins;
        int[] binCounts;
        /// [warehouse][sku index] → units committed to open orders
        int[][] committed;
        final Map<String, Integer> counters = new LinkedHashMap<>();
        MarketingGenerator marketing;
        OrderGenerator orders;
        long stepStarted;
        /// The `step(…)` calls in [#execute()].
        static final int STEPS = 13;
        private final SeedProgress progress;
        private int stepsBegun;

        SeedRun(Handle handle, SeedScale scale, Instant now, String waltId, String samId, SeedProgress progress) {
            this.progress = progress;
            this.handle = handle;
            this.scale = scale;
            this.now = now;
            this.waltId = waltId;
            this.samId = samId;
        }

        void execute() {
            step("catalog", this::catalog);
            step("locations", this::locations);
            step("customer profiles", this::customerProfiles);
            marketing = new MarketingGenerator(this);
            step("campaign plan", marketing::plan);
            orders = new OrderGenerator(this);
            step("orders", orders::generate);
            step("pick lists", orders::writePickLists);
            step("stock", this::stock);
            List<int[]> segmentMembers = new ArrayList<>();
            step("customers and segments", () -> customersAndSegments(segmentMembers));
            step("campaigns", () -> marketing.write(segmentMembers));
            step("tickets and macros", () -> new SupportGenerator(this).generate());
            step("analytics", () -> new AnalyticsGenerator(this).generate());
            step("suppliers and purchase orders", () -> new SupplyGenerator(this).generate()); // lane supply
            step("counters", this::counters);
            if (stepsBegun != STEPS) {
                throw new IllegalStateException("STEPS says " + STEPS + ", the run had " + stepsBegun);
            }
        }

        private void step(String name, Runnable body) {
            progress.step(name, ++stepsBegun, STEPS);
            long t0 = System.nanoTime();
            body.run();
            LOG.info("seed {}: {} done in {} ms", scale, name, (System.nanoTime() - t0) / 1_000_000);
        }

        String json(Object value) {
            return SeedModel.json(mapper, value);
        }

        SeedRows rows(String table, String... columns) {
            return new SeedRows(handle, table, columns);
        }

        // ---------------------------------------------------------------- catalog

        private void catalog() {
            SplittableRandom r = new SplittableRandom(1_001);
            try (SeedRows cats = rows("categories", "id", "parent_id", "version", "doc")) {
                for (Vocab.Department d : Vocab.DEPARTMENTS) {
                    String rootId = "cat-" + d.code();
                    cats.add(rootId, SeedRows.NULL_VARCHAR, 1L, json(new Category(rootId, d.name(), null, List.of(), 1)));
                    for (Vocab.GarmentType t : Vocab.TYPES) {
                        if (d.code().equals("men") && !t.menToo()) {
                            continue;
                        }
                        Leaf leaf = new Leaf(leaves.size(), rootId + "-" + t.code(), d, t);
                        leaves.add(leaf);
                        cats.add(leaf.id(), rootId, 1L, json(new Category(leaf.id(), t.name(), rootId, attributes(t), 1)));
                    }
                }
            }
            List<String> brands = new ArrayList<>(List.of(Vocab.OWN_BRANDS));
            brands.addAll(List.of(Vocab.BRANDS));
            Map<String, String> eanPrefix = new LinkedHashMap<>();
            Map<String, int[]> eanNext = new LinkedHashMap<>();
            Set<String> usedPrefixes = new HashSet<>();
            for (String b : brands) {
                String p;
                do {
                    p = "4" + String.format("%02d", r.nextInt(41)) + String.format("%04d", r.nextInt(10_000));
                } while (!usedPrefixes.add(p));
                eanPrefix.put(b, p);
                eanNext.put(b, new int[] {1});
            }
            double[] leafWeights = new double[leaves.size()];
            double[] typeWeight = {1.0, 1.3, 0.8, 0.9, 1.1, 0.6, 1.0, 0.9, 0.8, 0.9, 0.9};
            for (Leaf l : leaves) {
                double dw = switch (l.dept().code()) { case "women" -> 0.5; case "men" -> 0.33; default -> 0.17; };
                leafWeights[l.index()] = dw * typeWeight[Vocab.TYPES.indexOf(l.type())];
            }
            SeedModel.Weighted leafDraw = new SeedModel.Weighted(leafWeights);
            int mediaNo = 0;
            try (SeedRows prodRows = rows("products", "id", "title", "brand", "category_id", "season", "status",
                    "updated_at", "version", "doc");
                 SeedRows skuRows = rows("skus", "sku", "ean", "product_id", "title", "size", "colour", "price_cents",
                         "cost_cents");
                 SeedRows mediaRows = rows("media", "id", "product_id", "file_name", "content_type", "size_bytes",
                         "sha256", "storage_path", "created_at")) {
                for (int no = 1; no <= scale.products(); no++) {
                    Prod p = new Prod();
                    p.index = no - 1;
                    p.no = no;
                    p.id = Sequence.PRODUCT.format(no);
                    p.leaf = leaves.get(leafDraw.draw(r));
                    Vocab.GarmentType t = p.leaf.type();
                    String dept = p.leaf.dept().code();
                    if (r.nextDouble() < 0.35) {
                        p.brand = dept.equals("kids") ? "TT Kids" : SeedModel.pick(r, new String[] {"TrendyThreads", "TT Basics", "TT Studio", "Threadline"});
                    } else if (dept.equals("kids") && r.nextDouble() < 0.3) {
                        p.brand = "Brio Kids";
                    } else {
                        p.brand = SeedModel.pick(r, Vocab.BRANDS);
                    }
                    String season = new String[] {"SS25", "AW25", "SS26", "AW26"}[SeedModel.pickWeighted(r, 0.15, 0.3, 0.35, 0.2)];
                    double s = r.nextDouble();
                    p.status = s < 0.06 ? ProductStatus.DRAFT
                            : s < (season.equals("SS25") ? 0.30 : 0.10) ? ProductStatus.ARCHIVED : ProductStatus.ACTIVE;
                    String adjective = SeedModel.pick(r, Vocab.ADJECTIVES);
                    String material = SeedModel.pick(r, t.materials());
                    String garment = SeedModel.pick(r, t.garments());
                    p.title = adjective + " " + material + " " + garment;
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("material", material);
                    if (!t.code().equals("accessories")) {
                        attrs.put("fit", t.code().equals("shoes") ? SeedModel.pick(r, Vocab.SHOE_FITS) : SeedModel.pick(r, Vocab.FITS));
                    }
                    String care = t.code().equals("shoes") ? "Wipe clean" : SeedModel.pick(r, Vocab.CARE);
                    attrs.put("care", care);
                    attrs.put("pattern", SeedModel.pick(r, Vocab.PATTERNS));
                    if (t.extra() != null) {
                        attrs.put(t.extra(), SeedModel.pick(r, switch (t.extra()) {
                            case "neckline" -> Vocab.NECKLINES;
                            case "leg" -> Vocab.LEGS;
                            default -> Vocab.LENGTHS;
                        }));
                    }
                    if (p.status == ProductStatus.DRAFT && r.nextBoolean()) {
                        attrs.remove("care"); // drafts are often incomplete (care is required for MARKETPLACE)
                    }
                    List<Channel> channels = switch (p.status) {
                        case ACTIVE -> r.nextDouble() < 0.55 ? List.of(Channel.WEB, Channel.APP, Channel.MARKETPLACE)
                                : List.of(Channel.WEB, Channel.APP);
                        case DRAFT -> r.nextBoolean() ? List.of(Channel.WEB) : List.of();
                        case ARCHIVED -> List.of();
                    };
                    String description = "A " + adjective.toLowerCase(Locale.ROOT) + " " + garment.toLowerCase(Locale.ROOT)
                            + " in " + material.toLowerCase(Locale.ROOT) + (attrs.containsKey("fit") ? ", " + attrs.get("fit").toLowerCase(Locale.ROOT) + " fit" : "")
                            + ". Care: " + care + ".";
                    long price = price(r, t, dept);
                    Long compareAt = r.nextDouble() < 0.18 ? roundPrice(price * (1.2 + r.nextDouble() * 0.3)) : null;
                    long cost = Math.round(price * (0.30 + r.nextDouble() * 0.30));
                    int weight = (int) Math.round(t.weightGrams() * (dept.equals("kids") ? 0.5 : 1.0) * (0.8 + r.nextDouble() * 0.4));
                    Vocab.Colour[] palette = t.code().equals("jeans") ? Vocab.DENIM_COLOURS : Vocab.COLOURS;
                    int colourCount = 1 + SeedModel.pickWeighted(r, 0.78, 0.18, 0.04);
                    List<Vocab.Colour> colours = new ArrayList<>();
                    while (colours.size() < colourCount) {
                        Vocab.Colour c = SeedModel.pick(r, palette);
                        if (!colours.contains(c)) {
                            colours.add(c);
                        }
                    }
                    String[] sizes = Vocab.sizes(dept, t.code());
                    List<Variant> variants = new ArrayList<>();
                    List<Sku> pskus = new ArrayList<>();
                    for (Vocab.Colour c : colours) {
                        for (String size : sizes) {
                            Sku k = new Sku();
                            k.index = skus.size();
                            k.sku = "TT" + String.format("%06d", no) + "-" + c.code() + "-" + size;
                            int[] next = eanNext.get(p.brand);
                            if (next[0] > 99_999) {
                                throw new IllegalStateException("EAN item references exhausted for " + p.brand);
                            }
                            k.ean = Ean13.complete(eanPrefix.get(p.brand) + String.format("%05d", next[0]++));
                            k.size = size;
                            k.colour = c.name();
                            k.priceCents = price;
                            k.costCents = cost;
                            k.product = p;
                            skus.add(k);
                            pskus.add(k);
                            variants.add(new Variant(k.sku, k.ean, size, c.name(), price, compareAt, cost, weight));
                            skuRows.add(k.sku, k.ean, p.id, p.title, size, c.name(), price, cost);
                        }
                    }
                    p.skus = pskus.toArray(Sku[]::new);
                    p.popularity = p.status == ProductStatus.ACTIVE ? Math.exp(r.nextGaussian() * 0.9) : 0;
                    Instant created = p.status == ProductStatus.DRAFT
                            ? now.minusSeconds(3_600 + r.nextLong(30L * 86_400))
                            : now.minusSeconds(20L * 86_400 + r.nextLong(520L * 86_400));
                    long age = now.getEpochSecond() - created.getEpochSecond();
                    Instant updated = created.plusSeconds(r.nextLong(Math.max(1, Math.min(age - 60, 60L * 86_400))));
                    List<Media> media = new ArrayList<>();
                    int mediaCount = r.nextDouble() < 0.55 ? 1 : 2;
                    for (int m = 0; m < mediaCount; m++) {
                        mediaNo++;
                        String mediaId = Sequence.MEDIA.format(mediaNo);
                        String path = "generated:" + p.id + ":" + (m + 1);
                        String fileName = p.skus[0].sku.substring(0, 8).toLowerCase(Locale.ROOT) + "-" + (m + 1) + ".png";
                        long size = 150_000 + r.nextInt(750_000);
                        Vocab.Colour shown = colours.get(m % colours.size());
                        media.add(new Media(mediaId, fileName, "image/png", size, 1200, 1600,
                                p.title + " in " + shown.name(), m, "/v1/media/" + mediaId + "/content", created));
                        mediaRows.add(mediaId, p.id, fileName, "image/png", size, sha256(path), path, created);
                    }
                    Product doc = new Product(p.id, p.title, description, p.brand, p.leaf.id(), season, p.status, attrs,
                            channels, variants, media, media.get(0).id(), created, updated, 1);
                    prodRows.add(p.id, p.title, p.brand, p.leaf.id(), season, p.status.name(), updated, 1L, json(doc));
                    p.inStore = new boolean[Vocab.PLACES.size() - Vocab.WAREHOUSES];
                    for (int st = 0; st < p.inStore.length; st++) {
                        p.inStore[st] = p.status != ProductStatus.DRAFT && r.nextDouble() < 0.6;
                    }
                    products.add(p);
                }
            }
            counters.put(Sequence.PRODUCT.counter(), scale.products() + 1);
            counters.put(Sequence.MEDIA.counter(), mediaNo + 1);
            LOG.info("seed {}: {} categories, {} products, {} SKUs, {} media", scale, leaves.size() + 3,
                    products.size(), skus.size(), mediaNo);
        }

        private static List<CategoryAttribute> attributes(Vocab.GarmentType t) {
            List<Channel> all = List.of(Channel.WEB, Channel.APP, Channel.MARKETPLACE);
            List<CategoryAttribute> a = new ArrayList<>();
            a.add(new CategoryAttribute("material", "Material", CategoryAttribute.Type.ENUM, List.of(t.materials()), all));
            if (t.code().equals("shoes")) {
                a.add(new CategoryAttribute("fit", "Width", CategoryAttribute.Type.ENUM, List.of(Vocab.SHOE_FITS),
                        List.of(Channel.WEB, Channel.MARKETPLACE)));
            } else if (!t.code().equals("accessories")) {
                a.add(new CategoryAttribute("fit", "Fit", CategoryAttribute.Type.ENUM, List.of(Vocab.FITS),
                        List.of(Channel.WEB, Channel.MARKETPLACE)));
            }
            a.add(new CategoryAttribute("care", "Care instructions", CategoryAttribute.Type.TEXT, List.of(),
                    List.of(Channel.MARKETPLACE)));
            a.add(new CategoryAttribute("pattern", "Pattern", CategoryAttribute.Type.ENUM,
                    List.of("Solid", "Striped", "Checked", "Floral", "Graphic", "Melange"), List.of()));
            if (t.extra() != null) {
                switch (t.extra()) {
                    case "neckline" -> a.add(new CategoryAttribute("neckline", "Neckline", CategoryAttribute.Type.ENUM,
                            List.of(Vocab.NECKLINES), List.of(Channel.WEB)));
                    case "leg" -> a.add(new CategoryAttribute("leg", "Leg", CategoryAttribute.Type.ENUM,
                            List.of(Vocab.LEGS), List.of(Channel.WEB, Channel.MARKETPLACE)));
                    default -> a.add(new CategoryAttribute("length", "Length", CategoryAttribute.Type.ENUM,
                            List.of(Vocab.LENGTHS), List.of(Channel.WEB)));
                }
            }
            return a;
        }

        private static long price(SplittableRandom r, Vocab.GarmentType t, String dept) {
            double min = t.minPriceCents();
            double max = t.maxPriceCents();
            double x = Math.pow(r.nextDouble(), 1.6); // more cheap than expensive
            double cents = (min + (max - min) * x) * (dept.equals("kids") ? 0.55 : 1.0);
            return roundPrice(Math.max(999, cents));
        }

        /// Retail price points: x.99 below €100, x9.00 / x9.95 above.
        static long roundPrice(double cents) {
            long euros = (long) (cents / 100);
            if (euros < 100) {
                return euros * 100 + 99;
            }
            return (euros / 10 * 10 + 9) * 100 + (euros % 2 == 0 ? 0 : 95);
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        // ---------------------------------------------------------------- locations

        private void locations() {
            // Bins: every product of a warehouse sits in one bin (all its variants); the layout
            // groups categories into aisles, and each warehouse rotates the category order.
            final int bays = 60;
            final int levels = 20;
            int capacity = 26 * bays * levels;
            int perBin = (products.size() + capacity - 1) / capacity;
            bins = new String[Vocab.WAREHOUSES][products.size()];
            binCounts = new int[Vocab.WAREHOUSES];
            for (int w = 0; w < Vocab.WAREHOUSES; w++) {
                List<Prod> order = new ArrayList<>(products);
                int shift = w * 7;
                order.sort((a, b) -> {
                    int la = (a.leaf.index() + shift) % leaves.size();
                    int lb = (b.leaf.index() + shift) % leaves.size();
                    return la != lb ? Integer.compare(la, lb) : Integer.compare(a.no, b.no);
                });
                for (int i = 0; i < order.size(); i++) {
                    int b = i / perBin;
                    bins[w][order.get(i).index] = String.format("%c-%02d-%02d", (char) ('A' + b / (bays * levels)),
                            b / levels % bays + 1, b % levels + 1);
                }
                binCounts[w] = (order.size() + perBin - 1) / perBin;
            }
            try (SeedRows locs = rows("locations", "id", "type", "version", "doc")) {
                for (int i = 0; i < Vocab.PLACES.size(); i++) {
                    Vocab.Place pl = Vocab.PLACES.get(i);
                    LocationType type = pl.warehouse() ? LocationType.WAREHOUSE : LocationType.STORE;
                    locs.add(pl.id(), type.name(), 1L, json(new Location(pl.id(), pl.name(), type, pl.city(), pl.country(),
                            pl.warehouse() ? binCounts[i] : 0, 1)));
                }
            }
        }

        // ---------------------------------------------------------------- customers

        private record Pool(String country, String[] firstNames, String[] lastNames, String[] streets, String[] cities) {
        }

        private static Pool pool(String country, Locale locale, long seed) {
            Faker f = new Faker(locale, new Random(seed));
            int n = 300;
            String[] first = new String[n];
            String[] last = new String[n];
            String[] streets = new String[n];
            String[] cities = new String[n / 2];
            for (int i = 0; i < n; i++) {
                first[i] = f.name().firstName();
                last[i] = f.name().lastName();
                streets[i] = f.address().streetName();
            }
            for (int i = 0; i < cities.length; i++) {
                cities[i] = f.address().city();
            }
            return new Pool(country, first, last, streets, cities);
        }

        private void customerProfiles() {
            Pool[] pools = {
                    pool("DE", Locale.GERMANY, 2_001), pool("AT", Locale.of("de", "AT"), 2_002),
                    pool("NL", Locale.of("nl", "NL"), 2_003), pool("FR", Locale.FRANCE, 2_004)};
            SplittableRandom r = new SplittableRandom(2_000);
            Set<String> emails = new HashSet<>();
            String[] domains = {"example.com", "example.net", "example.org"};
            for (int i = 0; i < scale.customers(); i++) {
                Cust c = new Cust();
                c.index = i;
                c.id = Sequence.CUSTOMER.format(i + 1);
                Pool pool = pools[SeedModel.pickWeighted(r, 0.58, 0.16, 0.14, 0.12)];
                c.country = pool.country();
                c.firstName = SeedModel.pick(r, pool.firstNames());
                c.lastName = SeedModel.pick(r, pool.lastNames());
                String local = ascii(c.firstName) + "." + ascii(c.lastName) + (r.nextDouble() < 0.4 ? String.valueOf(10 + r.nextInt(90)) : "");
                String email = local + "@" + SeedModel.pick(r, domains);
                if (!emails.add(email)) {
                    email = local + "." + (i + 1) + "@" + SeedModel.pick(r, domains);
                    emails.add(email);
                }
                c.email = email;
                c.phone = r.nextDouble() < 0.9 ? phone(r, c.country) : null;
                int addressCount = r.nextDouble() < 0.25 ? 2 : 1;
                List<Address> addresses = new ArrayList<>();
                for (int a = 0; a < addressCount; a++) {
                    addresses.add(address(r, pool, c.name()));
                }
                c.addresses = List.copyOf(addresses);
                c.signup = now.minusSeconds(86_400 + r.nextLong(1_100L * 86_400));
                c.emailMarketing = r.nextDouble() < 0.6;
                c.smsMarketing = r.nextDouble() < 0.2;
                c.profiling = r.nextDouble() < 0.45;
                customers.add(c);
            }
            counters.put(Sequence.CUSTOMER.counter(), scale.customers() + 1);
        }

        private static String ascii(String s) {
            String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            n = n.replace("ß", "ss").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return n.isEmpty() ? "kunde" : n;
        }

        private static String phone(SplittableRandom r, String country) {
            return switch (country) {
                case "AT" -> "+43 6" + (60 + r.nextInt(40)) + " " + (1_000_000 + r.nextInt(9_000_000));
                case "NL" -> "+31 6 " + (10_000_000 + r.nextInt(90_000_000));
                case "FR" -> "+33 " + (6 + r.nextInt(2)) + String.format(" %02d %02d %02d %02d", r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100));
                default -> "+49 1" + SeedModel.pick(r, new String[] {"51", "52", "57", "60", "70", "71", "72", "75", "76", "77", "78", "79"})
                        + " " + (1_000_000 + r.nextInt(9_000_000));
            };
        }

        private static Address address(SplittableRandom r, Pool pool, String name) {
            String street = SeedModel.pick(r, pool.streets());
            int number = 1 + r.nextInt(r.nextDouble() < 0.8 ? 60 : 200);
            String city = SeedModel.pick(r, pool.cities());
            return switch (pool.country()) {
                case "FR" -> new Address(name, number + " " + street, String.format("%05d", 1_000 + r.nextInt(94_000)), city, "FR");
                case "NL" -> new Address(name, street + " " + number, (1_000 + r.nextInt(9_000)) + " "
                        + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)), city, "NL");
                case "AT" -> new Address(name, street + " " + number, String.valueOf(1_010 + r.nextInt(8_980)), city, "AT");
                default -> new Address(name, street + " " + number, String.format("%05d", 1_067 + r.nextInt(98_000)), city, "DE");
            };
        }

        static LoyaltyTier tier(long lifetimeValueCents) {
            return lifetimeValueCents >= 200_000 ? LoyaltyTier.PLATINUM
                    : lifetimeValueCents >= 80_000 ? LoyaltyTier.GOLD
                    : lifetimeValueCents >= 30_000 ? LoyaltyTier.SILVER : LoyaltyTier.BRONZE;
        }

        /// Segment ids in a fixed order; {@link MarketingGenerator} targets them.
        static final String[][] SEGMENTS = {
                {"seg_vip", "VIP (Gold+Platinum)", "Customers in the Gold or Platinum loyalty tier", "loyaltyTier IN (GOLD, PLATINUM)"},
                {"seg_lapsed_90", "Lapsed 90 days", "Bought before, but not in the last 90 days", "orderCount > 0 AND lastOrderAt < now - 90d"},
                {"seg_new_30", "New customers (30 days)", "Signed up in the last 30 days", "createdAt >= now - 30d"},
                {"seg_newsletter", "Newsletter subscribers", "Consented to e-mail marketing", "consents.emailMarketing = true"},
                {"seg_app", "App shoppers", "Ordered in the app at least once", "orders.channel CONTAINS APP"},
                {"seg_store", "Store shoppers", "Bought in one of our stores", "orders.channel CONTAINS STORE"},
                {"seg_returners", "Frequent returners", "Two or more orders and at least half the units returned", "orderCount >= 2 AND returnedUnits / units >= 0.5"},
                {"seg_one_time", "One-time buyers", "Exactly one order so far", "orderCount = 1"},
                {"seg_austria", "Customers in Austria", "Main address in Austria", "addresses[0].countryCode = AT"},
                {"seg_all", "All customers", "Everyone with an account", "true"}};

        private void customersAndSegments(List<int[]> segmentMembers) {
            SplittableRandom r = new SplittableRandom(6_000);
            int[] counts = new int[SEGMENTS.length];
            long nowSec = now.getEpochSecond();
            try (SeedRows rows = rows("customers", "id", "first_name", "last_name", "email", "phone", "loyalty_tier",
                    "erased", "updated_at", "version", "doc")) {
                for (Cust c : customers) {
                    Instant created = c.signup;
                    if (c.orders > 0 || c.firstOrderAt != Long.MAX_VALUE) {
                        long latest = c.firstOrderAt - 600 - r.nextLong(3L * 86_400);
                        if (latest < created.getEpochSecond()) {
                            created = Instant.ofEpochSecond(latest);
                        }
                    }
                    long lastActivity = Math.max(created.getEpochSecond(), c.lastOrderAt);
                    Instant updated = Instant.ofEpochSecond(Math.min(nowSec - 60, lastActivity + r.nextLong(86_400)));
                    if (updated.isBefore(created)) {
                        updated = created;
                    }
                    LoyaltyTier tier = tier(c.lifetimeValueCents);
                    int points = (int) Math.max(0, c.lifetimeValueCents / 100);
                    List<String> tags = new ArrayList<>();
                    if (tier == LoyaltyTier.GOLD || tier == LoyaltyTier.PLATINUM) {
                        tags.add("vip");
                    }
                    if (c.emailMarketing) {
                        tags.add("newsletter");
                    }
                    if (c.app) {
                        tags.add("app-user");
                    }
                    if (c.store) {
                        tags.add("store-shopper");
                    }
                    boolean returner = c.orders >= 2 && c.units > 0 && c.returnedUnits * 2 >= c.units;
                    if (returner) {
                        tags.add("frequent-returner");
                    }
                    boolean lapsed = c.orders > 0 && c.lastOrderAt < nowSec - 90L * 86_400;
                    if (lapsed) {
                        tags.add("lapsed");
                    }
                    Customer doc = new Customer(c.id, c.firstName, c.lastName, c.email, c.phone, c.addresses,
                            new Consents(c.emailMarketing, c.smsMarketing, c.profiling, created), tier, points, c.orders,
                            c.lifetimeValueCents, tags, created, updated, 1);
                    rows.add(c.id, c.firstName, c.lastName, c.email, SeedRows.orNull(c.phone, SeedRows.NULL_VARCHAR),
                            tier.name(), false, updated, 1L, json(doc));
                    boolean[] in = {
                            tier == LoyaltyTier.GOLD || tier == LoyaltyTier.PLATINUM, lapsed,
                            created.getEpochSecond() >= nowSec - 30L * 86_400, c.emailMarketing, c.app, c.store, returner,
                            c.orders == 1, c.addresses.get(0).countryCode().equals("AT"), true};
                    for (int s = 0; s < in.length; s++) {
                        if (in[s]) {
                            counts[s]++;
                        }
                    }
                }
            }
            try (SeedRows rows = rows("segments", "id", "version", "doc")) {
                for (int s = 0; s < SEGMENTS.length; s++) {
                    String[] d = SEGMENTS[s];
                    rows.add(d[0], 1L, json(new Segment(d[0], d[1], d[2], d[3], counts[s], 1)));
                }
            }
            segmentMembers.add(counts);
        }

        // ---------------------------------------------------------------- stock

        private void stock() {
            SplittableRandom r = new SplittableRandom(5_000);
            long nowSec = now.getEpochSecond();
            try (SeedRows rows = rows("stock", "location_id", "sku", "bin", "on_hand", "committed_qty", "incoming",
                    "reorder_point", "reorder_qty", "updated_at", "version")) {
                for (Sku k : skus) {
                    Prod p = k.product;
                    for (int l = 0; l < Vocab.PLACES.size(); l++) {
                        boolean warehouse = l < Vocab.WAREHOUSES;
                        if (!warehouse && !p.inStore[l - Vocab.WAREHOUSES]) {
                            continue;
                        }
                        int reorderPoint = warehouse ? 6 + r.nextInt(19) : 2 + r.nextInt(3);
                        int reorderQty = warehouse ? 6 * (4 + r.nextInt(17)) : 4 + r.nextInt(9);
                        int free;
                        int incoming = 0;
                        double x = r.nextDouble();
                        if (p.status == ProductStatus.DRAFT) {
                            free = 0;
                            incoming = warehouse ? reorderQty : 0;
                        } else if (x < 0.03) {
                            free = 0;
                            incoming = r.nextDouble() < 0.5 ? reorderQty : 0;
                        } else if (x < 0.11) {
                            free = 1 + r.nextInt(Math.max(1, reorderPoint - 1));
                            incoming = r.nextDouble() < (warehouse ? 0.7 : 0.4) ? reorderQty : 0;
                        } else {
                            free = reorderPoint + r.nextInt(warehouse ? reorderQty * 3 / 2 : 9);
                            incoming = r.nextDouble() < 0.05 ? reorderQty : 0;
                        }
                        int commit = warehouse ? committed[l][k.index] : 0;
                        Instant updated = Instant.ofEpochSecond(nowSec - 60 - r.nextLong(72L * 3_600));
                        rows.add(Vocab.PLACES.get(l).id(), k.sku,
                                warehouse ? bins[l][p.index] : SeedRows.NULL_VARCHAR,
                                free + commit, commit, incoming, reorderPoint, reorderQty, updated, 1L);
                    }
                }
            }
        }

        // ---------------------------------------------------------------- counters

        private void counters() {
            counters.putIfAbsent(Sequence.TRANSFER.counter(), 1);
            counters.putIfAbsent(Sequence.GDPR_REQUEST.counter(), 1);
            counters.putIfAbsent(Sequence.LOYALTY_ADJUSTMENT.counter(), 1);
            counters.putIfAbsent(Sequence.SEGMENT.counter(), 1);
            try (SeedRows rows = rows("counters", "name", "next_value")) {
                for (Map.Entry<String, Integer> e : counters.entrySet()) {
                    rows.add(e.getKey(), (long) e.getValue());
                }
            }
        }
    }
}
