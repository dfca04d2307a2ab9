package com.trendythreads.opsdesk.cache.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// The text rules of the catalog search: how titles are cut into words and what counts as a typo.
final class TextMatch {

    private TextMatch() {
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /// The distinct lower-case words of `text` (letters and digits; everything else separates).
    static void words(String lower, Set<String> into) {
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                into.add(lower.substring(start, i));
                start = -1;
            }
        }
    }

    static String[] words(String... lowerTexts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : lowerTexts) {
            words(t, out);
        }
        return out.toArray(String[]::new);
    }

    /// The query's terms: lower case, split at white space, duplicates dropped.
    static List<String> terms(String query) {
        List<String> out = new ArrayList<>();
        String q = lower(query);
        int start = -1;
        for (int i = 0; i <= q.length(); i++) {
            boolean space = i == q.length() || Character.isWhitespace(q.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                String t = q.substring(start, i);
                if (!out.contains(t)) {
                    out.add(t);
                }
                start = -1;
            }
        }
        return out;
    }

    /// Whether `term` is made of letters and digits only (so it can only occur inside one word).
    static boolean isWord(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isLetterOrDigit(term.charAt(i))) {
                return false;
            }
        }
        return !term.isEmpty();
    }

    /// Whether a typo is tolerated in `term`: a word of at least four letters.
    static boolean typoCandidate(String term) {
        if (term.length() < 4) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (!Character.isLetter(term.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /// Whether `term` is one edit (substitution, insertion, deletion or swap of neighbours) away from
    /// `word` or from a prefix of it, so a typo is forgiven while the user is still typing the word.
    /// An exact prefix is not a typo (the caller has matched it already).
    static boolean oneEditFromPrefix(String term, String word) {
        int n = term.length();
        int i = 0;
        int limit = Math.min(n, word.length());
        while (i < limit && term.charAt(i) == word.charAt(i)) {
            i++;
        }
        if (i == n) {
            return false; // an exact prefix
        }
        // substitution: term[i] replaced, the rest is a prefix of word[i+1..]
        if (i < word.length() && isPrefixAt(term, i + 1, word, i + 1)) {
            return true;
        }
        // a letter too many in the term
        if (isPrefixAt(term, i + 1, word, i)) {
            return true;
        }
        // a letter missing from the term
        if (i < word.length() && isPrefixAt(term, i, word, i + 1)) {
            return true;
        }
        // two neighbours swapped
        return i + 1 < n && i + 1 < word.length() && term.charAt(i) == word.charAt(i + 1)
                && term.charAt(i + 1) == word.charAt(i) && isPrefixAt(term, i + 2, word, i + 2);
    }

    /// term[from..] is a prefix of word[at..].
    private static boolean isPrefixAt(String term, int from, String word, int at) {
        int len = term.length() - from;
        if (len <= 0) {
            return true;
        }
        return word.length() - at >= len && word.regionMatches(at, term, from, len);
    }
}
