package io.sessionharness.site;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.ProfileNode;

/**
 * A target site as its profile in {@code targets/} describes it: where it is, how to sign in and out, how its
 * pages are recognised, which accounts to use and which session policy it declares.
 */
public record TargetProfile(
        String name,
        String description,
        Optional<URI> baseUrl,
        String embeddedFlavour,
        SessionCookieNames sessionCookies,
        SessionTokenKeys sessionTokens,
        Optional<String> preLoginCookie,
        List<String> secretParameters,
        boolean acceptInsecureCerts,
        SignInFlow signIn,
        SignOutControl signOut,
        List<String> protectedPages,
        Recognition recognition,
        AccountSpec accounts,
        SessionPolicy policy,
        Features features) {

    /** True when the harness starts the embedded reference site for this target. */
    public boolean embedded() {
        return baseUrl.isEmpty();
    }

    /** What the profile asks that a reader should know about, one line each (printed by the preflight, logged at start). */
    public List<String> warnings() {
        if (!acceptInsecureCerts) {
            return List.of();
        }
        boolean https = baseUrl.map(url -> "https".equals(url.getScheme())).orElse(false);
        return List.of(https ? "targets/" + name + ".yaml: site.acceptInsecureCerts is on: the browsers and the preflight accept any TLS"
                + " certificate from " + baseUrl.get().getHost() + " (a self-signed staging certificate); never use it for a production site"
                : "targets/" + name + ".yaml: site.acceptInsecureCerts is set, but " + baseUrl.map(URI::toString).orElse("the site")
                + " is plain http: there is no certificate to accept");
    }

    public String firstProtectedPage() {
        return protectedPages.get(0);
    }

    public Map<String, String> describe() {
        return acceptInsecureCerts
                ? Map.of("target", name, "target.site", baseUrl.map(URI::toString).orElse("embedded reference site"),
                        "target.acceptInsecureCerts", "true — any TLS certificate is accepted")
                : Map.of("target", name, "target.site", baseUrl.map(URI::toString).orElse("embedded reference site"));
    }

    /**
     * The page that holds the sign-out control, and how to use it: one {@code control} to click, or {@code steps} in
     * the sign-in's form (waitFor / click) for a menu and its item, or a confirmation page ("Do you want to sign out?").
     */
    public record SignOutControl(String page, List<SignInFlow.Step> steps) {
        static SignOutControl read(ProfileNode node) {
            node.known("page", "control", "steps");
            List<SignInFlow.Step> steps = SignInFlow.oneControlOrSteps(node, "control", "one element to click");
            return new SignOutControl(node.string("page"), steps);
        }
    }

    /** Either accounts the harness creates on the embedded site, or a fixed list with secrets from the environment. */
    public record AccountSpec(boolean generated, List<Account> fixed) {
    }
}
