package io.sessionharness.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.qameta.allure.Allure;

/**
 * The one door to the Allure report: named steps and attachments. Every text is redacted before it is written,
 * so no caller can leak a password or session ID by forgetting to.
 */
public final class Report {

    private static volatile io.sessionharness.config.HarnessConfig.Screenshots screenshots = io.sessionharness.config.HarnessConfig.Screenshots.ALWAYS;

    private Report() {
    }

    /** Which screenshots this run attaches (-Dreport.screenshots): a screenshot is the one thing that cannot be masked. */
    public static void useScreenshots(io.sessionharness.config.HarnessConfig.Screenshots choice) {
        screenshots = choice;
    }

    /** Whether a screenshot of an ordinary moment is wanted; callers skip taking it otherwise. */
    public static boolean wantsMomentScreenshots() {
        return screenshots == io.sessionharness.config.HarnessConfig.Screenshots.ALWAYS;
    }

    /** Whether the failure evidence includes screenshots. */
    public static boolean wantsFailureScreenshots() {
        return screenshots != io.sessionharness.config.HarnessConfig.Screenshots.NEVER;
    }

    /** Runs an action as a named step; {@code rename} may give the step its final name once the outcome is known. */
    public static <T> T step(String name, StepBody<T> body) {
        Allure.ThrowableContextRunnable<T, Allure.StepContext> runnable =
                context -> body.run(newName -> context.name(Redactor.mask(newName)));
        return Allure.step(Redactor.mask(name), runnable);
    }

    public static void step(String name) {
        Allure.step(Redactor.mask(name));
    }

    public static <T> T step(String name, Supplier<T> body) {
        return step(name, rename -> body.get());
    }

    /**
     * A usability finding: something the site does correctly as far as sessions go, but leaves the person guessing
     * (e.g. an ended session shown as a bare sign-in page). Its own step, prefixed so, and a tag on the scenario —
     * reported, never hidden in a pass and never counted as a session defect.
     */
    public static void usabilityFinding(String what) {
        finding("Usability finding: ", "usability-finding", what);
    }

    /**
     * An observed weakness: the site does what its profile declares, and that is weak (a one-time link used up by
     * opening it, as declared consume-on-open). Not a defect against the declared policy, so the scenario passes —
     * but never as a plain pass: its own step, a tag, and the result's message, which puts it under the report's
     * "Observed weakness" category and into the run summary ({@link ObservedWeaknesses}).
     */
    public static void observedWeakness(String what) {
        finding(ObservedWeaknesses.PREFIX, "observed-weakness", what);
    }

    /** A finding that is no failure: a grey step named {@code prefix + what}, and the scenario tagged {@code tag}. */
    private static void finding(String prefix, String tag, String what) {
        Allure.step(Redactor.mask(prefix + what), io.qameta.allure.model.Status.SKIPPED);
        Allure.label("tag", tag);
    }

    public static void screenshot(String name, byte[] png) {
        Allure.addAttachment(Redactor.mask(name), "image/png", new ByteArrayInputStream(png), "png");
    }

    public static void text(String name, String text) {
        attach(name, "text/plain", text, "txt");
    }

    /** An SVG picture, shown inline by Allure; its text passes the redaction like any attachment. */
    public static void svg(String name, String svg) {
        attach(name, "image/svg+xml", svg, "svg");
    }

    public static void html(String name, String html) {
        attach(name, "text/html", html, "html");
    }

    /**
     * Lets work done on another thread report into the current scenario (Allure tracks the running test per thread).
     */
    public static <T> java.util.concurrent.Callable<T> inThisScenario(java.util.concurrent.Callable<T> work) {
        java.util.Optional<String> test = Allure.getLifecycle().getCurrentTestCase();
        return () -> {
            test.ifPresent(uuid -> Allure.getLifecycle().setCurrentTestCase(uuid));
            return work.call();
        };
    }

    private static void attach(String name, String type, String content, String extension) {
        byte[] bytes = Redactor.mask(content).getBytes(StandardCharsets.UTF_8);
        Allure.addAttachment(Redactor.mask(name), type, new ByteArrayInputStream(bytes), extension);
    }

    /** A step's body; it may rename the step once it knows what happened. */
    @FunctionalInterface
    public interface StepBody<T> {
        T run(java.util.function.Consumer<String> rename) throws Exception;
    }
}
