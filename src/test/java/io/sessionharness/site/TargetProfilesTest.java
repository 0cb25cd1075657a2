package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.AbstractThrowableAssert;
import org.testng.annotations.Test;

import io.sessionharness.config.ConfigException;
import io.sessionharness.testsupport.ProjectHome;
import io.sessionharness.testsupport.TempHome;

public class TargetProfilesTest {

    private static final String STAGING = """
            name: staging
            site:
              baseUrl: https://staging.example.test/app
            signIn: {page: /signin, username: "#user", password: "#pass", submit: "button[type=submit]"}
            signOut: {page: /home, control: "#logout"}
            protectedPages: [/home]
            recognise:
              signedIn: {element: "#home"}
              expired: {text: "session timed out"}
              signedOut: {url: "/signin"}
            accounts:
              list:
                - username: qa1
                  password: {env: STAGING_QA1_PASSWORD}
            policy:
              idleTimeout: 15m
              absoluteTimeout: 8h
              tolerance: 30s
            """;

    @Test
    public void theBundledReferenceProfileDeclaresAShortPolicy() {
        TargetProfile reference = TargetProfiles.ofProcess(ProjectHome.path()).load("reference");
        assertThat(reference.embedded()).isTrue();
        assertThat(reference.accounts().generated()).isTrue();
        assertThat(reference.policy().idleTimeout()).hasValue(Duration.ofSeconds(8));
        assertThat(reference.policy().absoluteTimeout()).hasValue(Duration.ofSeconds(20));
        assertThat(reference.protectedPages()).contains("/account");
    }

