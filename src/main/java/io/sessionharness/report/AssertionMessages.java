package io.sessionharness.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure's message as a QA lead reads it: AssertJ's boolean check ({@code assertThat(x).as("what the site did …")
 * .isTrue()}) writes "[what the site did …] Expecting value to be true but was false" — the plumbing after the
 * description says nothing the description does not.
 */
public final class AssertionMessages {

    private static final Pattern BOOLEAN_CHECK = Pattern.compile("(?s)\\A\\s*\\[(?<what>.*)\\]\\s*Expecting value to be (?:true|false) but was (?:true|false)\\s*\\z");

    private AssertionMessages() {
    }

    /** The description alone, where the message is a described boolean check; empty otherwise. */
    public static Optional<String> withoutPlumbing(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher m = BOOLEAN_CHECK.matcher(message);
        return m.matches() ? Optional.of(m.group("what").strip()) : Optional.empty();
    }

    /** The failure with its message told plainly, same kind and stack; the failure itself where nothing changes. */
    public static Throwable plain(Throwable failure) {
        if (!(failure instanceof AssertionError)) {
            return failure;
        }
        return withoutPlumbing(failure.getMessage()).<Throwable>map(what -> {
            AssertionError plain = new AssertionError(what, failure.getCause());
            plain.setStackTrace(failure.getStackTrace());
            return plain;
        }).orElse(failure);
    }
}
