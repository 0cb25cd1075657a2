package io.sessionharness.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;

import io.sessionharness.browser.PageDriver;
import io.sessionharness.config.Durations;
import io.sessionharness.report.Redactor;
import io.sessionharness.site.Account;
import io.sessionharness.site.PageState;
import io.sessionharness.site.SignInFlow;
import io.sessionharness.site.TargetProfile;

/**
 * The steps a target profile describes (sign-in, sign-out, password change, a link's confirm page), performed in a
 * person's current tab: wait for each step's elements, fill, click. A step that stalls is <em>broken</em> — the
 * profile's, or a plain sign-in that could not get through — except where a browser condition under test (cookies,
 * clock, network) made it stall: that is the site's doing, a verdict.
 */
final class ProfileSteps {

    private final Person person;

    ProfileSteps(Person person) {
        this.person = person;
    }

    /**
     * What the site said when it answered the credentials with its sign-in form again and a message (wrong password,
     * lockout, MFA required) — in a plain browser only: where cookies, the clock or the network are the condition
     * under test, a sign-in that comes back without a session is the site's doing and stays a verdict.
     */
    Optional<String> refusedCredentials(SignInFlow flow, PageVisit visit) {
        if (!person.setup().plain() || visit.state() == PageState.SIGN_IN_REFUSED || visit.state() == PageState.COOKIES_REQUIRED
                || flow.steps().stream().noneMatch(this::showsFieldsOf)) {
            return Optional.empty();
        }
        return PageSummary.of(person.browser().page()).flatMap(PageSummary::messages);
    }

    /** A sign-in step's fields are on the page again: the site answered the credentials with its form. */
    private boolean showsFieldsOf(SignInFlow.Step step) {
        return !step.fill().isEmpty() && step.fill().keySet().stream().allMatch(person.browser().page()::present);
    }

    void signInStep(SignInFlow.Step step, int number, Account credentials) {
        perform(step, value -> value.replace(SignInFlow.USERNAME, credentials.username()).replace(SignInFlow.PASSWORD, credentials.password().reveal()),
                () -> {
                    if (person.setup().plain()) {
                        throw new SignInFailedException(person.name(), credentials.username(), stalled("sign-in", number, step, "signIn"));
                    }
                    String what = stalledAt("sign-in", number, step);
                    // Cookies, the clock or the network are what is being tested: where such a sign-in stalls is the site's doing.
                    // A page that then says nothing leaves the person stuck without a word: no clear message.
                    Optional<String> page = PageSummary.of(person.browser().page());
                    Optional<String> said = page.flatMap(PageSummary::messages);
                    throw new AssertionError(said.map(text -> "Sign-in could not go on (" + person.setup().describe() + "): " + what + "; the page said: " + text)
                            .orElseGet(() -> "No clear message — sign-in could not go on (" + person.setup().describe() + ") and the page says nothing about it: "
                                    + what + page.map(summary -> "; the page was: " + summary.replace("\n", "; ")).orElse("")));
                });
    }

    /**
     * The sign-out's steps (one control, or a menu and a confirmation page), in the current tab. A step whose element
     * never appears is <em>broken</em> — the profile does not describe the site's sign-out — never a verdict.
     */
    void signOut(TargetProfile.SignOutControl control, String what, String profileKey) {
        steps(control.steps(), what, profileKey, value -> value);
    }

    /** Steps the profile describes (sign-out, password change, a link's confirm page); a stalled one is broken: the profile's. */
    void steps(List<SignInFlow.Step> steps, String what, String profileKey, java.util.function.UnaryOperator<String> values) {
        for (int i = 0; i < steps.size(); i++) {
            SignInFlow.Step step = steps.get(i);
            int number = i + 1;
            perform(step, values, () -> {
                throw new ProfileMismatchException(person.name() + ": " + stalled(what, number, step, profileKey));
            });
        }
    }

    private String stalled(String what, int number, SignInFlow.Step step, String profileKey) {
        return stalledAt(what, number, step) + " — the site's " + what + " changed, or the target profile's " + profileKey + " steps are wrong";
    }

    /** "sign-in step 1's selector #user did not appear within 10 s at URL" (a field or control shown counts). */
    private String stalledAt(String what, int number, SignInFlow.Step step) {
        return what + " step " + number + "'s selector " + step.waitFor().orElse("") + " did not appear within "
                + Durations.format(person.stage().waitTimeout()) + " at " + Redactor.mask(person.browser().currentUrl().orElse("?"));
    }

    /**
     * One step: wait for its element and for the fields it fills and the control it clicks to be shown (up to
     * wait.timeout, else {@code stalled} throws) — single-page apps build a dialog hidden and open it a moment later —,
     * fill its fields, click.
     */
    private void perform(SignInFlow.Step step, java.util.function.UnaryOperator<String> values, Runnable stalled) {
        PageDriver page = person.browser().page();
        List<String> used = new ArrayList<>(step.fill().keySet());
        step.click().ifPresent(used::add);
        try {
            Waiting.upTo(person.stage().waitTimeout()).passingOver(StaleElementReferenceException.class)
                    .until(() -> step.waitFor().map(page::present).orElse(true) && used.stream().allMatch(page::shown));
        } catch (TimeoutException e) {
            Optional<String> down = person.visits().unreachableNow();
            if (down.isPresent()) {
                throw person.visits().unreachable(Redactor.mask(person.browser().currentUrl().orElse("the next step")), down.get());
            }
            stalled.run();   // throws what the flow calls a stalled step
            throw e;
        }
        step.fill().forEach((css, value) -> {
            page.type(css, values.apply(value));
        });
        step.click().ifPresent(page::click);
    }
}
