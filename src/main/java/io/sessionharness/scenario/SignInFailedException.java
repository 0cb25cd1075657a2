package io.sessionharness.scenario;

/**
 * A sign-in that did not get through in a browser accepting cookies: wrong password, MFA, lockout, CAPTCHA, a sign-in
 * page that changed. The scenario is <em>broken</em> — it never reached what it meant to check — never a verdict
 * such as "the session ended too early".
 */
public final class SignInFailedException extends RuntimeException {

    public SignInFailedException(String person, String username, String what) {
        super(person + " could not sign in as " + username + ": " + what);
    }
}