    @Test
    public void aRealSiteProfileTakesItsPasswordFromTheEnvironment() {
        try (TempHome home = new TempHome()) {
            home.write("targets/staging.yaml", STAGING);
            TargetProfile staging = new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "s3cret-pw")).load("staging");
            assertThat(staging.baseUrl()).hasValueSatisfying(url -> assertThat(url.toString()).isEqualTo("https://staging.example.test/app/"));
            assertThat(staging.accounts().fixed()).singleElement().satisfies(account -> {
                assertThat(account.username()).isEqualTo("qa1");
                assertThat(account.password().reveal()).isEqualTo("s3cret-pw");
                assertThat(account.toString()).doesNotContain("s3cret-pw");
            });
            assertThat(staging.policy().idleTimeout()).hasValue(Duration.ofMinutes(15));
        }
    }

    @Test
    public void missingSecretIsNamedWithFileKeyAndVariable() {
        try (TempHome home = new TempHome()) {
            home.write("targets/staging.yaml", STAGING);
            assertThatThrownBy(() -> new TargetProfiles(home.path(), Map.of()).load("staging"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("targets/staging.yaml: accounts.list[0].password.env names environment variable STAGING_QA1_PASSWORD, which is not set");
        }
    }

    @Test
    public void typosAndWrongTypesAreNamedPrecisely() {
        try (TempHome home = new TempHome()) {
            home.write("targets/typo.yaml", STAGING.replace("idleTimeout: 15m", "idelTimeout: 15m"));
            home.write("targets/type.yaml", STAGING.replace("idleTimeout: 15m", "idleTimeout: soon"));
            home.write("targets/broken.yaml", STAGING.replace("policy:", "policy: [oops"));
            TargetProfiles profiles = new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "x"));
            assertThatThrownBy(() -> profiles.load("typo")).hasMessageStartingWith("targets/typo.yaml: unknown key 'policy.idelTimeout'");
            assertThatThrownBy(() -> profiles.load("type")).hasMessageStartingWith("targets/type.yaml: policy.idleTimeout 'soon' is not a duration");
            assertThatThrownBy(() -> profiles.load("broken")).hasMessageStartingWith("targets/broken.yaml: malformed YAML");
        }
    }

    @Test
    public void aSiteWithoutAnExpiryPageDeclaresItInsteadOfAMarker() {
        try (TempHome home = new TempHome()) {
            String noExpiryMarker = STAGING.replace("  expired: {text: \"session timed out\"}\n", "");
            home.write("targets/undeclared.yaml", noExpiryMarker);
            home.write("targets/declared.yaml", noExpiryMarker.replace("tolerance: 30s", "tolerance: 30s\n  expiryShows: sign-in-page"));
            TargetProfiles profiles = new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "x"));
            assertThatThrownBy(() -> profiles.load("undeclared")).hasMessage("targets/undeclared.yaml: recognise.expired is required: the marker"
                    + " of the site's session-expired page — or, for a site that shows only its sign-in page when a session ends,"
                    + " declare policy.expiryShows: sign-in-page");
            TargetProfile declared = profiles.load("declared");
            assertThat(declared.policy().expiryShowsSignInPage()).isTrue();
            assertThat(declared.recognition().expired()).isEmpty();
        }
    }

    @Test
    public void aMarkerMayBeAListOfWaysThePageShowsTheState() {
        try (TempHome home = new TempHome()) {
            home.write("targets/list.yaml", STAGING.replace("signedOut: {url: \"/signin\"}",
                    "signedOut:\n    - {url: \"/signin\"}\n    - {text: \"You are logged out\"}"));
            home.write("targets/empty.yaml", STAGING.replace("signedOut: {url: \"/signin\"}", "signedOut: []"));
            TargetProfiles profiles = new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "x"));
            assertThat(profiles.load("list").recognition().signedOut().anyOf()).hasSize(2);
            assertThat(profiles.load("list").recognition().signedOut()).hasToString("url ~ /signin or text \"You are logged out\"");
            assertThatThrownBy(() -> profiles.load("empty")).hasMessageContaining("targets/empty.yaml: recognise.signedOut is an empty list");
        }
    }

    @Test
    public void everyProblemOfAProfileIsListedOnItsOwnLine() {
        try (TempHome home = new TempHome()) {
            home.write("targets/many.yaml", STAGING.replace("idleTimeout: 15m", "idleTimeout: soon\n  colour: blue")
                    .replace("protectedPages: [/home]", "protectedPages: [home]"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), Map.of()).load("many"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage(String.join("\n",
                            "targets/many.yaml: protectedPages must be a path starting with '/', found 'home'",
                            "targets/many.yaml: accounts.list[0].password.env names environment variable STAGING_QA1_PASSWORD, which is not set",
                            "targets/many.yaml: policy.idleTimeout 'soon' is not a duration (write e.g. 4s, 1500ms, 15m, 1h30m or 15:00)",
                            "targets/many.yaml: unknown key 'policy.colour' (known here: idleTimeout, absoluteTimeout, tolerance, "
                                    + "rotatesSessionIdOnSignIn, invalidatesOnSignOut, concurrentSessions, bindsToIp, oneTimeLinks, warningLeadTime, tokens, pageKeepsAlive, expiryShows)"));
        }
    }

    @Test
    public void sessionCookiesTakeSeveralNamesAndPatternsOrOneLinePerMistake() {
        Map<String, String> env = Map.of("STAGING_QA1_PASSWORD", "pw-1234");
        try (TempHome home = new TempHome()) {
            home.write("targets/one.yaml", STAGING.replace("app\n", "app\n  sessionCookie: SID\n"));
            assertThat(new TargetProfiles(home.path(), env).load("one").sessionCookies().entries()).containsExactly("SID");
            home.write("targets/several.yaml", STAGING.replace("app\n", "app\n  sessionCookies: [KEYCLOAK_*, AUTH_SESSION_ID]\n"));
            SessionCookieNames several = new TargetProfiles(home.path(), env).load("several").sessionCookies();
            assertThat(several.matches("KEYCLOAK_IDENTITY")).isTrue();
            assertThat(several.matches("AUTH_SESSION_ID")).isTrue();
            assertThat(several.matches("KC_RESTART")).isFalse();
            assertThat(several.primary()).isEqualTo("AUTH_SESSION_ID");
            home.write("targets/both.yaml", STAGING.replace("app\n", "app\n  sessionCookie: SID\n  sessionCookies: [SID, KEY]\n"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("both"))
                    .hasMessage("targets/both.yaml: site.sessionCookies and site.sessionCookie are two forms of one key: keep one (sessionCookies: [A, B] for several)");
            home.write("targets/empty.yaml", STAGING.replace("app\n", "app\n  sessionCookies: []\n"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("empty"))
                    .hasMessage("targets/empty.yaml: site.sessionCookies needs at least one cookie name or pattern, e.g. [JSESSIONID] or [KEYCLOAK_*]");
            home.write("targets/pre.yaml", STAGING.replace("app\n", "app\n  sessionCookies: [KEYCLOAK_*]\n  preLoginCookie: AUTH_SESSION_ID\n"));
            assertThat(new TargetProfiles(home.path(), env).load("pre").preLoginCookie()).hasValue("AUTH_SESSION_ID");
            home.write("targets/same.yaml", STAGING.replace("app\n", "app\n  sessionCookies: [KEYCLOAK_*]\n  preLoginCookie: KEYCLOAK_SESSION\n"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("same"))
                    .hasMessageStartingWith("targets/same.yaml: site.preLoginCookie 'KEYCLOAK_SESSION' is one of the session cookies (KEYCLOAK_*)");
            home.write("targets/bad.yaml", STAGING.replace("app\n", "app\n  sessionCookies: [\"my cookie\", \"*\", ok]\n"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("bad"))
                    .hasMessage("targets/bad.yaml: site.sessionCookies takes cookie names, '*' standing for any characters (e.g. KEYCLOAK_*), not 'my cookie', '*'");
        }
    }

    @Test
    public void signOutTakesOneControlOrStepsButNotBothAndFillsNothing() {
        Map<String, String> env = Map.of("STAGING_QA1_PASSWORD", "pw-1234");
        String control = "signOut: {page: /home, control: \"#logout\"}";
        try (TempHome home = new TempHome()) {
            home.write("targets/steps.yaml", STAGING.replace(control,
                    "signOut: {page: /home, steps: [{click: \"#menu\"}, {waitFor: \"#confirm\", click: \"#confirm\"}]}"));
            TargetProfile.SignOutControl steps = new TargetProfiles(home.path(), env).load("steps").signOut();
            assertThat(steps.steps()).hasSize(2);
            assertThat(steps.steps().get(1).waitFor()).hasValue("#confirm");
            assertThat(steps.page()).isEqualTo("/home");
            home.write("targets/both.yaml", STAGING.replace(control, "signOut: {page: /home, control: \"#logout\", steps: [{click: \"#x\"}]}"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("both"))
                    .hasMessage("targets/both.yaml: signOut needs either control (one element to click) or steps (waitFor / click: a menu, then a confirmation page), not both or neither");
            home.write("targets/fill.yaml", STAGING.replace(control, "signOut: {page: /home, steps: [{click: \"#x\"}, {fill: {\"#why\": bye}}]}"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("fill"))
                    .hasMessage("targets/fill.yaml: signOut.steps take waitFor and click only (step 2 fills fields)");
        }
    }

    @Test
    public void passwordChangeAndTheLinkConfirmTakeStepsLikeSignIn() {
        Map<String, String> env = Map.of("STAGING_QA1_PASSWORD", "pw-1234");
        String control = "signOut: {page: /home, control: \"#logout\"}";
        try (TempHome home = new TempHome()) {
            home.write("targets/short.yaml", STAGING.replace(control, control + "\npasswordChange: {page: /pw, current: \"#c\", new: \"#n\", submit: \"#go\"}"
                    + "\noneTimeLink: {confirm: \"#continue\"}"));
            Features shortForm = new TargetProfiles(home.path(), env).load("short").features();
            assertThat(shortForm.passwordChange().orElseThrow().steps()).singleElement()
                    .satisfies(step -> assertThat(step.fill()).containsEntry("#c", "{password}").containsEntry("#n", "{newPassword}"));
            assertThat(shortForm.linkConfirm().orElseThrow()).singleElement().satisfies(step -> assertThat(step.click()).hasValue("#continue"));
            home.write("targets/steps.yaml", STAGING.replace(control, control + "\npasswordChange: {page: /pw, steps: [{fill: {\"#c\": \"{password}\","
                    + " \"#n\": \"{newPassword}\"}, click: \"#next\"}, {waitFor: \"#sure\", click: \"#sure\"}]}"
                    + "\noneTimeLink: {steps: [{click: \"#consent\"}, {waitFor: \"#go\", click: \"#go\"}]}"));
            Features steps = new TargetProfiles(home.path(), env).load("steps").features();
            assertThat(steps.passwordChange().orElseThrow().steps()).hasSize(2);
            assertThat(steps.linkConfirm().orElseThrow()).hasSize(2);
            home.write("targets/both.yaml", STAGING.replace(control, control + "\npasswordChange: {page: /pw, submit: \"#go\", steps: [{click: \"#x\"}]}"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("both"))
                    .hasMessage("targets/both.yaml: passwordChange needs either current/new/submit (one form) or steps (waitFor / fill / click), not both or neither");
            home.write("targets/fill.yaml", STAGING.replace(control, control + "\noneTimeLink: {steps: [{fill: {\"#x\": y}}]}"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("fill"))
                    .hasMessage("targets/fill.yaml: oneTimeLink.steps take waitFor and click only (step 1 fills fields)");
        }
    }

    @Test
    public void sessionTokensInStorageStandBesideOrInsteadOfCookiesOrOneLinePerMistake() {
        Map<String, String> env = Map.of("STAGING_QA1_PASSWORD", "pw-1234");
        try (TempHome home = new TempHome()) {
            home.write("targets/tokens.yaml", STAGING.replace("app\n", "app\n  sessionTokens: [localStorage:auth-tokens, sessionStorage:id]\n"));
            TargetProfile tokens = new TargetProfiles(home.path(), env).load("tokens");
            assertThat(tokens.sessionTokens().describe()).isEqualTo("localStorage:auth-tokens, sessionStorage:id");
            assertThat(tokens.sessionCookies().isEmpty()).as("no cookie is assumed where the session lives in storage").isTrue();
            home.write("targets/both.yaml", STAGING.replace("app\n", "app\n  sessionCookie: SID\n  sessionTokens: [localStorage:t]\n"));
            assertThat(new TargetProfiles(home.path(), env).load("both").sessionCookies().entries()).containsExactly("SID");
            assertThat(new TargetProfiles(home.path(), env).load("both").sessionTokens().keys()).hasSize(1);
            home.write("targets/bad.yaml", STAGING.replace("app\n", "app\n  sessionTokens: [auth-tokens, \"cookie:x\", \"localStorage:\"]\n"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("bad"))
                    .hasMessage("targets/bad.yaml: site.sessionTokens takes localStorage:KEY or sessionStorage:KEY (e.g. localStorage:auth-tokens),"
                            + " not 'auth-tokens', 'cookie:x', 'localStorage:'");
            home.write("targets/empty.yaml", STAGING.replace("app\n", "app\n  sessionTokens: []\n"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), env).load("empty"))
                    .hasMessage("targets/empty.yaml: site.sessionTokens needs at least one localStorage:KEY or sessionStorage:KEY — or leave the key out");
            String reference = read(ProjectHome.path().resolve("targets/reference.yaml"));
            home.write("targets/classic.yaml", reference.replace("sessionCookie: JSESSIONID", "sessionCookie: JSESSIONID\n  sessionTokens: [localStorage:t]"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), Map.of()).load("classic"))
                    .hasMessageStartingWith("targets/classic.yaml: site.sessionTokens for the embedded reference site is one localStorage key"
                            + " beside its session cookie, and only for the single-page flavour");
        }
        TargetProfile spa = TargetProfiles.ofProcess(ProjectHome.path()).load("reference-spa");
        assertThat(spa.sessionTokens().describe()).isEqualTo("localStorage:app-token");
        assertThat(spa.sessionCookies().entries()).containsExactly("JSESSIONID", "APP_IDENTITY");
    }

    @Test
    public void theDraftSuiteStartsFromItsOptionsAloneOrSaysWhatIsMissing() {
        io.sessionharness.config.HarnessConfig.Explore explore = new io.sessionharness.config.HarnessConfig.Explore(
                Optional.of(java.net.URI.create("http://127.0.0.1:8080/examples/login?x=1")), List.of("qa1", "qa2"), Optional.empty(), Optional.empty());
        TargetProfile start = new TargetProfiles(ProjectHome.path(), Map.of("SEH_EXPLORE_PASSWORD", "pw-1")).provisional(explore);
        assertThat(start.name()).isEqualTo("127.0.0.1-8080");
        assertThat(start.signIn().page()).isEqualTo("/examples/login?x=1");
        assertThat(start.baseUrl()).hasValueSatisfying(url -> assertThat(url.toString()).isEqualTo("http://127.0.0.1:8080/"));
        assertThat(start.accounts().fixed()).extracting(Account::username).containsExactly("qa1", "qa2");
        // Each account's own password where one is given (SEH_EXPLORE_PASSWORD_<N>), else the shared one; none: left out.
        io.sessionharness.config.HarnessConfig.Explore three = new io.sessionharness.config.HarnessConfig.Explore(
                Optional.of(java.net.URI.create("http://127.0.0.1:8080/login")), List.of("qa1", "qa2", "qa3"), Optional.empty(), Optional.empty());
        TargetProfile own = new TargetProfiles(ProjectHome.path(), Map.of("SEH_EXPLORE_PASSWORD_1", "pw-1", "SEH_EXPLORE_PASSWORD_3", "pw-3"))
                .provisional(three);
        assertThat(own.accounts().fixed()).extracting(Account::username).containsExactly("qa1", "qa3");
        assertThat(own.accounts().fixed()).extracting(account -> account.password().reveal()).containsExactly("pw-1", "pw-3");
        io.sessionharness.config.HarnessConfig.Explore nothing = new io.sessionharness.config.HarnessConfig.Explore(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> new TargetProfiles(ProjectHome.path(), Map.of()).provisional(nothing))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("explore.url is needed by the draft suite")
                .hasMessageContaining("explore.user is needed by the draft suite")
                .hasMessageContaining("SEH_EXPLORE_PASSWORD is not set");
    }

    @Test
    public void theEmbeddedSiteTakesAtMostTwoPlainSessionCookieNames() {
        TargetProfile twoCookies = TargetProfiles.ofProcess(ProjectHome.path()).load("reference-two-cookies");
        assertThat(twoCookies.sessionCookies().primary()).isEqualTo("JSESSIONID");
        assertThat(twoCookies.sessionCookies().others()).containsExactly("APP_IDENTITY");
        try (TempHome home = new TempHome()) {
            String reference = read(ProjectHome.path().resolve("targets/reference.yaml"));
            home.write("targets/pattern.yaml", reference.replace("sessionCookie: JSESSIONID", "sessionCookies: [JSESSIONID, APP_*]"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), Map.of()).load("pattern"))
                    .hasMessageStartingWith("targets/pattern.yaml: site.sessionCookies for the embedded reference site is one or two plain names");
        }
    }

    @Test
    public void secretParametersArePlainNamesOrOneLineNamingTheBadOnes() {
        try (TempHome home = new TempHome()) {
            home.write("targets/ok.yaml", STAGING.replace("app\n", "app\n  secretParameters: [execution, sso_nonce]\n"));
            assertThat(new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "pw-1234")).load("ok").secretParameters())
                    .containsExactly("execution", "sso_nonce");
            home.write("targets/bad.yaml", STAGING.replace("app\n", "app\n  secretParameters: [\"tab id\", \"code=\", nonce]\n"));
            assertThatThrownBy(() -> new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "pw-1234")).load("bad"))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("targets/bad.yaml: site.secretParameters must be plain parameter names (letters, digits, '_', '.', '-'), not 'tab id', 'code='");
        }
    }

    @Test
    public void complianceCeilingsStandInForUndeclaredTimeouts() {
        SessionPolicy policy = loaded("pci", STAGING.replace("  idleTimeout: 15m\n  absoluteTimeout: 8h\n", "")
                .replace("policy:", "compliance: [pci-dss-4-8.2.8, owasp-asvs-l2]\npolicy:")).policy();
        assertThat(policy.idleTimeout()).as("the strictest ceiling").hasValue(Duration.ofMinutes(15));
        assertThat(policy.absoluteTimeout()).hasValue(Duration.ofHours(12));
        assertThat(policy.exact()).isFalse();
        assertThat(policy.compliance()).extracting(Compliance.Requirement::clause).contains("8.2.8", "V3.3.2", "V3.3.1", "V3.2.1");
    }

    @Test
    public void unknownPresetsAndRulesAreNamed() {
        assertThatLoading("bad", STAGING.replace("policy:", "compliance: [pci-dss-3]\npolicy:\n  concurrentSessions: oldest-wins"))
                .hasMessageContaining("targets/bad.yaml: compliance names unknown preset 'pci-dss-3'");
    }

    @Test
    public void unknownTargetListsTheAvailableOnes() {
        assertThatThrownBy(() -> TargetProfiles.ofProcess(ProjectHome.path()).load("nope"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Unknown target 'nope': choose one of [")
                .hasMessageContaining("reference");
    }

    @Test
    public void policyMustLeaveRoomToTellBeforeFromAfter() {
        assertThatLoading("tight", STAGING.replace("tolerance: 30s", "tolerance: 10m"))
                .hasMessageContaining("policy.idleTimeout (15:00) must be more than twice the tolerance (10:00)");
    }

    @Test
    public void aPolicyThatContradictsItselfGetsOneLinePerContradiction() {
        assertThatLoading("contradictory", STAGING.replace("absoluteTimeout: 8h", "absoluteTimeout: 10m")
                .replace("tolerance: 30s", "tolerance: 30s\n  warningLeadTime: 20m\n  tokens: {access: 5m, refresh: 1m}"))
                .hasMessage(String.join("\n",
                        "targets/contradictory.yaml: policy.absoluteTimeout (10:00) is shorter than idleTimeout (15:00): a session can never idle out; swap them or correct one",
                        "targets/contradictory.yaml: policy.warningLeadTime (20:00) must be shorter than idleTimeout (15:00): the warning would show before any idle time has passed",
                        "targets/contradictory.yaml: policy.tokens access (5:00) outlives refresh (1:00): an access token is renewed with the refresh token, so it cannot live longer"));
    }

    @Test
    public void everyBundledProfileLoads() {
        Map<String, String> env = new java.util.HashMap<>();
        for (String variable : List.of("REFERENCE_SITE_PASSWORD", "THIRD_PARTY_PASSWORD")) {
            env.put(variable, "x");
        }
        TargetProfiles profiles = new TargetProfiles(ProjectHome.path(), env);
        assertThat(profiles.available()).contains("reference", "tomcat-examples", "django-admin", "node-red");
        // Drafts (targets/*.draft.yaml) are a person's local work, git-ignored: not bundled.
        for (String name : profiles.available().stream().filter(name -> !name.endsWith(".draft")).toList()) {
            assertThat(profiles.load(name).name()).as(name).isNotBlank();
        }
    }

    @Test
    public void aKeyGivenTwiceIsNamedWithItsLine() {
        assertThatLoading("twice", STAGING.replace("tolerance: 30s", "tolerance: 30s\n  idleTimeout: 20m"))
                .hasMessageStartingWith("targets/twice.yaml: malformed YAML")
                .hasMessageContaining("duplicate key idleTimeout")
                .hasMessageContaining("line 19");
    }

    @Test
    public void anUnquotedClockTimeIsReadAsMinutesAndSeconds() {
        TargetProfile clock = loaded("clock", STAGING.replace("idleTimeout: 15m", "idleTimeout: 15:00"));
        assertThat(clock.policy().idleTimeout()).hasValue(Duration.ofMinutes(15));
    }

    /** {@code yaml} written as targets/NAME.yaml in a home of its own and loaded, with the staging account's password set. */
    private static TargetProfile loaded(String name, String yaml) {
        try (TempHome home = new TempHome()) {
            home.write("targets/" + name + ".yaml", yaml);
            return new TargetProfiles(home.path(), Map.of("STAGING_QA1_PASSWORD", "x")).load(name);
        }
    }

    /** What loading {@code yaml} as {@link #loaded} does threw (an assertion failure when it loads). */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertThatLoading(String name, String yaml) {
        return assertThatThrownBy(() -> loaded(name, yaml));
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
