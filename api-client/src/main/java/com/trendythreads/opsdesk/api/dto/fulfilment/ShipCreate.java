package com.trendythreads.opsdesk.api.dto.fulfilment;

/// Generated once from `openapi.yaml` (`ShipCreate`); keep the two in step.
public record ShipCreate(
        Carrier carrier,
        String trackingNumber) {

    public enum Carrier { DHL, DPD, UPS, GLS, HERMES }
}
