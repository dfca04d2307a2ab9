package com.trendythreads.opsdesk.api.dto.supply;

/// Generated once from `openapi.yaml` (`SupplierPayout`); keep the two in step. Sensitive: roles outside the
/// `x-payout-roles` of `listSuppliers` see the IBAN masked to its last four characters.
public record SupplierPayout(
        String accountHolder,
        String iban,
        String bic) {
}
