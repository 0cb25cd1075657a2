package io.sessionharness.explore;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.sessionharness.config.HarnessConfig;
import io.sessionharness.site.SignInFlow;
import io.sessionharness.site.TargetProfiles;

/**
 * A target profile drafted from what the site showed (the draft suite): every value read off the site, each key a page
 * cannot tell marked {@code NEEDS A HUMAN} with why — in the file and in {@link #needsAHuman()}. Rendered as YAML that
 * {@link TargetProfiles} reads like any profile.
 */
public final class ProfileDraft {

    private final String name;
    private final URI start;
    private final List<String> users;
    private final List<SignInFlow.Step> signIn = new ArrayList<>();
    private final List<SignInFlow.Step> signOut = new ArrayList<>();
    private final List<String> signedOut = new ArrayList<>();
    private final List<String> humans = new ArrayList<>();
    private boolean rendersWithJavaScript;
    private List<String> sessionCookies = List.of();
    private List<String> sessionTokens = List.of();
    private Optional<String> preLoginCookie = Optional.empty();
    private Optional<String> protectedPage = Optional.empty();
    private Optional<String> signedIn = Optional.empty();
    private Optional<String> cookiesRequired = Optional.empty();
    /** What an idled-out session showed: its own message (recognise.expired), or the plain sign-in page; with how it was found. */
    private Optional<String> expiredText = Optional.empty();
    private Optional<String> expiryFoundWith = Optional.empty();
    /** What the drafter found of each account it signed in with (the others: not checked). */
    private final java.util.Map<String, String> accounts = new java.util.LinkedHashMap<>();

    public ProfileDraft(String name, URI start, List<String> users) {
        this.name = name;
        this.start = start;
        this.users = List.copyOf(users);
    }

    public String name() {
        return name;
    }

    void signInStep(SignInFlow.Step step) {
        signIn.add(step);
    }

    /** The first sign-in step's element: what the preflight looks for on the start page. */
    Optional<String> firstSelector() {
        return signIn.isEmpty() ? Optional.empty() : signIn.get(0).waitFor().or(() -> signIn.get(0).click());
    }

    void rendersWithJavaScript(boolean scripts) {
        this.rendersWithJavaScript = scripts;
    }

    void session(List<String> cookies, Optional<String> preLogin, List<String> tokens) {
        this.sessionCookies = List.copyOf(cookies);
        this.preLoginCookie = preLogin;
        this.sessionTokens = List.copyOf(tokens);
    }

    void protectedPage(String path) {
        this.protectedPage = Optional.of(path);
    }

    void signedIn(String selector) {
        this.signedIn = Optional.of(selector);
    }

    Optional<String> signedInSelector() {
        return signedIn;
    }

    List<SignInFlow.Step> signInSteps() {
        return List.copyOf(signIn);
    }

    /** The heading of the page a browser that blocks cookies gets after signing in. */
    void cookiesRequired(String heading) {
        this.cookiesRequired = Optional.of(heading);
    }

    void signOutStep(SignInFlow.Step step) {
        signOut.add(step);
    }

    /** A marker of a signed-out page, as a YAML flow mapping ({ element: "…" } or { text: "…" }). */
    void signedOut(String kind, String value) {
        String marker = "{ " + kind + ": " + (kind.equals("element") ? io.sessionharness.site.Selector.yaml(value) : TargetProfiles.quoted(value)) + " }";
        if (!signedOut.contains(marker)) {
            signedOut.add(marker);
        }
    }

    /** An idled-out session showed {@code message} of its own (found with {@code given}, the idle option). */
    void expired(String message, String given) {
        this.expiredText = Optional.of(message);
        this.expiryFoundWith = Optional.of(given);
    }

    /** An idled-out session showed the plain sign-in page (found with {@code given}). */
    void expiryShowsSignInPage(String given) {
        this.expiredText = Optional.empty();
        this.expiryFoundWith = Optional.of(given);
    }

    /** The protected page sign-in led to, or the site's root. */
    String protectedPathOrRoot() {
        return protectedPage.orElse("/");
    }

    /** What signing in with {@code user} showed: "signed in by the drafter", or why it needs a human. */
    void account(String user, String note) {
        accounts.put(user, note);
    }

