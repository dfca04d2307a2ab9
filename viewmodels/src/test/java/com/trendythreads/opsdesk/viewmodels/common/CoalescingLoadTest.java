package com.trendythreads.opsdesk.viewmodels.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescingLoadTest {

    @Test
    void requestsDuringALoadCostOneMoreLoadAndTheScreenEndsOnTheLatestState() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner runner = new TaskRunner(queued::add, UiDispatcher.direct());
        AtomicInteger state = new AtomicInteger(1);
        List<Integer> shown = new ArrayList<>();
        CoalescingLoad<Integer> load = new CoalescingLoad<>(runner, state::get, shown::add, "the test data");

        load.run();
        load.run();
        load.run();
        assertThat(queued).hasSize(1); // never two loads at once

        queued.removeFirst().run();
        assertThat(shown).containsExactly(1);
        assertThat(queued).hasSize(1); // the two requests made meanwhile: one more load

        state.set(2);
        queued.removeFirst().run();
        assertThat(shown).containsExactly(1, 2);
        assertThat(queued).isEmpty();
    }

    @Test
    void aFailedLoadDoesNotStopTheNextOne() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner runner = new TaskRunner(queued::add, UiDispatcher.direct());
        AtomicInteger calls = new AtomicInteger();
        List<Integer> shown = new ArrayList<>();
        CoalescingLoad<Integer> load = new CoalescingLoad<>(runner, () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("cache closed");
            }
            return calls.get();
        }, shown::add, "the test data");

        load.run();
        queued.removeFirst().run();
        load.run();
        queued.removeFirst().run();

        assertThat(shown).containsExactly(2);
    }

    @Test
    void latestOfReadsItsInputsAtEachRunAndNeverShowsAnOvertakenAnswer() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner runner = new TaskRunner(queued::add, UiDispatcher.direct());
        AtomicInteger filter = new AtomicInteger(1); // what the screen's filter says when a run starts
        List<String> shown = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        CoalescingLoad<String> load = CoalescingLoad.latestOf(runner, () -> {
            int f = filter.get();
            return () -> {
                if (f == 3) {
                    throw new IllegalStateException("cache closed");
                }
                return "rows for filter " + f;
            };
        }, shown::add, failures::add);

        load.run();
        assertThat(load.busyProperty().get()).isTrue();
        filter.set(2);
        load.run(); // the filter changed while filter 1 was computing
        queued.removeFirst().run();
        assertThat(shown).as("filter 1's answer is already stale").isEmpty();
        assertThat(load.busyProperty().get()).isTrue();
        queued.removeFirst().run();
        assertThat(shown).containsExactly("rows for filter 2");
        assertThat(load.busyProperty().get()).isFalse();

        filter.set(3);
        load.run();
        queued.removeFirst().run();
        assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("cache closed"));
        assertThat(load.busyProperty().get()).isFalse();
    }
}
