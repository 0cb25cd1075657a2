package io.sessionharness.site;

import java.net.URI;

import io.sessionharness.config.HarnessConfig;
import io.sessionharness.config.Problems;

/**
 * The draft suite's provisional target, written as profile YAML from its options alone (the start page, its site and
 * the accounts); a missing option is one line each, all at once.
 */
record DraftStart(String name, String yaml) {

    static DraftStart of(HarnessConfig.Explore explore, ProfileVariables variables) {
        Problems problems = new Problems();
        if (explore.url().isEmpty()) {
            problems.add("explore.url is needed by the draft suite: the site's sign-in page, or any page that leads there"
                    + " (-Dexplore.url=https://staging.example.com/login)");
        }
        if (explore.users().isEmpty()) {
            problems.add("explore.user is needed by the draft suite: the account(s) to sign in with (-Dexplore.user=qa1 or qa1,qa2,…)");
        }
        String variable = HarnessConfig.Explore.PASSWORD_VARIABLE;
        if (variables.valueOf(variable).isEmpty()) {
            problems.add(variable + " is not set: the draft suite takes the accounts' password from the environment only");
        }
        problems.throwIfAny();
        URI start = explore.url().orElseThrow();
        String origin = start.getScheme() + "://" + start.getRawAuthority() + "/";
        String page = (start.getRawPath() == null || start.getRawPath().isEmpty() ? "/" : start.getRawPath())
                + (start.getRawQuery() == null ? "" : "?" + start.getRawQuery());
        String name = explore.name().orElseGet(() -> TargetProfiles.draftName(start));
        StringBuilder accounts = new StringBuilder();
        explore.users().forEach(user -> accounts.append("    - {username: ").append(quoted(user)).append(", password: {env: ").append(variable).append("}}\n"));
        String yaml = "name: " + quoted(name) + "\n"
                + "site: {baseUrl: " + quoted(origin) + "}\n"
                + "signIn: {page: " + quoted(page) + ", rendersWithJavaScript: true, username: input, password: \"input[type=password]\", submit: button}\n"
                + "signOut: {page: " + quoted(page) + ", control: a}\n"
                + "protectedPages: [" + quoted(page) + "]\n"
                + "recognise: {signedIn: {element: body}, signedOut: {element: body}}\n"
                + "accounts:\n  list:\n" + accounts
                + "policy: {tolerance: 2s, expiryShows: sign-in-page}\n";
        return new DraftStart(name, yaml);
    }

    private static String quoted(String text) {
        return TargetProfiles.quoted(text);
    }
}
