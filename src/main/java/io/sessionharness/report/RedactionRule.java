package io.sessionharness.report;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sessionharness.config.Secret;

/**
 * A pattern whose group {@code v} holds a secret, replaced where {@code applies}; with an inner rule, group
 * {@code v} is the scope the inner rule works in (a cookie header's list, a form field's tag).
 */
final class RedactionRule {

    final String name;
    private final Pattern pattern;
    private final Predicate<Matcher> applies;
    private final UnaryOperator<String> replacement;
    private final RedactionRule inner;

    RedactionRule(String name, Pattern pattern, Predicate<Matcher> applies, UnaryOperator<String> replacement) {
        this(name, pattern, applies, replacement, null);
    }

    RedactionRule(String name, Pattern pattern, RedactionRule inner) {
        this(name, pattern, m -> true, null, inner);
    }

    private RedactionRule(String name, Pattern pattern, Predicate<Matcher> applies, UnaryOperator<String> replacement, RedactionRule inner) {
        this.name = name;
        this.pattern = pattern;
        this.applies = applies;
        this.replacement = replacement;
        this.inner = inner;
    }

    String mask(String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            String value = matcher.group("v");
            if (value == null || (inner == null && (RedactionRules.isMasked(value) || !applies.test(matcher)))) {
                continue;
            }
            String replaced = inner == null ? replacement.apply(value) : inner.mask(value);
            if (replaced.equals(value)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start("v")).append(replaced);
            copied = matcher.end("v");
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    void leaks(String text, String outerName, List<RedactionRules.Leak> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String value = matcher.group("v");
            if (value == null) {
                continue;
            }
            if (inner != null) {
                inner.leaks(value, outerName, found);
            } else if (!RedactionRules.isMasked(value) && applies.test(matcher)) {
                found.add(new RedactionRules.Leak(outerName, Secret.fingerprint(value)));
            }
        }
    }
}
