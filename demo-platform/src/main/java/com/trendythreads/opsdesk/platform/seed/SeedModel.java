package com.trendythreads.opsdesk.platform.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Address;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/// The in-memory model the seed works from: compact, so LARGE (300,000 SKUs, 200,000 customers)
/// fits in a modest heap while orders stream straight into the database.
final class SeedModel {
    private SeedModel() {
    }

    /// The mapper every seeded `doc` is written with. Kept in one place so it can be swapped for
    /// the shared contract mapper of api-client once that exists.
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// A leaf category: department × garment type.
    record Leaf(int index, String id, Vocab.Department dept, Vocab.GarmentType type) {
    }

    static final class Prod {
        int index;
        int no;
        String id;
        String title;
        String brand;
        Leaf leaf;
        ProductStatus status;
        double popularity;
        Sku[] skus;
        /// Per store: whether the store carries this product.
        boolean[] inStore;
    }

    static final class Sku {
        int index;
        String sku;
        String ean;
        String size;
        String colour;
        long priceCents;
        long costCents;
        Prod product;
    }

    static final class Cust {
        int index;
        String id;
        String firstName;
        String lastName;
        String email;
        String phone;
        String country;
        List<Address> addresses;
        Instant signup;
        boolean emailMarketing;
        boolean smsMarketing;
        boolean profiling;
        // aggregates from the orders
        int orders;
        long lifetimeValueCents;
        long firstOrderAt = Long.MAX_VALUE;
        long lastOrderAt = Long.MIN_VALUE;
        int units;
        int returnedUnits;
        boolean app;
        boolean store;

        String name() {
            return firstName + " " + lastName;
        }
    }

    static final class Campaign {
        int no;
        String id;
        String name;
        String theme;
        CampaignChannel channel;
        Instant startsAt;
        Instant endsAt;
        boolean cancelled;
        boolean draft;
        String segmentId;
        long budgetCents;
        final List<Promo> codes = new ArrayList<>();
        long attributedOrders;
        Instant createdAt;
    }

    static final class Promo {
        String code;
        PromoType type;
        long value;
        Instant validFrom;
        Instant validUntil;
        Integer usageLimitTotal;
        Integer usageLimitPerCustomer;
        Long minOrderCents;
        List<String> scopeCategoryIds = List.of();
        Set<String> scopeSet = Set.of();
        Campaign campaign;
        boolean active = true;
        Instant createdAt;
        int redemptions;
        /// customer index → uses, only for codes with a per-customer limit
        java.util.Map<Integer, Integer> perCustomer;

        boolean inScope(Prod p) {
            return scopeSet.isEmpty() || scopeSet.contains(p.leaf.id());
        }
    }

    /// Cumulative weights for a weighted draw.
    static final class Weighted {
        private final double[] cumulative;

        Weighted(double[] weights) {
            cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        int draw(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /// Index drawn with the given relative weights.
    static int pickWeighted(SplittableRandom random, double... weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
