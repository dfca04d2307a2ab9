package com.trendythreads.opsdesk.cache.picking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/// The order a picker walks the warehouse: bin codes such as `A-02-10` (aisle, bay, level) compared
/// part by part, numbers as numbers (`A-2-3` before `A-10-1`), letters alphabetically. A line without a
/// real bin (`UNASSIGNED`, blank) comes last, where the picker asks a lead.
public final class BinOrder {

    /// Compares bin codes in walking order; null and blank codes last.
    public static final Comparator<String> WALKING = BinOrder::compare;

    private BinOrder() {
    }

    public static int compare(String a, String b) {
        boolean noA = unassigned(a);
        boolean noB = unassigned(b);
        if (noA || noB) {
            return noA == noB ? 0 : noA ? 1 : -1;
        }
        List<String> pa = parts(a);
        List<String> pb = parts(b);
        for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
            int c = comparePart(pa.get(i), pb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.size(), pb.size());
    }

    private static boolean unassigned(String bin) {
        return bin == null || bin.isBlank() || bin.equalsIgnoreCase("UNASSIGNED");
    }

    /// Runs of digits and runs of other characters, separators dropped.
    private static List<String> parts(String bin) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean digits = null;
        for (char ch : bin.trim().toUpperCase(Locale.ROOT).toCharArray()) {
            if (!Character.isLetterOrDigit(ch)) {
                flush(out, run);
                digits = null;
                continue;
            }
            boolean d = Character.isDigit(ch);
            if (digits != null && d != digits) {
                flush(out, run);
            }
            digits = d;
            run.append(ch);
        }
        flush(out, run);
        return out;
    }

    private static void flush(List<String> out, StringBuilder run) {
        if (!run.isEmpty()) {
            out.add(run.toString());
            run.setLength(0);
        }
    }

    private static int comparePart(String a, String b) {
        boolean da = Character.isDigit(a.charAt(0));
        boolean db = Character.isDigit(b.charAt(0));
        if (da && db) {
            String ta = a.replaceFirst("^0+(?=.)", "");
            String tb = b.replaceFirst("^0+(?=.)", "");
            return ta.length() != tb.length() ? Integer.compare(ta.length(), tb.length()) : ta.compareTo(tb);
        }
        if (da != db) {
            return da ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
