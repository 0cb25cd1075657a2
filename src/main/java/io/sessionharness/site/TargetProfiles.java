package io.sessionharness.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sessionharness.config.Problems;
import io.sessionharness.config.ProfileFolder;
import io.sessionharness.config.ProfileNode;
import io.sessionharness.config.Secret;

/** Loads and validates target profiles from {@code targets/<name>.yaml}. */
public final class TargetProfiles {

    public static final String FOLDER = "targets";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final ProfileFolder folder;
    private final Path home;
    private final Map<String, String> env;

    public TargetProfiles(Path home, Map<String, String> env) {
        this.folder = new ProfileFolder(home.resolve(FOLDER), FOLDER, "target");
        this.home = home;
        this.env = Map.copyOf(env);
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
        Problems problems = new Problems();
        if (explore.url().isEmpty()) {
            problems.add("explore.url is needed by the draft suite: the site's sign-in page, or any page that leads there"
                    + " (-Dexplore.url=https://staging.example.com/login)");
        }
        if (explore.users().isEmpty()) {
            problems.add("explore.user is needed by the draft suite: the account(s) to sign in with (-Dexplore.user=qa1 or qa1,qa2,…)");
        }
        String variable = io.sessionharness.config.HarnessConfig.Explore.PASSWORD_VARIABLE;
        if (env.getOrDefault(variable, "").isEmpty()) {
            problems.add(variable + " is not set: the draft suite takes the accounts' password from the environment only");
        }
        problems.throwIfAny();
        URI start = explore.url().orElseThrow();
        String origin = start.getScheme() + "://" + start.getRawAuthority() + "/";
        String page = (start.getRawPath() == null || start.getRawPath().isEmpty() ? "/" : start.getRawPath())
                + (start.getRawQuery() == null ? "" : "?" + start.getRawQuery());
        String name = explore.name().orElseGet(() -> draftName(start));
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
        return read(ProfileNode.parse(yaml, "the draft suite's start (explore.url, explore.user)"), name);
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
        Optional<SiteSection> site = problems.attempt(() -> site(root.requiredChild("site")));
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
                accounts(root.requiredChild("accounts"), site.map(SiteSection::embedded).orElse(false)));
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

