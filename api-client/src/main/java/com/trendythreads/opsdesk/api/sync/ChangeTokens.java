package com.trendythreads.opsdesk.api.sync;

import java.util.Comparator;

/// Orders change tokens. The feed's tokens grow monotonically: decimal numbers compare
/// numerically (so `10` > `9`), anything else compares as text (fixed-width or lexicographically
/// sortable tokens).
public final class ChangeTokens {

    /// Nulls first: no token is before every token.
    public static final Comparator<String> ORDER = Comparator.nullsFirst(ChangeTokens::compareNonNull);

    private ChangeTokens() {
    }

    public static int compare(String a, String b) {
        return ORDER.compare(a, b);
    }

    private static int compareNonNull(String a, String b) {
        if (isDigits(a) && isDigits(b)) {
            String x = stripZeros(a);
            String y = stripZeros(b);
            return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}
