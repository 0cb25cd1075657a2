package io.sessionharness.referenceapp;

/** Why a signed-in session ended. */
enum SessionEnd {
    IDLE("you were inactive for longer than the idle timeout"),
    ABSOLUTE("the session reached its maximum lifetime"),
    SIGNED_OUT("you signed out"),
    SUPERSEDED("your account signed in on another device or browser, and only one session is allowed at a time"),
    SIGNED_OUT_EVERYWHERE("you chose to sign out everywhere from another device"),
    PASSWORD_CHANGED("the account's password was changed"),
    SSO_ENDED("your single sign-on session ended (the identity provider no longer renews your sign-in)"),
    ADDRESS_CHANGED("your network address changed, and this site ties a session to the address it started from");

    private final String explanation;

    SessionEnd(String explanation) {
        this.explanation = explanation;
    }

    String explanation() {
        return explanation;
    }

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static SessionEnd fromCode(String code) {
        for (SessionEnd end : values()) {
            if (end.code().equals(code)) {
                return end;
            }
        }
        return IDLE;
    }
}
