package io.sessionharness.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;

import io.sessionharness.config.ConfigException;
import io.sessionharness.testsupport.ProjectHome;
import io.sessionharness.testsupport.TempHome;

public class BrowserProfilesTest {

    private static final String MINIMAL = "engine: chromium\ndriver: {executable: chromedriver}\ninstall: apt-get install chromium\n";

    @Test
    public void everyBundledProfileLoads() {
        BrowserProfiles profiles = new BrowserProfiles(ProjectHome.path());
        assertThat(profiles.available()).contains("chromium-headless", "chrome", "edge", "firefox", "webkit", "safari", "grid");
        for (String name : profiles.available()) {
            assertThat(profiles.load(name).name()).isEqualTo(name);
        }
    }

    @Test
    public void bundledProfilesDeclareWhatTheySupport() {
        BrowserProfiles profiles = new BrowserProfiles(ProjectHome.path());
        assertThat(profiles.load("chromium-headless").supports(BrowserFeature.USER_CONTEXTS)).isTrue();
        assertThat(profiles.load("webkit").supports(BrowserFeature.BIDI)).isFalse();
        assertThat(profiles.load("webkit").needsVirtualDisplay()).isTrue();
        assertThat(profiles.load("firefox").skipWhenMissing()).isTrue();
        assertThat(profiles.load("safari").sessions()).isEqualTo(1);
        assertThat(profiles.load("grid").grid()).contains("http://127.0.0.1:4444");
    }

    @Test
    public void aProfileWithoutExtrasIsAPlainStrictOne() {
        try (TempHome home = new TempHome()) {
            home.write("drivers-config/plain.yaml", MINIMAL);
            BrowserProfile plain = new BrowserProfiles(home.path()).load("plain");
            assertThat(plain.supports()).isEmpty();
            assertThat(plain.skipWhenMissing()).isFalse();
            assertThat(plain.sessions()).isZero();
            assertThat(plain.grid()).isEmpty();
        }
    }

    @Test
    public void unknownFeatureIsNamedWithTheKnownOnes() {
        try (TempHome home = new TempHome()) {
            home.write("drivers-config/odd.yaml", MINIMAL + "supports: [bidi, time-travel]\n");
            assertThatThrownBy(() -> new BrowserProfiles(home.path()).load("odd")).isInstanceOf(ConfigException.class)
                    .hasMessage("drivers-config/odd.yaml: supports lists 'time-travel'; known: [bidi, user-contexts, block-cookies, clear-cache, clock-skew]");
        }
    }

    @Test
    public void userContextsWithoutBidiAreRejected() {
        try (TempHome home = new TempHome()) {
            home.write("drivers-config/odd.yaml", MINIMAL + "supports: [user-contexts]\n");
            assertThatThrownBy(() -> new BrowserProfiles(home.path()).load("odd")).hasMessageContaining("needs bidi");
        }
    }

    @Test
    public void whenMissingAcceptsFailOrSkipOnly() {
        try (TempHome home = new TempHome()) {
            home.write("drivers-config/odd.yaml", MINIMAL + "when-missing: ignore\n");
            assertThatThrownBy(() -> new BrowserProfiles(home.path()).load("odd"))
                    .hasMessage("drivers-config/odd.yaml: when-missing is 'ignore'; expected one of [fail, skip]");
        }
    }
}
