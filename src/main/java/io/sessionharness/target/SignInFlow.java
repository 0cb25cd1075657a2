package io.sessionharness.target;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.ProfileNode;

/**
 * How to sign in: the page to open, then steps — wait for an element, fill fields, click — which may cross to an
 * identity provider on another path or host and back, or run on a page rendered by JavaScript. The short form
 * {@code username/password/submit} is one step. Values may use {username} and {password}.
 */
public record SignInFlow(String page, List<Step> steps) {

    public static final String USERNAME = "{username}";
    public static final String PASSWORD = "{password}";

    static SignInFlow read(ProfileNode node) {
        String page = node.string("page");
        List<ProfileNode> stepNodes = node.children("steps");
        boolean shortForm = node.has("username") || node.has("password") || node.has("submit");
        if (shortForm == !stepNodes.isEmpty()) {
            throw node.problem("", "needs either username/password/submit (one form) or steps (a multi-step flow), not both or neither");
        }
        if (shortForm) {
            Map<String, String> fill = new LinkedHashMap<>();
            fill.put(node.string("username"), USERNAME);
            fill.put(node.string("password"), PASSWORD);
            return new SignInFlow(page, List.of(new Step(Optional.of(node.string("username")), fill, Optional.of(node.string("submit")))));
        }
        return new SignInFlow(page, stepNodes.stream().map(SignInFlow::step).toList());
    }

    private static Step step(ProfileNode node) {
        Step step = new Step(node.optionalString("waitFor"), node.stringMap("fill"), node.optionalString("click"));
        if (step.waitFor().isEmpty() && step.fill().isEmpty() && step.click().isEmpty()) {
            throw node.problem("", "needs at least one of waitFor, fill, click");
        }
        return step;
    }

    /** Every CSS selector the flow uses, in order (for validation against the sign-in page). */
    public List<String> selectors() {
        return steps.stream().flatMap(s -> java.util.stream.Stream.concat(
                java.util.stream.Stream.concat(s.waitFor().stream(), s.fill().keySet().stream()), s.click().stream())).toList();
    }

    /** One step of the flow. */
    public record Step(Optional<String> waitFor, Map<String, String> fill, Optional<String> click) {
    }
}
