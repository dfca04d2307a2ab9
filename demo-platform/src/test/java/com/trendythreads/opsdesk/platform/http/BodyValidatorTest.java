package com.trendythreads.opsdesk.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyValidatorTest {

    @Test
    void jsonPointersBecomeTheFieldPathsProblemsUse() {
        assertThat(BodyValidator.toFieldPath("/lines/0/quantity")).isEqualTo("lines[0].quantity");
        assertThat(BodyValidator.toFieldPath("/variants/12/ean")).isEqualTo("variants[12].ean");
        assertThat(BodyValidator.toFieldPath("/scope/categoryIds/0")).isEqualTo("scope.categoryIds[0]");
        assertThat(BodyValidator.toFieldPath("")).isEmpty();
    }
}
