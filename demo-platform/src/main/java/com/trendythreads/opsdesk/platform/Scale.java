package com.trendythreads.opsdesk.platform;

import java.util.Locale;

/// How much seed data a [Seeder] creates. Seeders decide the numbers; `--scale` picks one.
public enum Scale {
    SMALL, DEFAULT, LARGE;

    public static Scale parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
