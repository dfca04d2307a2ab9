package com.trendythreads.opsdesk.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Ean13Test {

    @ParameterizedTest
    // Real barcodes: a book, a chocolate bar, a drink.
    @ValueSource(strings = {"9780306406157", "4000417025005", "5449000000996"})
    void acceptsRealBarcodes(String ean) {
        assertThat(Ean13.isValid(ean)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9780306406158", "4000417025004", "978030640615", "97803064061570", "97803O6406157", ""})
    void rejectsAWrongCheckDigitLengthOrCharacter(String ean) {
        assertThat(Ean13.isValid(ean)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(Ean13.isValid(null)).isFalse();
    }

    @Test
    void completesATwelveDigitBody() {
        assertThat(Ean13.complete("978030640615")).isEqualTo("9780306406157");
        assertThatThrownBy(() -> Ean13.checkDigit("12345")).hasMessageContaining("12 digits");
    }
}
