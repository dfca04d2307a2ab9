package com.trendythreads.opsdesk.platform.audit;

import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.UserStore;
import com.trendythreads.opsdesk.platform.writes.Writes;
import io.javalin.http.Context;
import java.util.Set;

/// Audits a rejected password sign-in (action `sign-in-failed`, entity `user`) in its own write, which the
/// [AlertMonitor] then looks at. The actor is the username tried (cut to 100 characters), with the user's id
/// when it exists.
public final class FailedSignIns {

    private final Writes writes;
    private final UserStore users;

    public FailedSignIns(Writes writes, UserStore users) {
        this.writes = writes;
        this.users = users;
    }

    public void record(Context ctx, String username) {
        String name = username == null ? "" : username.strip();
        if (name.length() > 100) name = name.substring(0, 100);
        String shown = name;
        Principal actor = users.findByUsername(name).map(UserStore.StoredUser::principal)
                .orElseGet(() -> new Principal("usr_unknown", shown, shown, Set.of(), null));
        writes.run(actor, AuditRequest.of(ctx), tx -> tx.recordEvent("sign-in-failed", "user",
                actor.userId().equals("usr_unknown") ? null : actor.userId(),
                "sign-in failed for " + shown, null, null, null, null));
    }
}
