package io.sessionharness.testsupport;

/** A target profile of a real (not embedded) site that lists one account, qa1, its password from {@code PW}. */
public final class OneAccountProfile {

    private OneAccountProfile() {
    }

    /** The profile's YAML with {@code policyExtra} added to its policy (e.g. {@code ", concurrentSessions: reject-new"}). */
    public static String yaml(String policyExtra) {
        return """
                site: {baseUrl: "http://127.0.0.1:9/"}
                signIn: {page: /login, username: "#u", password: "#p", submit: "#s"}
                signOut: {page: /account, control: "#out"}
                protectedPages: [/account]
                recognise: {signedIn: {element: "#a"}, expired: {element: "#e"}, signedOut: {element: "#login"}}
                accounts: {list: [{username: qa1, password: {env: PW}}]}
                policy: {idleTimeout: 2s, tolerance: 200ms%s}
                """.formatted(policyExtra);
    }
}
