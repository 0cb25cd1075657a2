package io.sessionharness.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.ProfileNode;

/**
 * How to sign in: the page to open, then steps — wait for an element, fill fields, click — which may cross to an
 * identity provider on another path or host and back, or run on a page rendered by JavaScript. The short form
 * {@code username/password/submit} is one step. Values may use {username} and {password}. A page that builds its
 * form with JavaScript sets {@code rendersWithJavaScript} so that the pre-flight check does not look for it in the HTML.
 */
public record SignInFlow(String page, List<Step> steps, boolean rendersWithJavaScript) {

    public static final String USERNAME = "{username}";
    public static final String PASSWORD = "{password}";

    static SignInFlow read(ProfileNode node) {
        node.known("page", "username", "password", "submit", "steps", "rendersWithJavaScript");
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
            return new SignInFlow(page, List.of(new Step(Optional.of(node.string("username")), fill, Optional.of(node.string("submit")))),
                    node.bool("rendersWithJavaScript", false));
        }
        return new SignInFlow(page, stepNodes.stream().map(SignInFlow::step).toList(), node.bool("rendersWithJavaScript", false));
    }

    static Step step(ProfileNode node) {
        node.known("waitFor", "fill", "click");
        Step step = new Step(Selector.read(node, "waitFor"), node.stringMap("fill"), Selector.read(node, "click"));
        if (step.waitFor().isEmpty() && step.fill().isEmpty() && step.click().isEmpty()) {
            throw node.problem("", "needs at least one of waitFor, fill, click");
        }
        return step;
    }

    /**
     * One element to click under {@code controlKey}, or {@code steps} (waitFor / click, no fill): the form sign-out,
     * sign out everywhere and a one-time link's confirm page share.
     */
    static List<Step> oneControlOrSteps(ProfileNode node, String controlKey, String what) {
        List<Step> given = node.children("steps").stream().map(SignInFlow::step).toList();
        if (node.has(controlKey) == !given.isEmpty()) {
            throw node.problem("", "needs either " + controlKey + " (" + what + ") or steps (waitFor / click: a menu, then a confirmation page),"
                    + " not both or neither");
        }
        List<Step> steps = node.has(controlKey) ? List.of(new Step(Optional.empty(), Map.of(), Selector.read(node, controlKey))) : given;
        List<Integer> filling = java.util.stream.IntStream.range(0, steps.size()).filter(i -> !steps.get(i).fill().isEmpty()).boxed().toList();
        if (!filling.isEmpty()) {
            throw node.problem("steps", "take waitFor and click only (step " + (filling.get(0) + 1) + " fills fields)");
        }
        return steps;
    }

    /**
     * The CSS selectors of the first step: they must match on the sign-in page itself (later steps may be elsewhere).
     * A role or text selector is left out: only a browser computes roles and names.
     */
    public List<String> firstPageSelectors() {
        Step first = steps.get(0);
        return java.util.stream.Stream.of(first.waitFor().stream(), first.fill().keySet().stream(), first.click().stream())
                .flatMap(s -> s).filter(Selector::isCss).distinct().toList();
    }

    /** One step of the flow. */
    public record Step(Optional<String> waitFor, Map<String, String> fill, Optional<String> click) {
    }
}
