package com.trendythreads.opsdesk.api.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiMaskingTest {

    @Test
    void emailsKeepOnlyTheFirstLetterAndTheDomain() {
        assertThat(PiiMasking.mask("Sent receipt to jana.kunde+shop@example.co.uk today"))
                .isEqualTo("Sent receipt to j***@example.co.uk today");
        assertThat(PiiMasking.mask("{\"email\":\"x@y.de\"}")).isEqualTo("{\"email\":\"x***@y.de\"}");
    }

    @Test
    void phoneNumbersOfEveryShapeTheSeedAndCustomersUse() {
        assertThat(PiiMasking.mask("call +49 151 1234567 now")).isEqualTo("call +*** **67 now");
        assertThat(PiiMasking.mask("phone=+33 6 12 34 56 78,")).isEqualTo("phone=+*** **78,");
        assertThat(PiiMasking.mask("+43 660 7654321")).isEqualTo("+*** **21");
        assertThat(PiiMasking.mask("Tel. 030/1234567")).isEqualTo("Tel. *** **67");
        assertThat(PiiMasking.mask("+49 (30) 1234-567")).doesNotContain("1234");
    }

    @Test
    void datesAmountsIdsAndCountsStayReadable() {
        String line = "2026-11-26 12:00:00 synced 1500 products in 0.25 s, order TT-100234, v=12, 0 of 60,"
                + " ord_000123 at 10.50 EUR, port 40123, /tmp/junit-6100574718999717404";
        assertThat(PiiMasking.mask(line)).isEqualTo(line);
    }

    @Test
    void tokensAreMasked() {
        String token = "q2Vb3Kx9_LmN0pQrStUvWxYz1234567890abcdEFGHi";
        assertThat(PiiMasking.mask("Authorization: Bearer " + token)).isEqualTo("Authorization: Bearer ***");
        assertThat(PiiMasking.mask("{\"accessToken\":\"abc\",\"refreshToken\":\"def\"}"))
                .isEqualTo("{\"accessToken\":\"***\",\"refreshToken\":\"***\"}");
        assertThat(PiiMasking.mask("POST /oauth/token grant_type=refresh_token&refresh_token=" + token))
                .doesNotContain(token);
        assertThat(PiiMasking.mask("cache key " + token + " failed")).isEqualTo("cache key *** failed");
        assertThat(PiiMasking.mask("X-Step-Up-Token: abc123")).isEqualTo("X-Step-Up-Token: ***");
    }
}
