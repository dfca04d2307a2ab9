package com.trendythreads.opsdesk.platform.seed;

import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderLine;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderReceipt;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import com.trendythreads.opsdesk.api.dto.supply.SupplierPayout;
import com.trendythreads.opsdesk.platform.seed.FashionSeeder.SeedRun;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Sku;
import com.trendythreads.opsdesk.platform.store.Counters.Sequence;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/// lane supply (issue #11): twelve suppliers, the supplier of every SKU (by the product's brand), and a
/// history of received purchase orders (six per supplier over the last ~200 days) so the desk's supplier
/// scorecard has data. Deterministic: a fixed random seed, times relative to the seed's `now`.
///
/// - Unit cost = the SKU's `costCents` today; older POs paid 1.5 % less per step back (a visible cost rise).
/// - Pack size by garment type (T-shirts 10, accessories 12, shoes 1, jackets 2, knitwear/dresses/skirts 4,
///   the rest 6).
/// - Actual lead time = promised −3…+7 days; the first receipt brings 85–100 % of each line; six in ten POs
///   get a second receipt 3–6 days later that completes them, the rest are closed short.
/// - No open (SENT) POs are seeded: the seeded stock's `incoming` predates purchase orders.
final class SupplyGenerator {

    /// name, country, contact, promised lead days, minimum order (cents), IBAN
    private static final Object[][] SUPPLIERS = {
            {"Porto Knitwear Lda", "PT", "Inês Carvalho", 21, 150_000L, "PT50000201231234567890154"},
            {"Anatolia Denim A.Ş.", "TR", "Emre Yılmaz", 35, 300_000L, "TR330006100519786457841326"},
            {"Dhaka Apparel Works", "BD", "Farhana Akter", 56, 500_000L, "DE89370400440532013000"},
            {"Prato Tessuti S.r.l.", "IT", "Giulia Bianchi", 28, 200_000L, "IT60X0542811101000000123456"},
            {"Łódź Szycie Sp. z o.o.", "PL", "Marta Nowak", 14, 100_000L, "PL61109010140000071219812874"},
            {"Guimarães Malhas", "PT", "Rui Ferreira", 21, 120_000L, "PT50000201231234567890155"},
            {"Tirupur Cotton Mills", "IN", "Priya Raman", 49, 400_000L, "DE44500105175407324931"},
            {"Alicante Calzados S.L.", "ES", "Javier Ruiz", 30, 250_000L, "ES9121000418450200051332"},
            {"Cluj Confecții S.R.L.", "RO", "Andrei Pop", 18, 80_000L, "RO49AAAA1B31007593840000"},
            {"Sfax Textile SARL", "TN", "Amira Ben Ali", 25, 150_000L, "DE02120300000000202051"},
            {"Baltic Outerwear UAB", "LT", "Tomas Kazlauskas", 28, 200_000L, "LT121000011101001000"},
            {"Firenze Pelletteria", "IT", "Marco Rossi", 24, 100_000L, "IT60X0542811101000000654321"},
    };
    private static final int POS_PER_SUPPLIER = 6;

    private final SeedRun run;
    private final SplittableRandom random = new SplittableRandom(11_011);

    SupplyGenerator(SeedRun run) {
        this.run = run;
    }

