package io.sessionharness.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Whether a value is a token or handle (random) rather than a word, a name or a path — judged by its shape alone. */
final class TokenShapes {

    private TokenShapes() {
    }

    /**
     * A path segment that is a token, not a name ("07-Testing_Session_Timeout", "tab-separated-values"): a part of
     * twelve characters or more between separators that mixes letters and at least two digits, no word of eight
     * lower-case letters, and at least 3.5 bits of entropy a character.
     */
    static boolean looksLikeToken(String segment) {
        boolean randomPart = Arrays.stream(segment.split("[-_~]")).anyMatch(part -> part.length() >= 12
                && part.chars().filter(Character::isDigit).count() >= 2 && part.chars().filter(Character::isLetter).count() >= 2);
        return randomPart && !hasLowerCaseWord(segment) && entropy(segment) >= 3.5;
    }

    private static final Pattern LOWER_CASE_RUN = Pattern.compile("[a-z]{8,}");

    /** Eight lower-case letters in a row with one beyond hex's a–f: a word ("management"), not hex ("deadbeefcafe"). */
    private static boolean hasLowerCaseWord(String segment) {
        Matcher run = LOWER_CASE_RUN.matcher(segment);
        while (run.find()) {
            if (run.group().chars().anyMatch(c -> c > 'f')) {
                return true;
            }
        }
        return false;
    }

    private static double entropy(String text) {
        Map<Integer, Long> counts = text.chars().boxed().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        double bits = 0;
        for (long count : counts.values()) {
            double p = (double) count / text.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }

    /** Long, mixed letters and digits, and not a URL: a session handle or token rather than a word or a path. */
    static boolean looksRandom(String value) {
        return value.length() >= 16 && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
                && !value.contains("/") && !value.toLowerCase(Locale.ROOT).contains("%2f");
    }

}
