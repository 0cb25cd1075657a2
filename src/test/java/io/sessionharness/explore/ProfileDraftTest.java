package io.sessionharness.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.testng.annotations.Test;

import io.sessionharness.site.SignInFlow;
import io.sessionharness.site.TargetProfile;
import io.sessionharness.site.TargetProfiles;
import io.sessionharness.testsupport.TempHome;

/** A draft is a profile the harness reads like any other, with every key a page cannot tell marked for a human. */
public class ProfileDraftTest {

    private static ProfileDraft nodeRedLike() {
        ProfileDraft draft = new ProfileDraft("editor", URI.create("http://127.0.0.1:1880/"), List.of("qa1", "qa2"));
        draft.signInStep(new SignInFlow.Step(Optional.of("#login-user"), Map.of("#login-user", SignInFlow.USERNAME,
                "input[name=\"pass\"]", SignInFlow.PASSWORD), Optional.of("#login-go")));
        draft.rendersWithJavaScript(true);
        draft.session(List.of(), Optional.empty(), List.of("localStorage:auth-tokens"));
        draft.protectedPage("/");
        draft.signedIn("#user-menu");
        draft.signOutStep(new SignInFlow.Step(Optional.of("#user-menu"), Map.of(), Optional.of("#user-menu")));
        draft.signOutStep(new SignInFlow.Step(Optional.of("#logout"), Map.of(), Optional.of("#logout")));
        draft.signedOut("element", "#login-user");
        draft.signedOut("text", "You are logged out \"for now\"");
        draft.needsAHuman("policy.idleTimeout", "pages do not say");
        return draft;
    }

    @Test
    public void theDraftReadsAsAProfileWithWhatItSaw() {
        String yaml = nodeRedLike().render();
        try (TempHome home = new TempHome()) {
            home.write("targets/editor.draft.yaml", yaml);
            TargetProfile profile = new TargetProfiles(home.path(), Map.of("EDITOR_QA1_PASSWORD", "pw-1", "EDITOR_QA2_PASSWORD", "pw-2")).load("editor.draft");
            assertThat(profile.sessionTokens().describe()).isEqualTo("localStorage:auth-tokens");
            assertThat(profile.sessionCookies().isEmpty()).isTrue();
            assertThat(profile.signIn().steps()).singleElement().satisfies(step ->
                    assertThat(step.fill()).containsEntry("input[name=\"pass\"]", SignInFlow.PASSWORD));
            assertThat(profile.signIn().rendersWithJavaScript()).isTrue();
            assertThat(profile.signOut().steps()).hasSize(2);
            assertThat(profile.accounts().fixed()).extracting(a -> a.username()).containsExactly("qa1", "qa2");
            assertThat(profile.policy().idleTimeout()).as("left to a human").isEmpty();
            assertThat(profile.policy().expiryShowsSignInPage()).isTrue();
        }
        assertThat(yaml).contains("# NEEDS A HUMAN: idleTimeout", "concurrentSessions: allow        # NEEDS A HUMAN",
                "{ text: \"You are logged out \\\"for now\\\"\" }", "${EDITOR_ORIGIN:-http://127.0.0.1:1880/}");
    }

    @Test
    public void aPreLoginCookieReissuedBesideTheSessionIsDeclaredAsSuch() {
        ProfileDraft draft = new ProfileDraft("sso", URI.create("http://127.0.0.1:8080/login"), List.of("qa1"));
        draft.signInStep(new SignInFlow.Step(Optional.of("#u"), Map.of("#u", SignInFlow.USERNAME, "#p", SignInFlow.PASSWORD), Optional.of("#go")));
        draft.session(List.of("APP_IDENTITY", "JSESSIONID"), Optional.of("APP_AUTH_SESSION"), List.of());
        try (TempHome home = new TempHome()) {
            home.write("targets/sso.draft.yaml", draft.render());
            TargetProfile profile = new TargetProfiles(home.path(), Map.of("SSO_QA1_PASSWORD", "pw-1")).load("sso.draft");
            assertThat(profile.sessionCookies().entries()).containsExactly("APP_IDENTITY", "JSESSIONID");
            assertThat(profile.preLoginCookie()).hasValue("APP_AUTH_SESSION");
        }
    }

    @Test
    public void whatWasNotFoundIsAPlaceholderMarkedForAHuman() {
        ProfileDraft bare = new ProfileDraft("bare", URI.create("https://staging.example.test/login"), List.of("qa1"));
        bare.signInStep(new SignInFlow.Step(Optional.of("#u"), Map.of("#u", SignInFlow.USERNAME, "#p", SignInFlow.PASSWORD), Optional.of("#go")));
        String yaml = bare.render();
        assertThat(yaml).contains("control: \"#sign-out\"   # NEEDS A HUMAN: no sign-out control was found",
                "signedIn: { element: \"#signed-in\" }   # NEEDS A HUMAN", "signedOut: { element: \"#sign-in\" }   # NEEDS A HUMAN");
        try (TempHome home = new TempHome()) {
            home.write("targets/bare.draft.yaml", yaml);
            assertThat(new TargetProfiles(home.path(), Map.of("BARE_QA1_PASSWORD", "pw-1")).load("bare.draft").signIn().page()).isEqualTo("/login");
        }
    }

