package com.trendythreads.opsdesk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The figures of one run with the machine they ran on: printed as one table and written as JSON.
public final class Report {

    private static final Logger LOG = LoggerFactory.getLogger(Report.class);

    private final String scale;
    private final Instant startedAt;
    private final List<Figure> figures = new ArrayList<>();

    public Report(String scale, Instant startedAt) {
        this.scale = scale;
        this.startedAt = startedAt;
    }

    /// Keeps `f` for the table and logs it at once: a LARGE run that fails later (the first one ran out of heap
    /// in the outbox replay after 20 minutes) still leaves what it measured.
    public synchronized void add(Figure f) {
        figures.add(f);
        LOG.info("Measured {}: {} {} (baseline {}; target {}: {}) — {}", f.name(), f.value(), f.unit(),
                f.baseline() == null ? "none" : f.baseline() + " " + f.unit(), f.target(), f.pass() ? "pass" : "FAIL",
                f.note());
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    /// Cores, memory and JDK of this machine, as the table's header says them.
    public static String machine() {
        long physical = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return String.format(Locale.ROOT, "%d cores, %s RAM, max heap %d MB, %s %s, %s %s",
                Runtime.getRuntime().availableProcessors(),
                physical < 0 ? "?" : String.format(Locale.ROOT, "%.1f GB", physical / 1e9),
                Runtime.getRuntime().maxMemory() / (1 << 20), System.getProperty("java.vm.name"),
                Runtime.version(), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /// The table: figure, value, baseline, ratio, target, pass/fail; then each figure's note.
    public synchronized String table() {
        String[] head = {"figure", "value", "baseline", "ratio", "target", "result"};
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        for (Figure f : figures) {
            rows.add(new String[] {f.name(), number(f.value()) + " " + f.unit(),
                    f.baseline() == null ? "—" : number(f.baseline()) + " " + f.unit() + " (" + f.baselineName() + ")",
                    f.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2f", f.ratio()), f.target(),
                    f.pass() ? "pass" : "FAIL"});
        }
        int[] w = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder("Ops Desk benchmarks, scale " + scale + ", " + startedAt + "\n")
                .append(machine()).append("\n\n");
        for (int r = 0; r < rows.size(); r++) {
            sb.append("| ");
            for (int i = 0; i < w.length; i++) {
                sb.append(String.format("%-" + w[i] + "s", rows.get(r)[i])).append(" | ");
            }
            sb.setLength(sb.length() - 1);
            sb.append('\n');
            if (r == 0) {
                sb.append('|');
                for (int x : w) {
                    sb.append("-".repeat(x + 2)).append('|');
                }
                sb.append('\n');
            }
        }
        sb.append('\n');
        for (Figure f : figures) {
            sb.append("- ").append(f.name()).append(": ").append(f.note()).append('\n');
        }
        return sb.toString();
    }

    /// Writes the run as JSON: `{scale, startedAt, machine, figures: [{name, value, unit, baseline, ratio, …}]}`.
    public synchronized void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("scale", scale).put("startedAt", startedAt.toString())
                .put("machine", machine());
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode n = list.addObject().put("name", f.name()).put("value", f.value()).put("unit", f.unit());
            if (f.baseline() != null) {
                n.put("baseline", f.baseline()).put("baselineName", f.baselineName()).put("ratio", f.ratio());
            }
            n.put("target", f.target()).put("pass", f.pass()).put("note", f.note());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            mapper.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
