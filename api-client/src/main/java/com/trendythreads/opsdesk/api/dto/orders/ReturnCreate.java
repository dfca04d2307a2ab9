package com.trendythreads.opsdesk.api.dto.orders;

import java.util.List;

/// Generated once from `openapi.yaml` (`ReturnCreate`); keep the two in step.
/// EXCHANGE needs exchangeSku on every line and creates a replacement order
public record ReturnCreate(
        List<ReturnLine> lines,
        Resolution resolution,
        String restockLocationId) {

    public enum Resolution { RESTOCK, EXCHANGE }
}
