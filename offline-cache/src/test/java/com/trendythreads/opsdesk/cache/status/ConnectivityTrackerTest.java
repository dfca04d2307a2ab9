package com.trendythreads.opsdesk.cache.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.Problem;
import com.trendythreads.opsdesk.api.error.RequestInfo;
import com.trendythreads.opsdesk.api.error.ServerError;
import com.trendythreads.opsdesk.api.error.Unauthorized;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityTrackerTest {

    private static final RequestInfo REQ = new RequestInfo("GET", "/v1/changes", "r-1");

    private final ConnectivityTracker tracker = new ConnectivityTracker(Clock.systemUTC());

    @Test
    void classifiesOutcomesAndReportsOnlyRealChanges() {
        List<Connectivity> heard = new ArrayList<>();
        tracker.onChange(heard::add);

        tracker.success();
        tracker.success();
        tracker.failure(new ServerError(500, Problem.ofStatus(500, "Internal"), null, REQ));
        tracker.failure(new NetworkDown(REQ, new IOException("refused")));
        tracker.success();

        assertThat(heard).containsExactly(Connectivity.ONLINE, Connectivity.DEGRADED, Connectivity.OFFLINE,
                Connectivity.ONLINE);
        assertThat(tracker.lastProblem()).isNull();
    }

    @Test
    void aRefusedSessionStaysExpiredUntilANewSignIn() {
        long before = tracker.epoch();
        tracker.failure(new Unauthorized(401, Problem.ofStatus(401, "Unauthorized"), null, REQ), before);
        tracker.success();
        tracker.failure(new NetworkDown(REQ, new IOException("refused")));
        assertThat(tracker.state()).isEqualTo(Connectivity.SIGN_IN_EXPIRED);

        tracker.signedIn();
        tracker.success();
        assertThat(tracker.state()).isEqualTo(Connectivity.ONLINE);
    }

    @Test
    void a401ToACallSentBeforeTheLatestSignInIsIgnored() {
        long sentWithOldSession = tracker.epoch();
        tracker.signedIn();
        tracker.success();

        tracker.failure(new Unauthorized(401, Problem.ofStatus(401, "Unauthorized"), null, REQ), sentWithOldSession);

        assertThat(tracker.state()).isEqualTo(Connectivity.ONLINE);
        tracker.failure(new Unauthorized(401, Problem.ofStatus(401, "Unauthorized"), null, REQ));
        assertThat(tracker.state()).isEqualTo(Connectivity.SIGN_IN_EXPIRED);
    }
}
