package io.sessionharness.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.sessionharness.config.ProfileNode;

/**
 * How to recognise one page state: one condition, or a list of them of which any may hold (a state the site shows in
 * several ways — a logout confirmation and the sign-in form, say). A condition is a URL pattern, an element and/or a
 * text; every part given must hold.
 */
public record Marker(List<Condition> anyOf) {

    public Marker {
        anyOf = List.copyOf(anyOf);
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a marker needs at least one condition");
        }
    }

    /** One way a page shows the state. */
    public record Condition(Optional<Pattern> url, Optional<String> element, Optional<String> text) {

        static Condition read(ProfileNode node) {
            node.known("url", "element", "text");
            Optional<Pattern> url = node.optionalString("url").map(regex -> {
                try {
                    return Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw node.problem("url", "is not a valid regular expression: " + e.getDescription());
                }
            });
            Condition condition = new Condition(url, Selector.read(node, "element"), node.optionalString("text"));
            if (condition.url.isEmpty() && condition.element.isEmpty() && condition.text.isEmpty()) {
                throw node.problem("", "needs at least one of url, element, text");
            }
            return condition;
        }

        public boolean matches(PageSnapshot page) {
            if (url.isPresent() && !url.get().matcher(page.url()).find()) {
                return false;
            }
            if (element.isPresent() && !page.present().contains(element.get())) {
                return false;
            }
            return text.isEmpty() || page.text().contains(text.get());
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            url.ifPresent(p -> parts.add("url ~ " + p.pattern()));
            element.ifPresent(e -> parts.add("element " + e));
            text.ifPresent(t -> parts.add("text \"" + t + "\""));
            return String.join(" + ", parts);
        }
    }

    /** The marker under {@code key}: one condition (a map) or a list of conditions, any of which may hold. */
    public static Optional<Marker> read(ProfileNode parent, String key) {
        if (!parent.isList(key)) {
            return parent.child(key).map(node -> new Marker(List.of(Condition.read(node))));
        }
        List<ProfileNode> items = parent.children(key);
        if (items.isEmpty()) {
            throw parent.problem(key, "is an empty list: give at least one condition (url, element and/or text)");
        }
        return Optional.of(new Marker(items.stream().map(Condition::read).toList()));
    }

    public static Marker required(ProfileNode parent, String key) {
        return read(parent, key).orElseThrow(() -> parent.problem(key, "is required"));
    }

    public boolean matches(PageSnapshot page) {
        return anyOf.stream().anyMatch(condition -> condition.matches(page));
    }

    /** The CSS selectors this marker's conditions look for. */
    public List<String> selectors() {
        return anyOf.stream().flatMap(condition -> condition.element().stream()).toList();
    }

    @Override
    public String toString() {
        return String.join(" or ", anyOf.stream().map(Condition::toString).toList());
    }
}
