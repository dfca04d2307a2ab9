package com.trendythreads.opsdesk.api.rules;

/// EAN-13 check digits, shared by the platform (which rejects a bad EAN) and the desk (which
/// flags it while the merchandiser types).
public final class Ean13 {

    private Ean13() {
    }

    /// True when `ean` is 13 digits whose last digit is the check digit of the first twelve.
    public static boolean isValid(String ean) {
        if (ean == null || ean.length() != 13 || !ean.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(ean.substring(0, 12)) == ean.charAt(12) - '0';
    }

    /// The check digit for the first twelve digits of an EAN-13.
    ///
    /// @throws IllegalArgumentException unless `first12` is exactly twelve digits
    public static int checkDigit(String first12) {
        if (first12 == null || first12.length() != 12 || !first12.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("An EAN-13 body is 12 digits, got: " + first12);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = first12.charAt(i) - '0';
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        return (10 - sum % 10) % 10;
    }

    /// The twelve digits followed by their check digit.
    public static String complete(String first12) {
        return first12 + checkDigit(first12);
    }
}
