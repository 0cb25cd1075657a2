package io.sessionharness.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a value is a token or handle (random) rather than a word, a name or a path — judged by its shape alone. */
final class TokenShapes {

    private TokenShapes() {
    }

    /**
     * A path segment that is a token, not a name ("07-Testing_Session_Timeout", "tab-separated-values",
     * "GettingStarted"). Either shape is enough:
     * <ul>
     * <li>hex-like: a part of twelve characters or more between separators with at least five different characters,
     * at least two digits and a letter in the segment, and no word of eight lower-case letters;</li>
     * <li>base64url-like: sixteen letters and digits or more (separators aside) whose kind — upper case, lower case,
     * digit — changes at least once every three characters (a word changes once a word), and no part that is a
     * word ("Greek", "notes").</li>
     * </ul>
     * No entropy threshold: twenty random hex digits fall below 3.5 bits a character more often than not, and a token
     * shaped like Django's ("tpotp4-" and twenty hex digits) once in seventy. What these rules leave unmasked, measured
     * over random tokens: see {@code TokenShapesTest}.
     */
    static boolean looksLikeToken(String segment) {
        return hexLike(segment) || base64Like(segment);
    }

    private static final Pattern SEPARATORS = Pattern.compile("[-_~]");
    private static final Pattern WORD_PART = Pattern.compile("[A-Z]?[a-z]{4,}");

    private static boolean hexLike(String segment) {
        boolean randomPart = SEPARATORS.splitAsStream(segment).anyMatch(part -> part.length() >= 12 && part.chars().distinct().count() >= 5);
        return randomPart && segment.chars().filter(Character::isDigit).count() >= 2 && segment.chars().anyMatch(Character::isLetter)
                && !hasLowerCaseWord(segment);
    }

    private static boolean base64Like(String segment) {
        String characters = SEPARATORS.matcher(segment).replaceAll("");
        if (characters.length() < 16 || SEPARATORS.splitAsStream(segment).anyMatch(part -> WORD_PART.matcher(part).matches())) {
            return false;
        }
        int changes = 0;
        for (int i = 1; i < characters.length(); i++) {
            changes += kind(characters.charAt(i)) != kind(characters.charAt(i - 1)) ? 1 : 0;
        }
        return changes >= 0.35 * (characters.length() - 1);
    }

    private static int kind(char c) {
        return Character.isUpperCase(c) ? 0 : Character.isLowerCase(c) ? 1 : 2;
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

    /** Long, mixed letters and digits, and not a URL: a session handle or token rather than a word or a path. */
    static boolean looksRandom(String value) {
        return value.length() >= 16 && value.chars().anyMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter)
                && !value.contains("/") && !value.toLowerCase(Locale.ROOT).contains("%2f");
    }

}
