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
        String shared = HarnessConfig.Explore.PASSWORD_VARIABLE;
        java.util.List<String> given = new java.util.ArrayList<>();   // each account's password variable, where one is set
        for (int n = 1; n <= explore.users().size(); n++) {
            String own = HarnessConfig.Explore.passwordVariable(n);
            given.add(!variables.valueOf(own).isEmpty() ? own : !variables.valueOf(shared).isEmpty() ? shared : "");
        }
        if (given.stream().allMatch(String::isEmpty)) {
            problems.add(shared + " is not set (nor " + HarnessConfig.Explore.passwordVariable(1) + "…): the draft suite takes the accounts' passwords"
                    + " from the environment only — one shared, or " + shared + "_<N> for the N-th account of explore.user");
        }
        problems.throwIfAny();
        URI start = explore.url().orElseThrow();
        String origin = start.getScheme() + "://" + start.getRawAuthority() + "/";
        String page = (start.getRawPath() == null || start.getRawPath().isEmpty() ? "/" : start.getRawPath())
                + (start.getRawQuery() == null ? "" : "?" + start.getRawQuery());
        String name = explore.name().orElseGet(() -> TargetProfiles.draftName(start));
        StringBuilder accounts = new StringBuilder();
        for (int i = 0; i < explore.users().size(); i++) {   // an account given no password is left out: the draft marks it unchecked
            if (!given.get(i).isEmpty()) {
                accounts.append("    - {username: ").append(quoted(explore.users().get(i))).append(", password: {env: ").append(given.get(i)).append("}}\n");
            }
        }
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
