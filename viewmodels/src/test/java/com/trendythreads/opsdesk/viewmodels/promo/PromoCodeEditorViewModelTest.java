package com.trendythreads.opsdesk.viewmodels.promo;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.outbox.EntryKind;
import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromoCodeEditorViewModelTest {

    @TempDir
    Path tmp;

    private PromoDesk desk;
    private PromoCodeEditorViewModel editor;

    @BeforeEach
    void open() {
        desk = new PromoDesk(tmp);
        editor = new PromoCodesViewModel(desk.context()).editor();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void fill(String code, PromoType type, String value, LocalDate from, LocalDate until) {
        editor.codeProperty().set(code);
        editor.terms().typeProperty().set(type);
        editor.terms().valueProperty().set(value);
        editor.terms().validFromProperty().set(from);
        editor.terms().validUntilProperty().set(until);
    }

    private String message(String field) {
        FieldMessage m = editor.messages().get(field);
        return m == null ? null : m.text();
    }

    @Test
    void aPercentAbove100IsShownOnTheValueFieldAndCannotBeSaved() {
        fill("WINTER25", PromoType.PERCENT, "150", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

        assertThat(message("value")).isEqualTo("Value: A percentage between 0 and 100.");
        assertThat(editor.saveCommand().isExecutable()).isFalse();

        editor.terms().valueProperty().set("25");
        assertThat(editor.messages()).isEmpty();
        assertThat(editor.saveCommand().isExecutable()).isTrue();
    }

    @Test
    void anEndBeforeTheStartAndADuplicateCodeNameTheirFields() {
        fill("xmas10", PromoType.PERCENT, "10", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1));

        assertThat(message("code")).isEqualTo("Code: The code XMAS10 exists already.");
        assertThat(message("validUntil")).isEqualTo("Valid until: The end must be after the start.");
        assertThat(editor.saveCommand().isExecutable()).isFalse();
    }

    @Test
    void amountsAreTypedInEurosAndStoredInCents() {
        fill("TENOFF", PromoType.FIXED_AMOUNT, "10,50", LocalDate.of(2026, 12, 1), null);
        editor.terms().minOrderProperty().set("50");
        editor.terms().usageLimitPerCustomerProperty().set("one");
        assertThat(message("usageLimitPerCustomer")).isEqualTo("Uses per customer: A whole number.");
        editor.terms().usageLimitPerCustomerProperty().set("1");

        editor.saveCommand().execute();

        PromoCode saved = desk.data.campaigns().promoCode("TENOFF").orElseThrow();
        assertThat(saved.value()).isEqualTo(1_050);
        assertThat(saved.minOrderCents()).isEqualTo(5_000);
        assertThat(saved.usageLimitPerCustomer()).isEqualTo(1);
        // The first of December starts at midnight in Berlin.
        assertThat(saved.validFrom()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(desk.queued()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.CREATE);
            assertThat(e.path()).isEqualTo("v1/promo-codes");
            assertThat(e.payload().get("value").asLong()).isEqualTo(1_050);
        });
        assertThat(desk.notifier.infos).containsExactly("TENOFF is saved.");
        assertThat(editor.codeProperty().get()).as("a fresh form after saving").isEmpty();
    }

    @Test
    void nothingWrongIsStoredEvenWhenTheCheckIsBypassed() {
        fill("BAD", PromoType.PERCENT, "101", LocalDate.of(2026, 12, 1), null);
        editor.saveCommand().execute(); // not executable: does nothing

        var refused = desk.context().actions().create(editor.draft());

        assertThat(refused.ok()).isFalse();
        assertThat(desk.data.campaigns().promoCode("BAD")).isEmpty();
        assertThat(desk.queued()).isEmpty();
    }

    @Test
    void editingChangesOnlyWhatThePlatformAllowsAndSendsOnlyWhatChanged() {
        PromoCode xmas = desk.data.campaigns().promoCode("XMAS10").orElseThrow();
        editor.edit(xmas);
        assertThat(editor.messages()).isEmpty();
        editor.terms().validUntilProperty().set(LocalDate.of(2026, 11, 30));
        assertThat(message("validUntil")).isEqualTo("Valid until: The end must be after the start.");

        editor.terms().validUntilProperty().set(LocalDate.of(2027, 1, 6));
        editor.terms().usageLimitTotalProperty().set("2000");
        editor.saveCommand().execute();

        assertThat(desk.queued()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.UPDATE);
            assertThat(e.payload().properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactlyInAnyOrder("validUntil", "usageLimitTotal");
            assertThat(e.payload().get("validUntil").asText()).isEqualTo("2027-01-06T22:59:59Z");
        });
        assertThat(desk.data.campaigns().promoCode("XMAS10").orElseThrow().usageLimitTotal()).isEqualTo(2000);
    }

    @Test
    void germanMessagesNameTheFieldInGerman() {
        PromoCodeEditorViewModel de = new PromoCodesViewModel(desk.context(PromoDesk.marketing(), Locale.GERMAN))
                .editor();
        de.codeProperty().set("NEU");
        de.terms().valueProperty().set("150");
        assertThat(de.messages().get("value").text()).isEqualTo("Wert: Ein Prozentsatz zwischen 0 und 100.");
    }

    @Test
    void supportMayNotSave() {
        PromoCodeEditorViewModel ro = new PromoCodesViewModel(desk.context(PromoDesk.support(), Locale.ENGLISH))
                .editor();
        ro.codeProperty().set("NEWCODE");
        ro.terms().valueProperty().set("5");
        assertThat(ro.validProperty().get()).isTrue();
        assertThat(ro.saveCommand().isExecutable()).isFalse();
    }
}
