package io.sessionharness.target;

import java.util.Optional;

import io.sessionharness.config.ProfileNode;

/**
 * Optional parts of a site that some scenarios need; a scenario whose part the profile does not describe is skipped.
 *
 * @param form a form whose text must survive a session ending (page, field, submit button, saved marker)
 * @param signOutEverywhere the control that ends all of the account's sessions
 * @param passwordChange the password change form
 * @param linkConfirm the button on a one-time link's confirm step (safe links)
 * @param expiryWarning the pre-expiry warning and its "stay signed in" control
 */
public record Features(Optional<FormSpec> form, Optional<TargetProfile.SignOutControl> signOutEverywhere,
        Optional<PasswordChange> passwordChange, Optional<String> linkConfirm, Optional<ExpiryWarning> expiryWarning) {

    static Features read(ProfileNode root) {
        return new Features(
                root.child("form").map(FormSpec::read),
                root.child("signOutEverywhere").map(TargetProfile.SignOutControl::read),
                root.child("passwordChange").map(PasswordChange::read),
                root.child("oneTimeLink").map(node -> node.known("confirm").string("confirm")),
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

    /** The password change form. */
    public record PasswordChange(String page, String current, String fresh, String submit) {
        static PasswordChange read(ProfileNode node) {
            node.known("page", "current", "new", "submit");
            return new PasswordChange(node.string("page"), node.string("current"), node.string("new"), node.string("submit"));
        }
    }
}
