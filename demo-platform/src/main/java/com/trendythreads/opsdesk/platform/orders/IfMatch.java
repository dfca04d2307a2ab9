package com.trendythreads.opsdesk.platform.orders;

import java.util.function.Supplier;

/// The optional `If-Match` check of an action, run by the service inside the write after it has read the
/// resource. Handlers pass `(v, current) -> Etags.checkIfMatch(ctx, v, current)`; internal writes pass [#NONE].
@FunctionalInterface
public interface IfMatch {

    IfMatch NONE = (version, current) -> { };

    void check(long currentVersion, Supplier<Object> current);
}