    void generate() {
        List<String> brands = new ArrayList<>(Arrays.asList(Vocab.OWN_BRANDS));
        brands.addAll(Arrays.asList(Vocab.BRANDS));
        List<List<Sku>> bySupplier = new ArrayList<>();
        for (int i = 0; i < SUPPLIERS.length; i++) {
            bySupplier.add(new ArrayList<>());
        }
        try (SeedRows sup = run.rows("suppliers", "id", "version", "doc")) {
            for (int i = 0; i < SUPPLIERS.length; i++) {
                Object[] s = SUPPLIERS[i];
                String name = (String) s[0];
                String email = "orders@" + name.toLowerCase().replaceAll("[^a-z]", "").substring(0, 8) + ".example";
                sup.add(id(i), 1L, run.json(new Supplier(id(i), name, (String) s[2], email, "+00 100 " + (2000 + i),
                        (String) s[1], "EUR", (Integer) s[3], (Long) s[4],
                        new SupplierPayout(name, (String) s[5], null), run.now, 1)));
            }
        }
        try (SeedRows items = run.rows("supplier_items", "sku", "supplier_id", "version", "doc")) {
            for (Sku k : run.skus) {
                int b = Math.max(0, brands.indexOf(k.product.brand));
                int s = b % SUPPLIERS.length;
                bySupplier.get(s).add(k);
                items.add(k.sku, id(s), 1L, run.json(new SupplierItem(k.sku, id(s), "S" + (s + 1) + "-" + k.sku,
                        k.costCents, packSize(k), run.now, 1)));
            }
        }
        String location = run.handle.createQuery(
                        "SELECT id FROM locations WHERE type = 'WAREHOUSE' ORDER BY id LIMIT 1")
                .mapTo(String.class).one();
        int no = 0;
        try (SeedRows pos = run.rows("purchase_orders", "id", "status", "supplier_id", "location_id", "version",
                "doc")) {
            for (int s = 0; s < SUPPLIERS.length; s++) {
                List<Sku> skus = bySupplier.get(s);
                if (skus.isEmpty()) {
                    continue;
                }
                int promised = (Integer) SUPPLIERS[s][3];
                for (int k = 0; k < POS_PER_SUPPLIER; k++) {
                    String id = Sequence.PURCHASE_ORDER.format(++no);
                    pos.add(id, PurchaseOrderStatus.RECEIVED.name(), id(s), location, 1L,
                            run.json(history(id, s, promised, k, skus, location)));
                }
            }
        }
        // the server's ids continue after the seeded ones (Counters)
        run.counters.put(Sequence.SUPPLIER.counter(), SUPPLIERS.length + 1);
        run.counters.put(Sequence.PURCHASE_ORDER.counter(), no + 1);
    }

    private PurchaseOrder history(String id, int s, int promised, int k, List<Sku> skus, String location) {
        Instant sent = run.now.minus(200 - 28L * k + random.nextInt(5), ChronoUnit.DAYS);
        int actual = Math.max(1, promised + random.nextInt(-3, 8));
        Instant first = sent.plus(actual, ChronoUnit.DAYS);
        double discount = 1 - 0.015 * (POS_PER_SUPPLIER - 1 - k);
        Set<Sku> chosen = new LinkedHashSet<>();
        int wanted = Math.min(skus.size(), 3 + random.nextInt(3));
        while (chosen.size() < wanted) {
            chosen.add(skus.get(random.nextInt(skus.size())));
        }
        boolean second = random.nextDouble() < 0.6;
        Instant secondAt = first.plus(3 + random.nextInt(4), ChronoUnit.DAYS);
        List<PurchaseOrderLine> lines = new ArrayList<>();
        List<PurchaseOrderReceipt.Line> r1 = new ArrayList<>();
        List<PurchaseOrderReceipt.Line> r2 = new ArrayList<>();
        long total = 0;
        for (Sku sku : chosen) {
            int qty = packSize(sku) * (2 + random.nextInt(5));
            long cost = Math.round(sku.costCents * discount);
            int got = (int) Math.round(qty * (0.85 + 0.15 * random.nextDouble()));
            r1.add(new PurchaseOrderReceipt.Line(sku.sku, got));
            int received = got;
            if (second && got < qty) {
                r2.add(new PurchaseOrderReceipt.Line(sku.sku, qty - got));
                received = qty;
            }
            lines.add(new PurchaseOrderLine(sku.sku, qty, cost, received));
            total += qty * cost;
        }
        List<PurchaseOrderReceipt> receipts = new ArrayList<>();
        receipts.add(new PurchaseOrderReceipt(id + "-R1", first, null, List.copyOf(r1), null));
        if (!r2.isEmpty()) {
            receipts.add(new PurchaseOrderReceipt(id + "-R2", secondAt, null, List.copyOf(r2), null));
        }
        Instant closed = receipts.getLast().receivedAt();
        Instant created = sent.minus(1, ChronoUnit.DAYS);
        return new PurchaseOrder(id, id(s), location, PurchaseOrderStatus.RECEIVED, "EUR", List.copyOf(lines), total,
                null, null, created, sent, sent.plus(promised, ChronoUnit.DAYS), List.copyOf(receipts), closed, closed,
                1);
    }

    private static int packSize(Sku k) {
        return switch (k.product.leaf.type().code()) {
            case "tshirts" -> 10;
            case "accessories" -> 12;
            case "shoes" -> 1;
            case "jackets" -> 2;
            case "knitwear", "dresses", "skirts" -> 4;
            default -> 6;
        };
    }

    private static String id(int supplierIndex) {
        return Sequence.SUPPLIER.format(supplierIndex + 1);
    }
}
