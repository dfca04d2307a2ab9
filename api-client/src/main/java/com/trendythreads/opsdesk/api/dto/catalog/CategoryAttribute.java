package com.trendythreads.opsdesk.api.dto.catalog;

import com.trendythreads.opsdesk.api.dto.common.Channel;
import java.util.List;

/// Generated once from `openapi.yaml` (`CategoryAttribute`); keep the two in step.
public record CategoryAttribute(
        String code,
        String label,
        Type type,
        List<String> values,
        List<Channel> requiredFor) {

    public enum Type { TEXT, ENUM }
}
