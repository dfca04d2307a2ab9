package com.trendythreads.opsdesk.viewmodels.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/// The sales tiles' titles and tooltip definitions exist in English and German, and each English definition
/// is the one `docs/KPIS.md` gives, word for word.
class SalesKpiDefinitionsTest {

    private static final List<String> SALES = List.of("NET_SALES", "ORDERS", "AVERAGE_ORDER_VALUE",
            "CONVERSION_RATE", "RETURN_RATE_UNITS", "RETURN_RATE_ORDERS", "CAMPAIGN_REVENUE", "CODE_REDEMPTIONS");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("com.trendythreads.opsdesk.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void everySalesFigureIsDefinedInBothLanguagesAsInKpisMd() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "KPIS.md"));
        ResourceBundle en = bundle(Locale.ROOT);
        ResourceBundle de = bundle(Locale.GERMAN);
        for (String kpi : SALES) {
            String definition = en.getString("kpi." + kpi + ".definition");
            assertThat(doc).as(kpi).contains("(`" + kpi + "`): " + definition);
            assertThat(de.getString("kpi." + kpi + ".definition")).as(kpi).isNotBlank().isNotEqualTo(definition);
            assertThat(en.getString("kpi." + kpi + ".title")).isNotBlank();
            assertThat(de.getString("kpi." + kpi + ".title")).isNotBlank();
        }
        assertThat(de.getString("kpi.NET_SALES.title")).isEqualTo("Nettoumsatz");
    }
}
