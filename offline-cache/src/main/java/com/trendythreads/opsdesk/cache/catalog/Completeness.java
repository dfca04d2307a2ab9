package com.trendythreads.opsdesk.cache.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/// How ready a product is to sell on each channel: the share of what that channel needs that the
/// product has, and the list of what is missing (as field paths the editor can point at).
///
/// Every channel needs a title, brand, description, category, season, at least one image and at
/// least one priced variant, plus the category's attributes whose `requiredFor` names the channel.
/// The list's completeness column is the average over the channels the product is published on
/// (all channels when it is published on none, so a draft shows how far it is from any channel).
public final class Completeness {

    /// What one channel still needs.
    ///
    /// @param required how many items the channel checks
    /// @param missing  the field paths still empty (`title`, `media`, `variants`, `attributes.fabric`…)
    public record ChannelScore(Channel channel, int required, List<String> missing) {

        public ChannelScore {
            missing = List.copyOf(missing);
        }

        /// 0–100, rounded down, so 100 means nothing is missing.
        public int percent() {
            return required == 0 ? 100 : (required - missing.size()) * 100 / required;
        }
    }

    private Completeness() {
    }

    /// The score of `product` for every channel. `category` may be null when it is not cached.
    public static Map<Channel, ChannelScore> perChannel(Product product, Category category) {
        Map<Channel, ChannelScore> out = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            out.put(c, of(product, category, c));
        }
        return out;
    }

    public static ChannelScore of(Product p, Category category, Channel channel) {
        List<String> missing = new ArrayList<>();
        int required = 0;
        required += check(missing, "title", !blank(p.title()));
        required += check(missing, "brand", !blank(p.brand()));
        required += check(missing, "description", !blank(p.description()));
        required += check(missing, "categoryId", !blank(p.categoryId()));
        required += check(missing, "season", !blank(p.season()));
        required += check(missing, "media", p.media() != null && !p.media().isEmpty());
        required += check(missing, "variants", hasPricedVariant(p.variants()));
        if (category != null && category.attributes() != null) {
            Map<String, String> attrs = p.attributes() == null ? Map.of() : p.attributes();
            for (CategoryAttribute a : category.attributes()) {
                if (a.requiredFor() != null && a.requiredFor().contains(channel)) {
                    required += check(missing, "attributes." + a.code(), !blank(attrs.get(a.code())));
                }
            }
        }
        return new ChannelScore(channel, required, missing);
    }

    /// The list's completeness: the average over the published channels, or all when none.
    public static int overallPercent(Product p, Category category) {
        List<Channel> channels = p.channels() == null || p.channels().isEmpty()
                ? List.of(Channel.values()) : p.channels();
        int sum = 0;
        for (Channel c : channels) {
            sum += of(p, category, c).percent();
        }
        return sum / channels.size();
    }

    private static int check(List<String> missing, String field, boolean present) {
        if (!present) {
            missing.add(field);
        }
        return 1;
    }

    private static boolean hasPricedVariant(List<Variant> variants) {
        return variants != null && variants.stream().anyMatch(v -> v != null && v.priceCents() != null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
