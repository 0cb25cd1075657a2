package io.sessionharness.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name an unknown one was probably meant to be: a typo, another case or other separators. */
final class NearMiss {

    private NearMiss() {
    }

    /**
     * The candidate {@code name} is closest to, when it is close: the same letters apart from case and the separators
     * {@code . _ -}, or at most one edit apart (two for names of eight letters or more). Empty when none is.
     */
    static Optional<String> closest(String name, Collection<String> candidates) {
        String plain = plain(name);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(name))
                .map(candidate -> new Scored(candidate, distance(plain, plain(candidate))))
                .filter(scored -> scored.distance() <= allowed(Math.min(plain.length(), plain(scored.candidate()).length())))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    private static int allowed(int length) {
        return length >= 8 ? 2 : length >= 4 ? 1 : 0;
    }

    private static String plain(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[._-]", "");
    }

    /** Edits (insert, delete, replace, swap two neighbours) from one to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(String candidate, int distance) {
    }
}
