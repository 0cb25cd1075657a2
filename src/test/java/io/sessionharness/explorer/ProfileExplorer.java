package io.sessionharness.explorer;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.Map;

import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.config.Durations;
import io.sessionharness.explore.CookieProbe;
import io.sessionharness.explore.Exploration;
import io.sessionharness.explore.SessionRule;
import io.sessionharness.scenario.Person;
import io.sessionharness.scenario.ProfileMismatchException;
import io.sessionharness.scenario.SignInFailedException;
import io.sessionharness.site.PageState;
import io.sessionharness.site.TargetProfile;
import io.sessionharness.testng.ExpectedWait;
import io.sessionharness.testng.ScenarioTest;

/**
 * The profile explorer (suites/explore.xml, {@code ./run-suite -Dsuite=explore -Dtarget=NAME}): walks through the
 * moments a profile must describe — the sign-in page, signed in, each protected page, signed out, Back, an idled-out
 * session (declared idle timeout up to 5 minutes), a sign-in with cookies blocked — and for each prints and attaches the
 * URL, what the page was, the markers it matched and selectors a profile could use. Every page the profile does not
 * describe, or describes twice, is a finding; any finding makes the run broken ("Profile or site?"), each one line.
 * The last three moments are the site's behaviour under test: a recognised page in another state there (Tomcat signs
 * in a browser that blocks cookies, through ;jsessionid= in the URL) is listed as about the site, not the profile.
 */
@Epic("Session expiry")
@Feature("Profile explorer")
public class ProfileExplorer extends ScenarioTest {

    /** Longer than this, an idle period is not worth waiting for while writing a profile: measure mode does it. */
    private static final Duration LONGEST_IDLE = Duration.ofMinutes(5);

    private static final Set<PageState> NOT_SIGNED_IN = EnumSet.of(PageState.SIGNED_OUT, PageState.EXPIRED);

    @Test(description = "Explore the target: what each moment of a session shows, and which of the profile's markers describe it")
    @ExpectedWait(idleTimeouts = 1)
    public void exploreTheTarget() {
        TargetProfile profile = profile();
        Exploration exploration = new Exploration(profile, cast().site().baseUrl().toString(), harness().plan().config().waitTimeout());
        Person alice = cast().person("alice");

        moment(exploration, "the sign-in page, before signing in", EnumSet.of(PageState.SIGNED_OUT), false, alice, () -> alice.open(profile.signIn().page()));
        exploration.signInPageShown(alice.browser().driver());
        Map<String, String> before = alice.session().digests();
        boolean signedIn = moment(exploration, "signed in", EnumSet.of(PageState.SIGNED_IN), false, alice, alice::signIn);
        exploration.sessionAtSignIn(before, alice.session().digests(), signedIn
                ? new CookieProbe("the explorer", alice.browser().driver(), cast().site().baseUrl().resolve(profile.firstProtectedPage()).toString(),
                        () -> alice.openProtectedPage().signedIn(), () -> signInAgainAfterAProbe(exploration, alice))
                : SessionRule.Probe.UNTRIED);
        if (signedIn) {
            profile.protectedPages().forEach(page ->
                    moment(exploration, "the protected page " + page, EnumSet.of(PageState.SIGNED_IN), false, alice, () -> alice.open(page)));
            signedInAgainIfItEnded(exploration, alice);
            moment(exploration, "signed out", EnumSet.of(PageState.SIGNED_OUT), false, alice, alice::signOut);
            moment(exploration, "Back after signing out", EnumSet.of(PageState.SIGNED_OUT, PageState.EXPIRED, PageState.LEFT_SITE), true, alice, alice::goBack);
        } else {
            exploration.note("the signed-in moments were left out: the sign-in did not get through");
        }

        Optional<Duration> idle = policy().idleTimeout().filter(timeout -> timeout.compareTo(LONGEST_IDLE) <= 0);
        if (signedIn && idle.isPresent()) {
            alice.signIn();
            alice.stayIdle(idle.get().plus(policy().tolerance()));
            moment(exploration, "a protected page after " + Durations.format(idle.get().plus(policy().tolerance())) + " idle",
                    EnumSet.of(policy().expiryShowsSignInPage() ? PageState.SIGNED_OUT : PageState.EXPIRED), true, alice, alice::openProtectedPage);
            exploration.idledOut(alice.browser().driver(), policy().expiryShowsSignInPage());
        } else {
            exploration.note("the idled-out session was left out: " + (signedIn ? policy().idleTimeout()
                    .map(t -> "the declared idle timeout " + Durations.format(t) + " is over " + Durations.format(LONGEST_IDLE) + " (measure mode finds it)")
                    .orElse("the profile declares no idle timeout") : "the sign-in did not get through"));
        }

        // Alice's own account on a second device, so that a profile listing one account explores every moment (alice is
        // signed out or idled out by now: a site refusing a second login has nothing to refuse).
        Person carol = cast().secondDevice(alice, "carol", BrowserSetup.PLAIN.withCookies(BrowserSetup.Cookies.NONE));
        moment(exploration, "signing in with cookies blocked", profile.recognition().cookiesRequired().isPresent()
                ? EnumSet.of(PageState.COOKIES_REQUIRED) : EnumSet.of(PageState.SIGNED_OUT, PageState.ERROR), true, carol, carol::signIn);
        exploration.finish();
    }

    /**
     * Runs the way to one moment and reads the page it ends on. What the profile cannot describe on the way (a sign-in
     * that does not get through, an ambiguous page) is noted in the moment and read anyway; infrastructure failures end
     * the exploration as broken. True when the way got through.
     */
    private static boolean moment(Exploration exploration, String moment, Set<PageState> expected, boolean siteUnderTest, Person person,
            Runnable way) {
        Optional<String> note = Optional.empty();
        Optional<String> siteVerdict = Optional.empty();
        try {
            way.run();
        } catch (SignInFailedException | ProfileMismatchException e) {
            note = Optional.of(e.getMessage());
        } catch (AssertionError e) {
            if (!siteUnderTest) {
                throw e;
            }
            // The site's behaviour under test, judged already (the scenarios give the verdict): not the profile's.
            siteVerdict = Optional.of(e.getMessage());
        }
        exploration.read(moment, expected, siteUnderTest, person.browser().page(), note, siteVerdict);
        return note.isEmpty() && siteVerdict.isEmpty();
    }

    /** Signed in again after a cookie was taken away; a sign-in the site then refuses is noted, and the moments go on. */
    private static void signInAgainAfterAProbe(Exploration exploration, Person person) {
        try {
            person.signIn();
        } catch (SignInFailedException | ProfileMismatchException e) {
            exploration.note("signing in again after a cookie was taken away did not get through: " + e.getMessage());
        }
    }

    /**
     * A page that no marker describes is waited on for wait.timeout: on a site with a short idle timeout the session
     * may have ended meanwhile, and sign-out must start from a signed-in page to show what sign-out shows.
     */
    private static void signedInAgainIfItEnded(Exploration exploration, Person person) {
        try {
            if (person.openProtectedPage().signedIn()) {
                return;
            }
        } catch (ProfileMismatchException e) {
            // the protected page is itself a finding already; sign in again to go on
        }
        exploration.note("signed in again before signing out: the session had ended by itself while pages were read");
        person.signIn();
    }
}
