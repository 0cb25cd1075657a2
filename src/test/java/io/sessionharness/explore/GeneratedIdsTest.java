package io.sessionharness.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** One case per refused id shape (each a real component library's), and the ids that stay across releases. */
public class GeneratedIdsTest {

    @DataProvider
    public Object[][] generated() {
        return new Object[][] {
            {"input-48213", "a long digit run"}, {"pf-random-id-0", "random"}, {":r1:", "React's useId"}, {"radix-:r3:", "a counter in colons"},
            {"pf-dropdown-toggle-12", "PatternFly's pf-…-<digits>"}, {"react-select-3-input", "react-select"}, {"mui-7", "MUI"},
            {"mat-input-0", "Angular Material"}, {"ember12", "Ember"}, {"ui-id-3", "jQuery UI"}, {"login-a3f9c2", "a hash-like part"},
            {"headlessui-menu-button-1", "Headless UI"}, {"el_1712345678", "a time stamp"},
        };
    }

    @Test(dataProvider = "generated")
    public void idsAFrameworkMadeUpAreRefused(String id, String what) {
        assertThat(GeneratedIds.isGenerated(id)).as(what).isTrue();
    }

    @Test
    public void idsWrittenByHandStay() {
        for (String id : new String[] {"logout", "username", "id_username", "kc-logout", "signOutButton", "section-2", "user-menu", "j_password",
                "red-ui-header-button-user", "continue-sso", "dashboard"}) {
            assertThat(GeneratedIds.isGenerated(id)).as(id).isFalse();
        }
    }

    @Test
    public void thePatternIsWrittenSoTheBrowserReadsItToo() {
        // js/draft-page.js builds it with new RegExp(source, 'i'): nothing Java-only in it.
        assertThat(GeneratedIds.SOURCE).doesNotContain("(?<", "++", "*+", "?+", "(?i)", "\\p{");
    }
}
