package com.trendythreads.opsdesk.api.error;

import java.io.IOException;

/// No usable response: connection refused, timeout, reset, DNS failure. Already retried where
/// that was safe. The cause is the original [IOException].
public final class NetworkDown extends ApiProblem {

    public NetworkDown(RequestInfo request, IOException cause) {
        super("Platform not reachable: " + cause + " (" + request + ")", 0,
                Problem.ofStatus(0, "Network down"), null, request, cause);
    }
}
