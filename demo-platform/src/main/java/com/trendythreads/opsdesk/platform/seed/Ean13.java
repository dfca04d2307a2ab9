package com.trendythreads.opsdesk.platform.seed;

/// EAN-13 check digits (GS1 mod-10: weights 1 and 3 alternating from the left).
public final class Ean13 {
    private Ean13() {
    }

    /// The check digit for the first 12 digits of {@code body}.
    public static int checkDigit(CharSequence body) {
        if (body.length() < 12) {
            throw new IllegalArgumentException("need 12 digits: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = body.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit in " + body);
            }
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        return (10 - sum % 10) % 10;
    }

    /// Twelve digits plus their check digit.
    public static String complete(String twelveDigits) {
        return twelveDigits + checkDigit(twelveDigits);
    }

    public static boolean isValid(String ean) {
        return ean != null && ean.matches("[0-9]{13}") && checkDigit(ean) == ean.charAt(12) - '0';
    }
}
