package com.trendythreads.opsdesk.cache.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    static final Category DRESSES = new Category("cat_dresses", "Dresses", null, List.of(
            new CategoryAttribute("fabric", "Fabric", CategoryAttribute.Type.ENUM, List.of("cotton", "linen"),
                    List.of(Channel.WEB)),
            new CategoryAttribute("fit", "Fit", CategoryAttribute.Type.TEXT, List.of(), List.of())), 1);

    static Variant variant(String sku, String ean, long price) {
        return new Variant(sku, ean, "M", "Red", price, null, price / 2, 300);
    }

    static Product product(ProductStatus status, List<Channel> channels, Map<String, String> attrs, List<Variant> variants) {
        return new Product("prd_1", "Linen dress", "A dress.", "Loomwell", "cat_dresses", "SS26", status, attrs,
                channels, variants, List.of(new Media("med_1", "a.jpg", "image/jpeg", 10, 1, 1, null, 0, "/x", Instant.EPOCH)),
                "med_1", Instant.EPOCH, Instant.EPOCH, 1);
    }

    static List<String> fields(List<Violation> vs) {
        return vs.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void aGoodProductHasNoViolations() {
        Product p = product(ProductStatus.ACTIVE, List.of(Channel.WEB), Map.of("fabric", "linen"),
                List.of(variant("LD-1-M", "4006381333931", 4999)));
        assertThat(ProductRules.check(p, DRESSES)).isEmpty();
    }

    @Test
    void eachBrokenFieldIsNamed() {
        Variant bad = new Variant("ld 1", "4006381333932", "", "Red", -1L, 100L, 50L, -5);
        Product p = new Product("prd_1", "", null, "B".repeat(101), "cat_dresses", "Summer", ProductStatus.DRAFT,
                Map.of("fabric", "silk", "colourway", "x"), List.of(), List.of(bad), List.of(), null, Instant.EPOCH,
                Instant.EPOCH, 1);
        assertThat(fields(ProductRules.check(p, DRESSES))).containsExactlyInAnyOrder(
                "title:rule.required", "brand:rule.maxLength", "season:rule.season",
                "attributes.fabric:rule.attribute.oneOf", "attributes.colourway:rule.attribute.unknown",
                "variants[0].sku:rule.sku.pattern", "variants[0].ean:rule.ean.check", "variants[0].size:rule.required",
                "variants[0].priceCents:rule.min", "variants[0].weightGrams:rule.min");
        Violation check = ProductRules.check(p, DRESSES).stream().filter(v -> v.code().equals("rule.ean.check")).findFirst().orElseThrow();
        assertThat(check.args()).containsExactly(1);
    }

    @Test
    void compareAtMustBeAbovePriceAndCostAtPriceOnlyWarns() {
        Variant v = new Variant("LD-1-M", "4006381333931", "M", "Red", 5000L, 5000L, 5000L, null);
        List<Violation> vs = ProductRules.check(product(ProductStatus.DRAFT, List.of(), Map.of(), List.of(v)), DRESSES);
        assertThat(fields(vs)).containsExactlyInAnyOrder("variants[0].compareAtPriceCents:rule.compareAt",
                "variants[0].costCents:rule.cost.atOrAbovePrice");
        assertThat(vs.stream().filter(x -> x.code().equals("rule.cost.atOrAbovePrice")).findFirst().orElseThrow().isError()).isFalse();
    }

    @Test
    void requiredChannelAttributeIsAnErrorOnlyForAnActiveProductOnThatChannel() {
        assertThat(fields(ProductRules.check(product(ProductStatus.ACTIVE, List.of(Channel.WEB), Map.of(),
                List.of(variant("LD-1-M", "4006381333931", 10))), DRESSES)))
                .containsExactly("attributes.fabric:rule.attribute.requiredFor");
        assertThat(ProductRules.check(product(ProductStatus.ACTIVE, List.of(Channel.APP), Map.of(),
                List.of(variant("LD-1-M", "4006381333931", 10))), DRESSES)).isEmpty();
        assertThat(ProductRules.check(product(ProductStatus.DRAFT, List.of(Channel.WEB), Map.of(),
                List.of(variant("LD-1-M", "4006381333931", 10))), DRESSES)).isEmpty();
    }

    @Test
    void skuAndEanMustBeUniqueInTheProductAndTheCatalog() {
        Product p = product(ProductStatus.DRAFT, List.of(), Map.of(), List.of(
                variant("LD-1-M", "4006381333931", 10), variant("LD-1-M", "4006381333931", 10),
                variant("LD-1-L", "5901234123457", 10)));
        ProductRules.Uniqueness others = new ProductRules.Uniqueness() {
            @Override
            public Optional<String> otherProductWithSku(String productId, String sku) {
                return sku.equals("LD-1-L") ? Optional.of("prd_9") : Optional.empty();
            }

            @Override
            public Optional<String> otherProductWithEan(String productId, String ean) {
                return Optional.empty();
            }
        };
        assertThat(fields(ProductRules.check(p, DRESSES, others))).containsExactlyInAnyOrder(
                "variants[1].sku:rule.sku.duplicate", "variants[1].ean:rule.ean.duplicate", "variants[2].sku:rule.sku.taken");
    }

    @Test
    void completenessListsWhatEachChannelMisses() {
        Product p = new Product("prd_1", "Linen dress", "", "Loomwell", "cat_dresses", "SS26", ProductStatus.DRAFT,
                Map.of(), List.of(Channel.WEB, Channel.APP), List.of(variant("LD-1-M", "4006381333931", 10)), List.of(),
                null, Instant.EPOCH, Instant.EPOCH, 1);
        Completeness.ChannelScore web = Completeness.of(p, DRESSES, Channel.WEB);
        assertThat(web.missing()).containsExactly("description", "media", "attributes.fabric");
        assertThat(web.required()).isEqualTo(8);
        assertThat(web.percent()).isEqualTo(62);
        Completeness.ChannelScore app = Completeness.of(p, DRESSES, Channel.APP);
        assertThat(app.missing()).containsExactly("description", "media");
        assertThat(app.percent()).isEqualTo(71);
        assertThat(Completeness.overallPercent(p, DRESSES)).isEqualTo((62 + 71) / 2);
    }
}
