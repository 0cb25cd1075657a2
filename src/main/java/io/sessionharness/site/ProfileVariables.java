package io.sessionharness.site;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sessionharness.config.ProfileNode;

/**
 * The environment a target profile is read in: {@code ${VAR}} and {@code ${VAR:-default}} in a value, so that one
 * profile serves several environments (local, staging, CI), and the variables its passwords come from.
 */
final class ProfileVariables {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> env;

    ProfileVariables(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The variable's value; empty when it is not set or set to nothing. */
    String valueOf(String variable) {
        return env.getOrDefault(variable, "");
    }

    /** {@code value} with each ${VAR} replaced; a variable not set and without a default is a problem of {@code key}. */
    String expand(ProfileNode node, String key, String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String replacement = env.get(variable);
            if (replacement == null || replacement.isEmpty()) {
                replacement = matcher.group(2);
            }
            if (replacement == null) {
                throw node.problem(key, "uses environment variable " + variable + ", which is not set (or write ${" + variable + ":-default})");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
