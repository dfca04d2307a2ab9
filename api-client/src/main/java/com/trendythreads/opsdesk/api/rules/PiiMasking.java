package com.trendythreads.opsdesk.api.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Masks what must never reach a log file or crash report: e-mail addresses (`j***@example.com`), phone
/// numbers (`+*** **67`: the last two digits stay so a support case can still be told apart), bearer and
/// other tokens (`Bearer ***`, `"refreshToken":"***"`, `access_token=***`) and long opaque strings that look
/// like tokens (40 or more URL-safe characters mixing letters and digits). The desk's and the demo platform's
/// logback configurations run every line through it (their `%mask(…)` converters).
public final class PiiMasking {

    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern TOKEN_FIELD = Pattern.compile(
            "(?i)(\"?(?:access_?token|refresh_?token|id_?token|step_?up_?token|x-step-up-token|password|secret)\"?"
                    + "\\s*[:=]\\s*\"?)[^\"\\s,&}]+");
    private static final Pattern OPAQUE = Pattern.compile(
            "(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])");
    // A phone number starts with +, 00 or 0 (so dates, times, amounts and ids do not) and has 7 to 15 digits.
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.+])(?:\\+|0)[\\d ()/.-]{6,}\\d(?![\\w])");

    private PiiMasking() {
    }

    /// `text` with every e-mail, phone number and token masked; null stays null.
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        if (s.indexOf('@') >= 0) {
            s = EMAIL.matcher(s).replaceAll("$1***@$2");
        }
        s = BEARER.matcher(s).replaceAll("$1***");
        s = TOKEN_FIELD.matcher(s).replaceAll("$1***");
        s = OPAQUE.matcher(s).replaceAll("***");
        return phones(s);
    }

    private static String phones(String s) {
        Matcher m = PHONE.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String run = m.group();
            String digits = run.replaceAll("\\D", "");
            if (digits.length() < 7 || digits.length() > 15) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, last, m.start()).append(run.startsWith("+") ? "+" : "").append("*** **")
                    .append(digits, digits.length() - 2, digits.length());
            last = m.end();
        }
        if (out == null) {
            return s;
        }
        return out.append(s, last, s.length()).toString();
    }
}
