package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VariantMatrixViewModelTest {

    private final List<String> edits = new ArrayList<>();
    private final VariantMatrixViewModel m = new VariantMatrixViewModel(Locale.GERMAN, edits::add);

    private void loadShirt() {
        m.load(EditorFixture.shirt().variants());
    }

    @Test
    void loadsSizesAsRowsAndColoursAsColumns() {
        loadShirt();
        assertThat(m.sizes()).containsExactly("S", "M");
        assertThat(m.colours()).containsExactly("Blue", "White");
        assertThat(m.styleProperty().get()).isEqualTo("TT000001");
        assertThat(m.cell("M", "Blue").get(VariantField.SKU)).isEqualTo("TT000001-BLU-M");
        assertThat(m.cell("M", "Blue").get(VariantField.PRICE)).isEqualTo("49,99");
        assertThat(m.build().variants()).extracting(Variant::sku)
                .containsExactly("TT000001-BLU-S", "TT000001-WHI-S", "TT000001-BLU-M", "TT000001-WHI-M");
    }

    @Test
    void addingASizeOrColourCreatesCellsWithSuggestedSkusAndEmptyEans() {
        loadShirt();
        int structure = m.structureProperty().get();
        m.addSize("XL");
        assertThat(m.sizes()).containsExactly("S", "M", "XL");
        assertThat(m.cell("XL", "Blue").get(VariantField.SKU)).isEqualTo("TT000001-BLU-XL");
        assertThat(m.cell("XL", "White").get(VariantField.SKU)).isEqualTo("TT000001-WHI-XL");
        assertThat(m.cell("XL", "White").get(VariantField.EAN)).isEmpty();
        m.addColour("Dusty Rose");
        assertThat(m.cell("S", "Dusty Rose").get(VariantField.SKU)).isEqualTo("TT000001-DUS-S");
        assertThat(m.cell("XL", "Dusty Rose")).isNotNull();
        assertThat(m.build().variants()).hasSize(9);
        assertThat(m.structureProperty().get()).isEqualTo(structure + 2);
        m.addSize("XL");
        assertThat(m.sizes()).as("no duplicate row").hasSize(3);
    }

    @Test
    void removingASizeOrColourRemovesItsCells() {
        loadShirt();
        m.removeColour("Blue");
        m.removeSize("S");
        assertThat(m.build().variants()).extracting(Variant::sku).containsExactly("TT000001-WHI-M");
        assertThat(m.cell("M", "Blue")).isNull();
    }

    @Test
    void fillsARowOrAColumnWithTheShownField() {
        loadShirt();
        m.shownFieldProperty().set(VariantField.PRICE);
        m.fillValueProperty().set("59,00");
        m.fillColumn("White");
        assertThat(m.build().variants()).extracting(v -> v.colour() + v.size() + "=" + v.priceCents())
                .containsExactly("BlueS=4999", "WhiteS=5900", "BlueM=4999", "WhiteM=5900");
        m.shownFieldProperty().set(VariantField.COST);
        m.fillValueProperty().set("12,5");
        m.fillRow("S");
        assertThat(m.build().variants()).extracting(Variant::costCents).containsExactly(1250L, 1250L, 2000L, 2000L);
        assertThat(edits).as("one edit each").filteredOn(k -> k.startsWith("fill#")).hasSize(2);
    }

    @Test
    void anInactiveCellIsNoVariant() {
        m.load(List.of(new Variant("TT000009-RED-S", EditorFixture.ean(5), "S", "Red", 100L, null, null, null),
                new Variant("TT000009-BLK-M", EditorFixture.ean(6), "M", "Black", 100L, null, null, null)));
        assertThat(m.cell("M", "Red").isActive()).isFalse();
        assertThat(m.build().variants()).hasSize(2);
        m.cell("M", "Red").activeProperty().set(true);
        assertThat(m.build().variants()).hasSize(3);
    }

    @Test
    void moneyInTheUsersLocale() {
        assertThat(Money.cents("49,99", Locale.GERMAN)).hasValue(4999L);
        assertThat(Money.cents("1.234,5", Locale.GERMAN)).hasValue(123450L);
        assertThat(Money.cents("49.99", Locale.ENGLISH)).hasValue(4999L);
        assertThat(Money.parse("4,999", Locale.GERMAN)).isInstanceOf(Money.Parsed.Invalid.class);
        assertThat(Money.parse("12abc", Locale.ENGLISH)).isInstanceOf(Money.Parsed.Invalid.class);
        assertThat(Money.parse(" ", Locale.ENGLISH)).isInstanceOf(Money.Parsed.Blank.class);
        assertThat(Money.format(4999L, Locale.GERMAN)).isEqualTo("49,99");
        assertThat(Money.format(123450L, Locale.ENGLISH)).isEqualTo("1234.50");
    }
}
