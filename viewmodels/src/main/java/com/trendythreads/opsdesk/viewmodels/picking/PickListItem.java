package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;

/// One pick list in "My pick lists".
///
/// @param assignee   who has it: "me", another picker's name, or empty when nobody has taken it
public record PickListItem(String id, String wave, PickListStatus status, String statusText, int linesDone,
        int linesTotal, int orders, String assignee, boolean mine) {

    public String progress() {
        return linesDone + " / " + linesTotal;
    }
}
