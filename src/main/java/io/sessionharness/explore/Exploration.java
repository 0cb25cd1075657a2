package io.sessionharness.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.sessionharness.report.Report;
import io.sessionharness.site.PageState;
import io.sessionharness.site.TargetProfile;

/**
 * One run of the profile explorer: the moments read in turn, each printed and attached as it is read, then every
 * finding — a page no marker describes, a page two markers describe, a state other than the one the moment should
 * show, session cookies the profile names but the site never set — one line each. No finding: the profile describes
 * the site at every moment the explorer reached. Where a moment's outcome is the site's behaviour under test, another
 * recognised state is an observation about the site, listed but no finding.
 */
public final class Exploration {

    private static final Logger LOG = LoggerFactory.getLogger(Exploration.class);

    private final TargetProfile profile;
    private final String baseUrl;
    private final List<PageReading> readings = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> observations = new ArrayList<>();

    private final java.time.Duration settleTimeout;
    private Optional<DraftPage> plainSignInPage = Optional.empty();

    /** {@code settleTimeout}: how long a page may take to settle before it is read as it is (wait.timeout). */
    public Exploration(TargetProfile profile, String baseUrl, java.time.Duration settleTimeout) {
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.settleTimeout = settleTimeout;
    }

    /** Reads what {@code driver} shows now as the moment {@code moment}, which should show one of {@code expected}. */
    public PageReading read(String moment, Set<PageState> expected, boolean siteUnderTest, io.sessionharness.browser.PageDriver driver, Optional<String> note,
            Optional<String> siteVerdict) {
        Optional<String> unsettled = io.sessionharness.browser.PageSettling.await(driver::script, settleTimeout);
        PageReading reading = PageReading.of((readings.size() + 1) + ". " + moment, expected, siteUnderTest, driver, profile.recognition(), baseUrl,
                note, siteVerdict);
        unsettled.ifPresent(why -> note(reading.moment() + ": the page " + why));
        readings.add(reading);
        findings.addAll(reading.findings());
        reading.siteObservation().ifPresent(observations::add);
        LOG.info("profile explorer\n{}", reading.render());
        Report.text("explore: " + reading.moment(), reading.render());
        return reading;
    }

    /**
     * The cookies and stored items ({@code localStorage:KEY}) that are new or changed at sign-in, against what
     * {@code site.sessionCookie(s)}, {@code site.preLoginCookie} and {@code site.sessionTokens} name — by the drafter's
     * rule ({@link SessionRule}, each changed cookie tried with {@code probe}): a profile whose names match nothing the
     * signed-in browser holds, that leaves out a cookie the signed-in page does not work without, or that calls such a
     * cookie the pre-login one, cannot replay, plant or fingerprint the session. {@code before} and {@code after} map
     * each name to a digest of its value (compared here, never shown).
     */
    public void sessionAtSignIn(Map<String, String> before, Map<String, String> after, SessionRule.Probe probe) {
        Set<String> changed = SessionRule.changed(before, after);
        Set<String> cookies = new TreeSet<>(after.keySet().stream().filter(name -> !SessionRule.isStored(name)).toList());
        Set<String> stored = new TreeSet<>(after.keySet().stream().filter(SessionRule::isStored).toList());
        Set<String> named = new TreeSet<>(cookies.stream().filter(profile.sessionCookies()::matches).toList());
        List<String> declaredTokens = profile.sessionTokens().keys().stream().map(Object::toString).toList();
        List<String> missingTokens = declaredTokens.stream().filter(key -> !stored.contains(key)).toList();
        SessionRule.Found found = SessionRule.decide(before, after, probe);
        note("cookies and stored items new or changed at sign-in (names only): " + (changed.isEmpty() ? "(none)" : String.join(", ", changed))
                + "; the profile's session cookies " + profile.sessionCookies().describe() + " match: " + (named.isEmpty() ? "none" : String.join(", ", named))
                + (declaredTokens.isEmpty() ? "" : "; its stored tokens " + profile.sessionTokens().describe() + " present: "
                        + (missingTokens.size() == declaredTokens.size() ? "none" : String.join(", ", declaredTokens.stream().filter(stored::contains).toList())))
                + (found.how().isEmpty() ? "" : "; tried one by one: " + String.join("; ", found.how())));
        if (!profile.sessionCookies().isEmpty() && named.isEmpty()) {
            findings.add("sign-in: site.sessionCookie(s) " + profile.sessionCookies().describe() + " match none of the cookies the signed-in browser holds ("
                    + (cookies.isEmpty() ? "none" : String.join(", ", cookies)) + ")"
                    + (changed.isEmpty() ? "" : "; new or changed at sign-in: " + String.join(", ", changed)));
        }
        List<String> leftOut = found.needed().stream().filter(name -> !profile.sessionCookies().matches(name)).toList();
        if (!named.isEmpty() && !leftOut.isEmpty()) {
            findings.add("sign-in: without the cookie " + String.join(" or ", leftOut) + " the signed-in page asks to sign in again, but site.sessionCookie(s) "
                    + profile.sessionCookies().describe() + " leave" + (profile.sessionCookies().entries().size() == 1 ? "s" : "") + " it out: declare "
                    + "sessionCookies: [" + String.join(", ", new TreeSet<>(java.util.stream.Stream.concat(named.stream(), leftOut.stream()).toList())) + "]");
        }
        profile.preLoginCookie().filter(found.needed()::contains).ifPresent(name -> findings.add("sign-in: site.preLoginCookie " + name
                + " is part of the session (without it the signed-in page asks to sign in again): list it in site.sessionCookies"));
        if (!missingTokens.isEmpty()) {
            findings.add("sign-in: site.sessionTokens " + String.join(", ", missingTokens) + " " + (missingTokens.size() == 1 ? "is" : "are")
                    + " not in the signed-in page's storage (it holds: " + (stored.isEmpty() ? "nothing" : String.join(", ", stored)) + ")"
                    + (changed.isEmpty() ? "" : "; new or changed at sign-in: " + String.join(", ", changed)));
        }
    }