    /**
     * The environment variable the draft reads {@code user}'s password from: the profile's name and the account's,
     * e.g. {@code STAGING_SHOP_QA1_PASSWORD} — one per account, as real test accounts have passwords of their own.
     */
    public String passwordVariable(String user) {
        String own = variableBase(user);
        // Two accounts whose names differ only in punctuation (qa.1, qa-1) must not share one variable.
        long before = users.subList(0, Math.max(0, users.indexOf(user))).stream().filter(other -> variableBase(other).equals(own)).count();
        return own + (before == 0 ? "" : "_" + (before + 1)) + "_PASSWORD";
    }

    /** NAME_USER in capitals and underscores, starting with a letter as a shell variable must (a draft named 127.0.0.1-8080). */
    private String variableBase(String user) {
        String base = (name + "_" + user).toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        return Character.isLetter(base.charAt(0)) ? base : "SITE_" + base;
    }

    /** Each account's password variable, as the run prints them: "STAGING_QA1_PASSWORD (qa1)". */
    public List<String> passwordVariables() {
        return users.stream().map(user -> passwordVariable(user) + " (" + user + ")").toList();
    }

    /** A key a page cannot tell: named in the file where it belongs and listed at the end of the run. */
    void needsAHuman(String key, String why) {
        humans.add(key + " — " + why);
    }

    public List<String> needsAHuman() {
        return List.copyOf(humans);
    }