    @Test
    public void eachAccountHasAPasswordVariableOfItsOwnAndSaysWhetherTheDrafterSignedInWithIt() {
        ProfileDraft draft = new ProfileDraft("staging-shop", URI.create("https://shop.example.test/login"), List.of("qa1", "qa.two@example.test", "qa3"));
        draft.signInStep(new SignInFlow.Step(Optional.of("#u"), Map.of("#u", SignInFlow.USERNAME, "#p", SignInFlow.PASSWORD), Optional.of("#go")));
        draft.account("qa1", "signed in by the drafter");
        draft.account("qa.two@example.test", "NEEDS A HUMAN: the site did not let qa.two@example.test in");
        String yaml = draft.render();
        assertThat(draft.passwordVariables()).containsExactly("STAGING_SHOP_QA1_PASSWORD (qa1)",
                "STAGING_SHOP_QA_TWO_EXAMPLE_TEST_PASSWORD (qa.two@example.test)", "STAGING_SHOP_QA3_PASSWORD (qa3)");
        assertThat(yaml).contains("{ username: \"qa1\", password: { env: STAGING_SHOP_QA1_PASSWORD } }   # signed in by the drafter",
                "password: { env: STAGING_SHOP_QA_TWO_EXAMPLE_TEST_PASSWORD } }   # NEEDS A HUMAN: the site did not let",
                "{ username: \"qa3\", password: { env: STAGING_SHOP_QA3_PASSWORD } }   # NOT CHECKED: no password was given for it"
                        + " (SEH_EXPLORE_PASSWORD_3 or SEH_EXPLORE_PASSWORD)");
        try (TempHome home = new TempHome()) {
            home.write("targets/staging-shop.draft.yaml", yaml);
            assertThat(new TargetProfiles(home.path(), Map.of("STAGING_SHOP_QA1_PASSWORD", "a", "STAGING_SHOP_QA_TWO_EXAMPLE_TEST_PASSWORD", "b",
                    "STAGING_SHOP_QA3_PASSWORD", "c")).load("staging-shop.draft").accounts().fixed()).hasSize(3);
        }
    }

    @Test
    public void whatAnIdledOutSessionShowedIsDraftedAsTheExpiredMarkerOrAsThePlainSignInPage() {
        ProfileDraft told = new ProfileDraft("told", URI.create("http://127.0.0.1:8080/login"), List.of("qa1"));
        told.signInStep(new SignInFlow.Step(Optional.of("#u"), Map.of("#u", SignInFlow.USERNAME, "#p", SignInFlow.PASSWORD), Optional.of("#go")));
        told.expired("Your session has expired. Please sign in again.", "-Dexplore.idle=" + Drafting.profileDuration(java.time.Duration.ofMinutes(15)));
        ProfileDraft plain = new ProfileDraft("plain", URI.create("http://127.0.0.1:8080/login"), List.of("qa1"));
        plain.signInStep(new SignInFlow.Step(Optional.of("#u"), Map.of("#u", SignInFlow.USERNAME, "#p", SignInFlow.PASSWORD), Optional.of("#go")));
        plain.expiryShowsSignInPage("-Dexplore.idle=8s");
        assertThat(told.render()).contains("  expired: { text: \"Your session has expired. Please sign in again.\" }   # what an idled-out session"
                + " showed (-Dexplore.idle=15m)").doesNotContain("expiryShows", "NEEDS A HUMAN: expired");
        assertThat(plain.render()).contains("expiryShows: sign-in-page        # an idled-out session was shown the plain sign-in page, no word why"
                + " (-Dexplore.idle=8s)").doesNotContain("NEEDS A HUMAN: expired", "expired: {");
        try (TempHome home = new TempHome()) {
            home.write("targets/told.draft.yaml", told.render());
            home.write("targets/plain.draft.yaml", plain.render());
            TargetProfiles profiles = new TargetProfiles(home.path(), Map.of("TOLD_QA1_PASSWORD", "a", "PLAIN_QA1_PASSWORD", "b"));
            assertThat(profiles.load("told.draft").policy().expiryShowsSignInPage()).isFalse();
            assertThat(profiles.load("told.draft").recognition().expired()).isPresent();
            assertThat(profiles.load("plain.draft").policy().expiryShowsSignInPage()).isTrue();
        }
    }

    @Test
    public void aPasswordVariableIsOneAShellCanSetAndNoTwoAccountsShareOne() {
        ProfileDraft byAddress = new ProfileDraft("127.0.0.1-8080", URI.create("http://127.0.0.1:8080/login"), List.of("qa.1", "qa-1", "qa2"));
        assertThat(byAddress.passwordVariables()).containsExactly("SITE_127_0_0_1_8080_QA_1_PASSWORD (qa.1)",
                "SITE_127_0_0_1_8080_QA_1_2_PASSWORD (qa-1)", "SITE_127_0_0_1_8080_QA2_PASSWORD (qa2)");
    }
}
