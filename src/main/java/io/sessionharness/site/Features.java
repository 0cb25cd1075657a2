package io.sessionharness.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.ProfileNode;

/**
 * Optional parts of a site that some scenarios need; a scenario whose part the profile does not describe is skipped.
 *
 * @param form a form whose text must survive a session ending (page, field, submit button, saved marker)
 * @param signOutEverywhere the control that ends all of the account's sessions
 * @param passwordChange the password change form
 * @param linkConfirm the steps on a one-time link's confirm page (safe links): one {@code confirm} button, or steps
 * @param expiryWarning the pre-expiry warning and its "stay signed in" control
 */
public record Features(Optional<FormSpec> form, Optional<TargetProfile.SignOutControl> signOutEverywhere,
        Optional<PasswordChange> passwordChange, Optional<List<SignInFlow.Step>> linkConfirm, Optional<ExpiryWarning> expiryWarning) {

    static Features read(ProfileNode root) {
        return new Features(
                root.child("form").map(FormSpec::read),
                root.child("signOutEverywhere").map(TargetProfile.SignOutControl::read),
                root.child("passwordChange").map(PasswordChange::read),
                root.child("oneTimeLink").map(Features::linkConfirmSteps),
                root.child("expiryWarning").map(ExpiryWarning::read));
    }

    /** The warning shown before the idle timeout (a CSS selector visible while it shows) and its extend control. */
    public record ExpiryWarning(String warning, String staySignedIn) {
        static ExpiryWarning read(ProfileNode node) {
            node.known("warning", "staySignedIn");
            return new ExpiryWarning(node.string("warning"), node.string("staySignedIn"));
        }
    }

    /**
     * A form: where it is, its text field, its submit button, how a successful save shows and — optional — how the
     * site says that the same form came in twice (one-time form tokens).
     */
    public record FormSpec(String page, String field, String submit, Marker saved, Optional<Marker> alreadySent) {
        static FormSpec read(ProfileNode node) {
            node.known("page", "field", "submit", "saved", "alreadySent");
            return new FormSpec(node.string("page"), node.string("field"), node.string("submit"), Marker.required(node, "saved"),
                    Marker.read(node, "alreadySent"));
        }
    }

    /** {@code oneTimeLink: {confirm: "#continue"}} or {@code {steps: [...]}} (waitFor / click: a consent box, say). */
    private static List<SignInFlow.Step> linkConfirmSteps(ProfileNode node) {
        node.known("confirm", "steps");
        return SignInFlow.oneControlOrSteps(node, "confirm", "the one-time link's confirm button");
    }

    /**
     * The password change: the page, then steps in the sign-in's form (waitFor / fill / click; values may use
     * {password} for the current password and {newPassword}) — a form, then a confirmation page, say. The short form
     * {@code current/new/submit} is one step.
     */
    public record PasswordChange(String page, List<SignInFlow.Step> steps) {

        public static final String NEW_PASSWORD = "{newPassword}";

        public PasswordChange {
            steps = List.copyOf(steps);
        }

        static PasswordChange read(ProfileNode node) {
            node.known("page", "current", "new", "submit", "steps");
            boolean shortForm = node.has("current") || node.has("new") || node.has("submit");
            if (shortForm == node.has("steps")) {
                throw node.problem("", "needs either current/new/submit (one form) or steps (waitFor / fill / click), not both or neither");
            }
            if (!shortForm) {
                List<SignInFlow.Step> steps = node.children("steps").stream().map(SignInFlow::step).toList();
                if (steps.isEmpty()) {
                    throw node.problem("steps", "is an empty list: give at least one step (waitFor / fill / click)");
                }
                return new PasswordChange(node.string("page"), steps);
            }
            Map<String, String> fill = new LinkedHashMap<>();
            fill.put(node.string("current"), SignInFlow.PASSWORD);
            fill.put(node.string("new"), NEW_PASSWORD);
            return new PasswordChange(node.string("page"), List.of(new SignInFlow.Step(Optional.of(node.string("current")), fill,
                    Optional.of(node.string("submit")))));
        }
    }
}
