package com.trendythreads.opsdesk.platform.orders;

import com.trendythreads.opsdesk.api.dto.orders.Payment;

/// The account a payment came from, as a payment provider reports it: masked at the source, so no role
/// ever sees a full card number or wallet address. The digits are derived from the order id, so the seed
/// stays reproducible without drawing from its random stream.
public final class PaymentAccounts {

    private static final String[] CARD_BRANDS = {"VISA", "Mastercard", "Amex"};

    private PaymentAccounts() {
    }

    /// @param orderId the order paid for
    /// @param email   the customer's e-mail (a PayPal account shows its first letter and domain)
    public static String masked(Payment.Method method, String orderId, String email) {
        int h = Math.floorMod(orderId.hashCode() * 31 + 17, 1_000_000);
        String last4 = String.format("%04d", h % 10_000);
        return switch (method) {
            case CARD -> CARD_BRANDS[h / 10_000 % CARD_BRANDS.length] + " •••• " + last4;
            case PAYPAL -> "PayPal " + maskEmail(email);
            case KLARNA -> "Klarna •••• " + last4;
            case GIFT_CARD -> "Gift card •••• " + last4;
        };
    }

    private static String maskEmail(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at < 1) {
            return "•••";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
