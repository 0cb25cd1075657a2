package io.sessionharness.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.testng.annotations.Test;

import io.sessionharness.config.ConfigException;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.testsupport.ProjectHome;
import io.sessionharness.testsupport.Sources;
import io.sessionharness.testsupport.TempHome;

public class BrowserResolverTest {

    private static final DriverDownloader OFFLINE = (profile, binary, failure) -> {
        failure.append("UnknownHostException: googlechromelabs.github.io");
        return Optional.empty();
    };

    private static BrowserProfile profile(List<String> binaries, List<String> drivers) {
        return new BrowserProfile("test", "", "chromium", binaries, "chromedriver", drivers, true, java.util.Set.of(), List.of(), Map.of(),
                "sudo apt-get install -y chromium chromium-driver", "fail", 0, "own", Optional.empty(), List.of(), false);
    }

    private static HarnessConfig config(Sources sources) {
        return HarnessConfig.resolve(sources.build());
    }

    @Test
    public void systemDriverIsUsedBeforeWebDriverManager() {
        try (TempHome home = new TempHome()) {
            Path browser = home.executable("bin/chromium");
            Path driver = home.executable("bin/chromedriver");
            BrowserResolver resolver = new BrowserResolver(List.of(home.path().resolve("bin")), OFFLINE);
            ResolvedBrowser resolved = resolver.resolve(profile(List.of("chromium"), List.of()), config(Sources.of(home.path())));
            assertThat(resolved.binary()).isEqualTo(browser);
            assertThat(resolved.driver()).isEqualTo(driver);
            assertThat(resolved.driverSource()).isEqualTo("system");
        }
    }

    @Test
    public void explicitDriverPathWinsAndMustExist() {
        try (TempHome home = new TempHome()) {
            home.executable("bin/chromium");
            home.executable("bin/chromedriver");
            Path mine = home.executable("mine/chromedriver");
            BrowserResolver resolver = new BrowserResolver(List.of(home.path().resolve("bin")), OFFLINE);
            BrowserProfile profile = profile(List.of("chromium"), List.of());
            assertThat(resolver.resolve(profile, config(Sources.of(home.path()).property("driver.path", mine.toString()))).driver()).isEqualTo(mine);
            assertThatThrownBy(() -> resolver.resolve(profile, config(Sources.of(home.path()).property("driver.path", "/nowhere/chromedriver"))))
                    .isInstanceOf(ConfigException.class).hasMessage("driver.path = /nowhere/chromedriver: no executable file there");
        }
    }

    @Test
    public void webDriverManagerIsTheLastResort() {
        try (TempHome home = new TempHome()) {
            home.executable("bin/chromium");
            Path downloaded = home.executable("cache/chromedriver");
            BrowserResolver resolver = new BrowserResolver(List.of(home.path().resolve("bin")), (p, b, f) -> Optional.of(downloaded));
            ResolvedBrowser resolved = resolver.resolve(profile(List.of("chromium"), List.of()), config(Sources.of(home.path())));
            assertThat(resolved.driver()).isEqualTo(downloaded);
            assertThat(resolved.driverSource()).isEqualTo("WebDriverManager");
        }
    }

    @Test
    public void missingDriverNamesWhatToInstall() {
        try (TempHome home = new TempHome()) {
            home.executable("bin/chromium");
            BrowserResolver resolver = new BrowserResolver(List.of(home.path().resolve("bin")), OFFLINE);
            assertThatThrownBy(() -> resolver.resolve(profile(List.of("chromium"), List.of()), config(Sources.of(home.path()))))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("Browser profile 'test' needs chromedriver, which is not installed (WebDriverManager: "
                            + "UnknownHostException: googlechromelabs.github.io): sudo apt-get install -y chromium chromium-driver"
                            + " — or set -Ddriver.path=/path/to/chromedriver");
        }
    }

    @Test
    public void missingBrowserNamesWhatToInstall() {
        try (TempHome home = new TempHome()) {
            BrowserResolver resolver = new BrowserResolver(List.of(home.path()), OFFLINE);
            assertThatThrownBy(() -> resolver.resolve(profile(List.of("/nowhere/chromium", "chromium"), List.of()), config(Sources.of(home.path()))))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("Browser profile 'test' needs its browser, which is not installed (looked for /nowhere/chromium, chromium)")
                    .hasMessageContaining("sudo apt-get install -y chromium chromium-driver");
        }
    }

    @Test
    public void bundledProfilesLoadAndUnknownOnesListTheChoices() {
        BrowserProfiles profiles = new BrowserProfiles(ProjectHome.path());
        assertThat(profiles.available()).contains("chromium-headless", "chrome");
        assertThat(profiles.load("chromium-headless").arguments()).contains("--headless=new", "--no-sandbox");
    }

    /** A staging site reached by name, and its identity provider on yet another host, must resolve in the browser. */
    @Test
    public void onlyTheEmbeddedSiteGetsTheLoopbackOnlyHostRule() {
        BrowserProfiles profiles = new BrowserProfiles(ProjectHome.path());
        for (String name : List.of("chromium-headless", "grid")) {
            BrowserProfile profile = profiles.load(name);
            assertThat(profile.forTarget(false, false).arguments()).as(name + " against a real site").noneMatch(a -> a.startsWith("--host-resolver-rules"));
            assertThat(profile.forTarget(true, false).arguments()).as(name + " against the embedded site")
                    .contains("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.* , EXCLUDE localhost");
        }
    }

    @Test
    public void unknownProfilesListTheChoices() {
        BrowserProfiles profiles = new BrowserProfiles(ProjectHome.path());
        assertThatThrownBy(() -> profiles.load("netscape"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Unknown browser profile 'netscape': choose one of [chrome, chromium-headless");
    }
}
