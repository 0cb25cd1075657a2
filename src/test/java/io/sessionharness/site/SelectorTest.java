package io.sessionharness.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;

import io.sessionharness.config.ConfigException;
import io.sessionharness.config.ProfileNode;

/** The three forms a profile names an element in, and one line for each way of writing them wrong. */
public class SelectorTest {

    @Test
    public void cssRoleAndTextFormsAreReadAndWrittenBack() {
        ProfileNode node = ProfileNode.parse("""
                a: "#logout"
                b: {role: button, name: "Sign \\"out\\""}
                c: {text: "Do you want to log out?"}
                """, "t.yaml");
        String css = Selector.read(node, "a").orElseThrow();
        String role = Selector.read(node, "b").orElseThrow();
        String text = Selector.read(node, "c").orElseThrow();
        assertThat(css).isEqualTo("#logout");
        assertThat(Selector.isCss(css)).isTrue();
        assertThat(Selector.roleOf(role)).contains(new Selector.Role("button", "Sign \"out\""));
        assertThat(Selector.isCss(role)).isFalse();
        assertThat(Selector.textOf(text)).contains("Do you want to log out?");
        assertThat(Selector.yaml(role)).isEqualTo("{ role: button, name: \"Sign \\\"out\\\"\" }");
        assertThat(Selector.yaml(text)).isEqualTo("{ text: \"Do you want to log out?\" }");
        assertThat(Selector.yaml(css)).isEqualTo("\"#logout\"");
        assertThat(Selector.read(ProfileNode.parse("x: 1", "t.yaml"), "missing")).isEmpty();
    }

    @Test
    public void aRoleWebDriverDoesNotKnowAnEmptyNameAndAOneCharacterTextAreOneLineEach() {
        assertThatThrownBy(() -> Selector.read(ProfileNode.parse("click: {role: knob, name: Go}", "t.yaml"), "click"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: click.role 'knob' is not a role WebDriver computes");
        assertThatThrownBy(() -> Selector.read(ProfileNode.parse("click: {role: button, name: \"  \"}", "t.yaml"), "click"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: click.name is required with role and cannot be empty");
        assertThatThrownBy(() -> Selector.read(ProfileNode.parse("click: {role: button}", "t.yaml"), "click"))
                .hasMessageStartingWith("t.yaml: click.name is required with role");
        assertThatThrownBy(() -> Selector.read(ProfileNode.parse("waitFor: {text: x}", "t.yaml"), "waitFor"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("t.yaml: waitFor.text is too short to find an element by");
        assertThatThrownBy(() -> Selector.read(ProfileNode.parse("waitFor: {text: Hello, role: button, name: Go}", "t.yaml"), "waitFor"))
                .hasMessage("t.yaml: waitFor needs either {role, name} or {text}");
        for (String message : new String[] {"t.yaml: click.role", "t.yaml: click.name", "t.yaml: waitFor.text"}) {
            assertThat(message).doesNotContain("\n");
        }
    }

    @Test
    public void theSignOutStepsAndMarkersTakeTheNewForms() {
        ProfileNode signOut = ProfileNode.parse("""
                steps:
                  - click: {role: menuitem, name: "Sign out"}
                  - waitFor: {text: "Do you want to log out?"}
                    click: {role: button, name: "Yes, log out"}
                """, "t.yaml");
        var steps = SignInFlow.oneControlOrSteps(signOut, "control", "the sign-out control");
        assertThat(steps.get(0).click()).contains(Selector.role("menuitem", "Sign out"));
        assertThat(steps.get(1).waitFor()).contains(Selector.text("Do you want to log out?"));
        Marker marker = Marker.read(ProfileNode.parse("signedIn: {element: {role: button, name: \"Sign out\"}}", "t.yaml"), "signedIn").orElseThrow();
        assertThat(marker.selectors()).containsExactly(Selector.role("button", "Sign out"));
        assertThat(marker.matches(new PageSnapshot("http://x/", "", java.util.Set.of(Selector.role("button", "Sign out")), java.util.Optional.empty()))).isTrue();
    }
}
