package com.trendythreads.opsdesk.cache.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/// A [SyncChildMain] in its own JVM (the test's java and class path), its output collected line by line.
final class ChildProcess {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // killed
            } finally {
                synchronized (lines) {
                    lines.add(null); // end of output
                    lines.notifyAll();
                }
            }
        });
    }

    static ChildProcess start(List<String> args) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SyncChildMain.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        try {
            return new ChildProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Waits until `count` lines matching `which` were printed, the output ended, or the time is up.
    /// Returns whether the count was reached.
    boolean awaitLines(Predicate<String> which, int count, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (lines) {
            while (true) {
                int seen = 0;
                for (String l : lines) {
                    if (l == null) {
                        return false;
                    }
                    if (which.test(l) && ++seen >= count) {
                        return true;
                    }
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                lines.wait(left);
            }
        }
    }

    /// `kill -9`.
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("child " + process.pid() + " did not die");
        }
        reader.join(5_000);
    }

    /// Waits for the child to end by itself; kills it when the time is up. Returns its exit code (-1 when killed).
    int awaitExit(long timeoutMs) throws InterruptedException {
        if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            kill();
            return -1;
        }
        reader.join(5_000);
        return process.exitValue();
    }

    List<String> output() {
        synchronized (lines) {
            return lines.stream().filter(l -> l != null).toList();
        }
    }

    boolean printed(String line) {
        return output().contains(line);
    }

    String transcript() {
        return String.join("\n", output());
    }
}
