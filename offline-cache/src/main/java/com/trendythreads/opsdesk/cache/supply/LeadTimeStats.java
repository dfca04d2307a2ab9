package com.trendythreads.opsdesk.cache.supply;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// A supplier's scorecard from its purchase orders that have received goods.
///
/// - **Actual lead time** of a PO: days from sending it to its first receipt (when goods started to
///   arrive; later partial receipts are the fill rate's business, not the lead time's).
/// - **Mean** and **spread** (sample standard deviation, 0 with one PO) of those lead times.
/// - **On-time rate**: the share of POs whose first receipt came no later than sent + promised lead time.
/// - **Fill rate**: units received ÷ units ordered over the same POs.
/// - **Cost change**: per SKU ordered on two or more POs, the change of its unit cost from the earliest
///   to the latest sent PO, in percent; the mean of those changes (0 when no SKU was ordered twice).
///
/// POs without a receipt (drafts, sent and not yet arrived, cancelled before arrival) are not counted.
public final class LeadTimeStats {

    private LeadTimeStats() {
    }

    /// One PO line as the scorecard sees it.
    public record Line(String sku, int ordered, int received, long unitCostCents) {
    }

    /// One purchase order.
    ///
    /// @param firstReceiptOn `null` while nothing has arrived
    public record Po(String supplierId, LocalDate sentOn, LocalDate firstReceiptOn, int promisedLeadDays,
                     List<Line> lines) {
    }

    /// Where a lead time used for planning comes from.
    public enum Source { ACTUAL, PROMISED }

    /// The scorecard.
    public record Card(String supplierId, int receivedPos, double meanLeadDays, double spreadDays,
                       double onTimeRate, double fillRate, double costChangePct, int promisedLeadDays) {

        /// The lead time replenishment should plan with: the actual mean rounded up to whole days where
        /// any PO was received, else the promised one.
        public int planningLeadDays() {
            return receivedPos > 0 ? (int) Math.ceil(meanLeadDays - 1e-9) : promisedLeadDays;
        }

        public Source source() {
            return receivedPos > 0 ? Source.ACTUAL : Source.PROMISED;
        }
    }

    /// The scorecard of one supplier from its POs (others in `pos` are ignored).
    public static Card of(String supplierId, int promisedLeadDays, List<Po> pos) {
        List<Po> received = new ArrayList<>();
        for (Po po : pos) {
            if (po.supplierId().equals(supplierId) && po.sentOn() != null && po.firstReceiptOn() != null) {
                received.add(po);
            }
        }
        int n = received.size();
        if (n == 0) {
            return new Card(supplierId, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, promisedLeadDays);
        }
        double sum = 0;
        int onTime = 0;
        long ordered = 0;
        long got = 0;
        double[] days = new double[n];
        for (int i = 0; i < n; i++) {
            Po po = received.get(i);
            days[i] = ChronoUnit.DAYS.between(po.sentOn(), po.firstReceiptOn());
            sum += days[i];
            if (!po.firstReceiptOn().isAfter(po.sentOn().plusDays(po.promisedLeadDays()))) {
                onTime++;
            }
            for (Line l : po.lines()) {
                ordered += l.ordered();
                got += l.received();
            }
        }
        double mean = sum / n;
        double squares = 0;
        for (double d : days) {
            squares += (d - mean) * (d - mean);
        }
        double spread = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        double fill = ordered == 0 ? Double.NaN : (double) got / ordered;
        return new Card(supplierId, n, mean, spread, (double) onTime / n, fill, costChange(received),
                promisedLeadDays);
    }

    private static double costChange(List<Po> pos) {
        List<Po> bySent = new ArrayList<>(pos);
        bySent.sort(Comparator.comparing(Po::sentOn));
        Map<String, long[]> firstLast = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Po po : bySent) {
            for (Line l : po.lines()) {
                firstLast.computeIfAbsent(l.sku(), k -> new long[] {l.unitCostCents(), l.unitCostCents()})[1] =
                        l.unitCostCents();
                seen.merge(l.sku(), 1, Integer::sum);
            }
        }
        double total = 0;
        int skus = 0;
        for (var e : firstLast.entrySet()) {
            long[] fl = e.getValue();
            if (seen.get(e.getKey()) >= 2 && fl[0] > 0) {
                total += 100.0 * (fl[1] - fl[0]) / fl[0];
                skus++;
            }
        }
        return skus == 0 ? 0 : total / skus;
    }
}