    private SiteSection site(ProfileNode site) {
        site.known("embedded", "baseUrl", "sessionCookie", "sessionCookies", "sessionTokens", "preLoginCookie", "flavour", "secretParameters", "acceptInsecureCerts");
        boolean embedded = site.bool("embedded", false);
        Optional<URI> baseUrl = site.optionalString("baseUrl").map(url -> baseUrl(site, expand(site, "baseUrl", url)));
        if (embedded == baseUrl.isPresent()) {
            throw site.problem("", "needs exactly one of 'embedded: true' or 'baseUrl: https://...'");
        }
        SessionTokenKeys tokens = sessionTokens(site);
        SessionCookieNames cookie = sessionCookies(site, embedded, !tokens.isEmpty());
        String flavour = site.optionalString("flavour").orElse("classic");
        if (embedded && !tokens.isEmpty() && (!flavour.equals("spa") || tokens.keys().size() != 1
                || tokens.keys().get(0).area() != SessionTokenKeys.Area.LOCAL || cookie.isEmpty())) {
            throw site.problem("sessionTokens", "for the embedded reference site is one localStorage key beside its session cookie,"
                    + " and only for the single-page flavour (flavour: spa), whose page scripts send it");
        }
        if (!List.of("classic", "sso", "spa").contains(flavour) || (!embedded && site.has("flavour"))) {
            throw site.problem("flavour", "is 'classic', 'sso' or 'spa', and only for the embedded reference site");
        }
        if (flavour.equals("sso") && !cookie.others().isEmpty()) {
            throw site.problem("sessionCookies", "takes a second cookie only for the classic flavour of the embedded site");
        }
        List<String> secretParameters = site.strings("secretParameters");
        List<String> notPlain = secretParameters.stream().filter(name -> !io.sessionharness.report.RedactionRules.isPlainName(name)).toList();
        if (!notPlain.isEmpty()) {
            throw site.problem("secretParameters", "must be plain parameter names (letters, digits, '_', '.', '-'), not "
                    + notPlain.stream().map(name -> "'" + name + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        boolean acceptInsecureCerts = site.bool("acceptInsecureCerts", false);
        if (acceptInsecureCerts && embedded) {
            throw site.problem("acceptInsecureCerts", "is for a real site's self-signed certificate; the embedded site is plain HTTP");
        }
        Optional<String> preLoginCookie = site.optionalString("preLoginCookie");
        if (preLoginCookie.isPresent() && (!SessionCookieNames.malformed(preLoginCookie.stream().toList()).isEmpty() || preLoginCookie.get().contains("*"))) {
            throw site.problem("preLoginCookie", "is one cookie name, not '" + preLoginCookie.get() + "'");
        }
        if (preLoginCookie.isPresent() && cookie.matches(preLoginCookie.get())) {
            throw site.problem("preLoginCookie", "'" + preLoginCookie.get() + "' is one of the session cookies (" + cookie.describe()
                    + "), which the fixation scenario plants anyway: name a pre-login cookie of another name, or leave the key out");
        }
        if (preLoginCookie.isPresent() && embedded && flavour.equals("sso")) {
            throw site.problem("preLoginCookie", "is set only by the classic flavour of the embedded site");
        }
        return new SiteSection(embedded, baseUrl, cookie, tokens, preLoginCookie, flavour, secretParameters, acceptInsecureCerts);
    }

    /** site.sessionTokens: where page scripts keep the session in storage, each localStorage:KEY or sessionStorage:KEY. */
    private static SessionTokenKeys sessionTokens(ProfileNode site) {
        if (!site.has("sessionTokens")) {
            return SessionTokenKeys.NONE;
        }
        List<String> entries = site.strings("sessionTokens");
        List<String> malformed = new ArrayList<>();
        SessionTokenKeys tokens = SessionTokenKeys.parse(entries, malformed);
        if (!malformed.isEmpty()) {
            throw site.problem("sessionTokens", "takes localStorage:KEY or sessionStorage:KEY (e.g. localStorage:auth-tokens), not "
                    + malformed.stream().map(entry -> "'" + entry + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        if (tokens.isEmpty()) {
            throw site.problem("sessionTokens", "needs at least one localStorage:KEY or sessionStorage:KEY — or leave the key out");
        }
        return tokens;
    }

    /**
     * site.sessionCookie (one name) or site.sessionCookies (names and patterns such as KEYCLOAK_*); JSESSIONID by
     * default — none when the session lives only in stored tokens ({@code withTokens}) and no cookie is named.
     */
    private static SessionCookieNames sessionCookies(ProfileNode site, boolean embedded, boolean withTokens) {
        if (site.has("sessionCookie") && site.has("sessionCookies")) {
            throw site.problem("sessionCookies", "and site.sessionCookie are two forms of one key: keep one (sessionCookies: [A, B] for several)");
        }
        if (withTokens && !site.has("sessionCookie") && !site.has("sessionCookies")) {
            return SessionCookieNames.NONE;
        }
        List<String> names = site.has("sessionCookies") ? site.strings("sessionCookies")
                : List.of(site.optionalString("sessionCookie").orElse("JSESSIONID"));
        String key = site.has("sessionCookies") ? "sessionCookies" : "sessionCookie";
        if (names.isEmpty()) {
            throw site.problem(key, "needs at least one cookie name or pattern, e.g. [JSESSIONID] or [KEYCLOAK_*]");
        }
        List<String> malformed = SessionCookieNames.malformed(names);
        if (!malformed.isEmpty()) {
            throw site.problem(key, "takes cookie names, '*' standing for any characters (e.g. KEYCLOAK_*), not "
                    + malformed.stream().map(name -> "'" + name + "'").collect(java.util.stream.Collectors.joining(", ")));
        }
        SessionCookieNames cookies = new SessionCookieNames(names);
        if (embedded && (!cookies.hasPlainName() || names.stream().anyMatch(name -> name.contains("*")) || names.size() > 2)) {
            throw site.problem(key, "for the embedded reference site is one or two plain names (its session cookie and, optionally, a second"
                    + " cookie the session needs as well)");
        }
        return cookies;
    }

    private static List<String> protectedPages(ProfileNode root) {
        List<String> pages = root.strings("protectedPages");
        if (pages.isEmpty()) {
            throw root.problem("protectedPages", "needs at least one path, e.g. [/account]");
        }
        pages.forEach(page -> requirePath(root, "protectedPages", page));
        return pages;
    }

    private record SiteSection(boolean embedded, Optional<URI> baseUrl, SessionCookieNames cookie, SessionTokenKeys tokens, Optional<String> preLoginCookie, String flavour, List<String> secretParameters,
            boolean acceptInsecureCerts) {
    }

    private TargetProfile.AccountSpec accounts(ProfileNode node, boolean embedded) {
        node.known("generated", "list");
        boolean generated = node.bool("generated", false);
        if (generated && !embedded) {
            throw node.problem("generated", "only works with the embedded reference site; list accounts instead");
        }
        List<Account> fixed = new ArrayList<>();
        List<ProfileNode> listed = node.children("list");
        listed.forEach(account -> account.known("username", "password"));   // one missing secret must not make the others "unknown"
        for (ProfileNode account : listed) {
            fixed.add(new Account(account.string("username"), password(account.requiredChild("password"))));
        }
        if (!generated && fixed.isEmpty()) {
            throw node.problem("list", "needs at least one account (username + password from env or file)");
        }
        return new TargetProfile.AccountSpec(generated, List.copyOf(fixed));
    }

    private Secret password(ProfileNode node) {
        node.known("env", "file");
        Optional<String> variable = node.optionalString("env");
        Optional<String> file = node.optionalString("file");
        if (variable.isPresent() == file.isPresent()) {
            throw node.problem("", "needs exactly one of 'env: VARIABLE' or 'file: path' (never the password itself)");
        }
        if (variable.isPresent()) {
            String value = env.get(variable.get());
            if (value == null || value.isEmpty()) {
                throw node.problem("env", "names environment variable " + variable.get() + ", which is not set");
            }
            return Secret.of(value);
        }
        Path path = home.resolve(file.get());
        try {
            String value = Files.readString(path).strip();
            if (value.isEmpty()) {
                throw node.problem("file", "names " + path + ", which is empty");
            }
            return Secret.of(value);
        } catch (IOException e) {
            throw node.problem("file", "names " + path + ", which cannot be read");
        }
    }

    /** ${VAR} and ${VAR:-default} in a value: one profile serves several environments (local, staging, CI). */
    private String expand(ProfileNode node, String key, String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String replacement = env.get(variable);
            if (replacement == null || replacement.isEmpty()) {
                replacement = matcher.group(2);
            }
            if (replacement == null) {
                throw node.problem(key, "uses environment variable " + variable + ", which is not set (or write ${" + variable + ":-default})");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static URI baseUrl(ProfileNode site, String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw site.problem("baseUrl", "must be an http(s) URL with a host, found '" + url + "'");
            }
            return url.endsWith("/") ? uri : new URI(url + "/");
        } catch (URISyntaxException e) {
            throw site.problem("baseUrl", "is not a URL: " + e.getMessage());
        }
    }

    private static void requirePath(ProfileNode node, String key, String path) {
        if (!path.startsWith("/")) {
            throw node.problem(key, "must be a path starting with '/', found '" + path + "'");
        }
    }
}