    /** The page's path and query on the site, as a profile writes it. */
    String pathOf(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    String origin() {
        return start.getScheme() + "://" + start.getRawAuthority() + "/";
    }

    /** The draft as a target profile file. */
    public String render() {
        String variable = name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_ORIGIN";   // scheme://host:port/: paths are absolute
        List<String> out = new ArrayList<>();
        out.add("# Drafted by the harness's draft suite from " + start + " (./run-suite -Dsuite=draft -Dexplore.url=…).");
        out.add("# Every value below was read off the site; each line marked NEEDS A HUMAN is what the pages could not tell.");
        out.add("# Check it with the explorer, then run the smoke suite:");
        out.add("#   ./run-suite -Dsuite=explore -Dtarget=" + name + ".draft     ./run-suite -Dtarget=" + name + ".draft");
        out.add("# and rename it to targets/" + name + ".yaml once it says what you mean.");
        out.add("name: " + TargetProfiles.quoted(name + ".draft"));
        out.add("description: " + TargetProfiles.quoted("drafted from " + start));
        out.add("site:");
        out.add("  baseUrl: " + TargetProfiles.quoted("${" + variable + ":-" + origin() + "}"));
        if (!sessionCookies.isEmpty()) {
            out.add("  sessionCookies: " + flowList(sessionCookies) + "   # new or changed at sign-in, and the signed-in page needs them");
        }
        preLoginCookie.ifPresent(cookie -> out.add("  preLoginCookie: " + TargetProfiles.quoted(cookie)
                + "   # set before sign-in, reissued at it, not needed by the signed-in page"));
        if (!sessionTokens.isEmpty()) {
            out.add("  sessionTokens: " + flowList(sessionTokens) + "   # stored by the page at sign-in");
        }
        out.add("signIn:");
        out.add("  page: " + TargetProfiles.quoted(pathOf(start.toString())));
        if (rendersWithJavaScript) {
            out.add("  rendersWithJavaScript: true   # the sign-in fields are not in the page's HTML: its scripts draw them");
        }
        out.add("  steps:");
        signIn.forEach(step -> out.addAll(stepLines(step)));
        out.add("signOut:");
        out.add("  page: " + TargetProfiles.quoted(protectedPage.orElse("/")));
        if (signOut.isEmpty()) {
            out.add("  control: \"#sign-out\"   # NEEDS A HUMAN: no sign-out control was found on the signed-in page");
        } else {
            out.add("  steps:");
            signOut.forEach(step -> out.addAll(stepLines(step)));
        }
        out.add("protectedPages: [" + TargetProfiles.quoted(protectedPage.orElse("/")) + "]   # where the signed-in browser landed; add the pages that matter");
        out.add("recognise:");
        out.add("  signedIn: { element: " + io.sessionharness.site.Selector.yaml(signedIn.orElse("#signed-in")) + " }"
                + (signedIn.isPresent() ? "" : "   # NEEDS A HUMAN: nothing marked the signed-in page"));
        if (signedOut.isEmpty()) {
            out.add("  signedOut: { element: \"#sign-in\" }   # NEEDS A HUMAN: nothing marked the signed-out page");
        } else if (signedOut.size() == 1) {
            out.add("  signedOut: " + signedOut.get(0));
        } else {
            out.add("  signedOut:                     # the sign-in form, or the page sign-out showed");
            signedOut.forEach(marker -> out.add("    - " + marker));
        }
        cookiesRequired.ifPresent(heading -> out.add("  cookiesRequired: { text: " + TargetProfiles.quoted(heading) + " }   # what a browser"
                + " that blocks cookies was shown after signing in"));
        if (expiredText.isPresent()) {
            out.add("  expired: { text: " + TargetProfiles.quoted(expiredText.get()) + " }   # what an idled-out session showed ("
                    + expiryFoundWith.orElseThrow() + ")");
        } else if (expiryFoundWith.isEmpty()) {
            out.add("  # NEEDS A HUMAN: expired — the page an ended session shows, if the site has its own (then drop policy.expiryShows);"
                    + " draft with -Dexplore.idle=<the idle timeout> to have it read");
        }
        out.add("accounts:");
        out.add("  list:");
        for (int n = 1; n <= users.size(); n++) {
            String user = users.get(n - 1);
            out.add("    - { username: " + TargetProfiles.quoted(user) + ", password: { env: " + passwordVariable(user) + " } }   # "
                    + accounts.getOrDefault(user, "NOT CHECKED: no password was given for it (" + HarnessConfig.Explore.passwordVariable(n)
                            + " or " + HarnessConfig.Explore.PASSWORD_VARIABLE + ")"));
        }
        out.add("policy:");
        expiryFoundWith.ifPresent(given -> out.add("  # " + given + ": the idled session had ended, which says nothing of whether it ended"
                + " too early — measure it before declaring it."));
        out.add("  # NEEDS A HUMAN: idleTimeout — how long the site lets a session sit unused; pages do not say (declare it, or measure it:");
        out.add("  #   ./run-suite -Dsuite=measure -Dtarget=" + name + ".draft). The idle scenarios skip until it is declared.");
        out.add("  # NEEDS A HUMAN: absoluteTimeout — the longest a session may live, whatever the activity.");
        out.add("  tolerance: 2s");
        out.add("  rotatesSessionIdOnSignIn: true   # what a secure site does (OWASP ASVS 3.2.1): the fixation scenario holds it to that");
        out.add("  invalidatesOnSignOut: true       # what a secure site does (ASVS 3.3.1): the sign-out scenario holds it to that");
        out.add("  concurrentSessions: allow        # NEEDS A HUMAN: allow, newest-wins or reject-new — the rule the site means to follow");
        if (expiryFoundWith.isEmpty()) {
            out.add("  expiryShows: sign-in-page        # NEEDS A HUMAN: unless the site has a page of its own for an ended session");
        } else if (expiredText.isEmpty()) {
            out.add("  expiryShows: sign-in-page        # an idled-out session was shown the plain sign-in page, no word why ("
                    + expiryFoundWith.get() + ")");
        }
        return String.join("\n", out) + "\n";
    }

    private static List<String> stepLines(SignInFlow.Step step) {
        List<String> lines = new ArrayList<>();
        String first = "    - ";
        if (step.waitFor().isPresent()) {
            lines.add(first + "waitFor: " + io.sessionharness.site.Selector.yaml(step.waitFor().get()));
            first = "      ";
        }
        if (!step.fill().isEmpty()) {
            lines.add(first + "fill: { " + step.fill().entrySet().stream()
                    .map(e -> TargetProfiles.quoted(e.getKey()) + ": " + TargetProfiles.quoted(e.getValue())).collect(Collectors.joining(", ")) + " }");
            first = "      ";
        }
        if (step.click().isPresent()) {
            lines.add(first + "click: " + io.sessionharness.site.Selector.yaml(step.click().get()));
        }
        return lines;
    }

    private static String flowList(List<String> items) {
        return items.stream().map(TargetProfiles::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
}