    /** The plain sign-in page as a visitor who was never signed in sees it: what an ended session's page is compared with. */
    public void signInPageShown(org.openqa.selenium.WebDriver driver) {
        plainSignInPage = Optional.of(DraftPage.of(driver));
    }

    /**
     * The page an idled-out session showed ({@code driver} shows it): where the profile says it is the plain sign-in page
     * (policy.expiryShows: sign-in-page) but it says why of its own ("Your session has expired"), the profile misses the
     * site's expiry page — and the scenarios would call a clear site unclear.
     */
    public void idledOut(org.openqa.selenium.WebDriver driver, boolean expiryShowsSignInPage) {
        if (!expiryShowsSignInPage || plainSignInPage.isEmpty()) {
            return;
        }
        OwnMessage.sessionEnded(DraftPage.of(driver), plainSignInPage.stream().toList()).ifPresent(message -> findings.add("idle: the site tells why"
                + " the session ended (\"" + message + "\") while policy.expiryShows says it shows the plain sign-in page: declare recognise.expired"
                + " { text: " + io.sessionharness.site.TargetProfiles.quoted(message) + " } and drop policy.expiryShows"));
    }

    /** A line for the summary that is not a finding (a moment left out, and why). */
    public void note(String line) {
        notes.add(line);
        LOG.info("profile explorer: {} [targets/{}.yaml]", line, profile.name());
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    /** Attaches the whole exploration; any finding makes the run broken under "Profile or site?", each named. */
    public void finish() {
        StringBuilder all = new StringBuilder("Profile explorer: targets/" + profile.name() + ".yaml, " + readings.size() + " moment(s)\n");
        readings.forEach(reading -> all.append('\n').append(reading.render()).append('\n'));
        notes.forEach(line -> all.append("\nnote: ").append(line));
        observations.forEach(line -> all.append("\nabout the site: ").append(line));
        // Each line names the profile: in a run over several targets (-Dtarget=a,b) the suites' lines interleave.
        String whose = " [targets/" + profile.name() + ".yaml]";
        observations.forEach(line -> LOG.info("profile explorer, about the site: {}{}", line, whose));
        all.append("\n\n").append(findings.isEmpty() ? "findings: none — the profile describes every page the explorer reached"
                : "findings (" + findings.size() + "):\n- " + String.join("\n- ", findings));
        Report.text("profile explorer: every moment and the findings", all.toString());
        LOG.info("profile explorer: {}", findings.isEmpty() ? "no findings" + whose
                : findings.size() + " finding(s)" + whose + ":\n- " + String.join("\n- ", findings));
        if (!findings.isEmpty()) {
            throw new ExplorerFindingsException(profile.name(), findings);
        }
    }
}
