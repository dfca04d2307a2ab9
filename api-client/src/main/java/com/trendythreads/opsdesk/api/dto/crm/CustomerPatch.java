package com.trendythreads.opsdesk.api.dto.crm;

import com.trendythreads.opsdesk.api.dto.common.Address;
import java.util.List;

/// Generated once from `openapi.yaml` (`CustomerPatch`); keep the two in step.
public record CustomerPatch(
        String email,
        String phone,
        List<Address> addresses,
        List<String> tags,
        Consents consents) {

    public record Consents(
            Boolean emailMarketing,
            Boolean smsMarketing,
            Boolean profiling) {
    }
}
