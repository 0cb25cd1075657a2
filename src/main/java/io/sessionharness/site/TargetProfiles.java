package io.sessionharness.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sessionharness.config.Problems;
import io.sessionharness.config.ProfileFolder;
import io.sessionharness.config.ProfileNode;

/**
 * Loads and validates target profiles from {@code targets/<name>.yaml}: each section is read on its own ({@link SiteSection},
 * {@link AccountsSection}, …) so that one load names every problem, one line each.
 */
public final class TargetProfiles {

    public static final String FOLDER = "targets";

    private final ProfileFolder folder;
    private final ProfileVariables variables;
    private final AccountsSection accountsSection;

    public TargetProfiles(Path home, Map<String, String> env) {
        this.folder = new ProfileFolder(home.resolve(FOLDER), FOLDER, "target");
        this.variables = new ProfileVariables(env);
        this.accountsSection = new AccountsSection(home, variables);
    }

    public static TargetProfiles ofProcess(Path home) {
        return new TargetProfiles(home, System.getenv());
    }

    public TargetProfile load(String name) {
        return read(folder.read(name), name);
    }

    /**
     * The target the draft suite starts from, made of its options alone: the start page, its site and the accounts (the
     * password from {@value io.sessionharness.config.HarnessConfig.Explore#PASSWORD_VARIABLE}). Its markers and steps
     * are placeholders nobody uses — the drafter reads the site itself and writes {@code targets/<name>.draft.yaml}.
     */
    public TargetProfile provisional(io.sessionharness.config.HarnessConfig.Explore explore) {
        DraftStart start = DraftStart.of(explore, variables);
        return read(ProfileNode.parse(start.yaml(), "the draft suite's start (explore.url, explore.user)"), start.name());
    }

    /** targets/NAME.draft.yaml: from explore.name, else the start URL's host and port ("127.0.0.1-8080"). */
    public static String draftName(URI start) {
        return (start.getHost() + (start.getPort() == -1 ? "" : "-" + start.getPort())).replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** A YAML double-quoted scalar for any text: backslash, quote and control characters escaped, nothing else. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    public List<String> available() {
        return folder.names();
    }

    /** Reads every section on its own so that one load reports the problems of all sections, one line each. */
    private TargetProfile read(ProfileNode root, String name) {
        Problems problems = new Problems();
        root.known("name", "description", "site", "signIn", "signOut", "protectedPages", "recognise", "accounts", "policy", "compliance",
                "form", "signOutEverywhere", "passwordChange", "oneTimeLink", "expiryWarning");
        String declaredName = root.optionalString("name").orElse(name);
        String description = root.optionalString("description").orElse("");
        Optional<SiteSection> site = problems.attempt(() -> SiteSection.read(root.requiredChild("site"), variables));
        Optional<List<String>> pages = problems.attempt(() -> protectedPages(root));
        Optional<SignInFlow> signIn = problems.attempt(() -> {
            SignInFlow flow = SignInFlow.read(root.requiredChild("signIn"));
            requirePath(root, "signIn.page", flow.page());
            return flow;
        });
        Optional<TargetProfile.SignOutControl> signOut = problems.attempt(() -> {
            TargetProfile.SignOutControl control = TargetProfile.SignOutControl.read(root.requiredChild("signOut"));
            requirePath(root, "signOut.page", control.page());
            return control;
        });
        Optional<Recognition> recognition = problems.attempt(() -> Recognition.read(root.requiredChild("recognise")));
        Optional<TargetProfile.AccountSpec> accounts = problems.attempt(() ->
                accountsSection.read(root.requiredChild("accounts"), site.map(SiteSection::embedded).orElse(false)));
        Optional<SessionPolicy> policy = problems.attempt(() -> SessionPolicy.read(root.requiredChild("policy"), Compliance.read(root)));
        Optional<Features> features = problems.attempt(() -> Features.read(root));
        if (recognition.isPresent() && policy.isPresent() && recognition.get().expired().isEmpty() && !policy.get().expiryShowsSignInPage()) {
            problems.add(root.problem("recognise.expired", "is required: the marker of the site's session-expired page — or, for a site"
                    + " that shows only its sign-in page when a session ends, declare policy.expiryShows: sign-in-page").getMessage());
        }
        problems.attempt(() -> {
            root.rejectUnknownKeys();
            return null;
        });
        problems.throwIfAny();
        SiteSection s = site.orElseThrow();
        return new TargetProfile(declaredName, description, s.baseUrl(), s.flavour(), s.cookie(), s.tokens(), s.preLoginCookie(), s.secretParameters(), s.acceptInsecureCerts(), signIn.orElseThrow(), signOut.orElseThrow(),
                pages.orElseThrow(), recognition.orElseThrow(), accounts.orElseThrow(), policy.orElseThrow(), features.orElseThrow());
    }

    private static List<String> protectedPages(ProfileNode root) {
        List<String> pages = root.strings("protectedPages");
        if (pages.isEmpty()) {
            throw root.problem("protectedPages", "needs at least one path, e.g. [/account]");
        }
        pages.forEach(page -> requirePath(root, "protectedPages", page));
        return pages;
    }

    private static void requirePath(ProfileNode node, String key, String path) {
        if (!path.startsWith("/")) {
            throw node.problem(key, "must be a path starting with '/', found '" + path + "'");
        }
    }
}
