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
        draft.session(List.of(), List.of("localStorage:auth-tokens"));
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
            TargetProfile profile = new TargetProfiles(home.path(), Map.of("SEH_EXPLORE_PASSWORD", "pw-1")).load("editor.draft");
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
    public void whatWasNotFoundIsAPlaceholderMarkedForAHuman() {
        ProfileDraft bare = new ProfileDraft("bare", URI.create("https://staging.example.test/login"), List.of("qa1"));
        bare.signInStep(new SignInFlow.Step(Optional.of("#u"), Map.of("#u", SignInFlow.USERNAME, "#p", SignInFlow.PASSWORD), Optional.of("#go")));
        String yaml = bare.render();
        assertThat(yaml).contains("control: \"#sign-out\"   # NEEDS A HUMAN: no sign-out control was found",
                "signedIn: { element: \"#signed-in\" }   # NEEDS A HUMAN", "signedOut: { element: \"#sign-in\" }   # NEEDS A HUMAN");
        try (TempHome home = new TempHome()) {
            home.write("targets/bare.draft.yaml", yaml);
            assertThat(new TargetProfiles(home.path(), Map.of("SEH_EXPLORE_PASSWORD", "pw-1")).load("bare.draft").signIn().page()).isEqualTo("/login");
        }
    }
}
