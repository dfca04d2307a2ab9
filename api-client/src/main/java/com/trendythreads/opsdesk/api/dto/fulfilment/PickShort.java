package com.trendythreads.opsdesk.api.dto.fulfilment;

/// Generated once from `openapi.yaml` (`PickShort`); keep the two in step.
public record PickShort(
        Integer pickedQuantity,
        Reason reason) {

    public enum Reason { NOT_FOUND, DAMAGED, WRONG_BIN, OTHER }
}
