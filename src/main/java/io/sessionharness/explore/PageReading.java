package io.sessionharness.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.openqa.selenium.Cookie;

import io.sessionharness.browser.PageDriver;
import io.sessionharness.browser.PageScripts;
import io.sessionharness.scenario.PageSummary;
import io.sessionharness.site.PageState;
import io.sessionharness.site.Recognition;

/**
 * What one moment of the profile explorer showed: where the browser was, which of the profile's markers the page
 * matched and the state they make, what the page was (title, headings, landmark and form ids, messages), selectors a
 * profile could use, and the names (never the values) of the cookies the browser held.
 */
public record PageReading(String moment, Set<PageState> expected, boolean siteUnderTest, String url, Set<PageState> matched, Optional<PageState> state,
        String matchedMarkers, String competingMarkers, String summary, List<String> candidates, Set<String> cookieNames, Optional<String> note,
        Optional<String> siteVerdict) {

    private static final String CANDIDATES = PageScripts.load("candidate-selectors.js");

    public PageReading {
        expected = Set.copyOf(expected);
        matched = Set.copyOf(matched);
        candidates = List.copyOf(candidates);
        cookieNames = Set.copyOf(cookieNames);
    }

    /**
     * Reads the page {@code driver} shows now; {@code note} says what went wrong on the way there, if anything did, and
     * {@code siteVerdict} what the harness already held against the site there (a moment whose outcome is the site's
     * behaviour under test, e.g. a sign-in that could not go on with cookies blocked).
     */
    public static PageReading of(String moment, Set<PageState> expected, boolean siteUnderTest, PageDriver driver, Recognition recognition, String baseUrl,
            Optional<String> note, Optional<String> siteVerdict) {
        String url = String.valueOf(driver.url());
        io.sessionharness.site.PageSnapshot page = io.sessionharness.browser.PageReader.snapshot(driver, recognition.selectors());
        Set<PageState> matched = recognition.matching(page);
        Optional<PageState> state = matched.isEmpty() && Recognition.leftTheSite(url) ? Optional.of(PageState.LEFT_SITE) : recognition.stateOf(page);
        List<String> candidates = Optional.ofNullable(driver.script(CANDIDATES)).map(Object::toString)
                .map(text -> text.lines().filter(l -> !l.isBlank()).toList()).orElse(List.of());
        Set<String> cookies = driver.cookies().stream().map(Cookie::getName).collect(Collectors.toCollection(TreeSet::new));
        return new PageReading(moment, expected, siteUnderTest, url.startsWith(baseUrl) ? "/" + url.substring(baseUrl.length()) : url, matched, state,
                recognition.describe(matched), recognition.describe(Recognition.competing(matched)), PageSummary.of(driver).orElse("(the page could not be read)"), candidates, cookies, note,
                siteVerdict);
    }

    /** Each problem this moment shows with the profile, one line each (empty: the profile describes this page). */
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        if (siteVerdict.isPresent()) {   // the page is what the site did under test, already judged: nothing to hold against the profile
            return findings;
        }
        boolean ambiguous = state.filter(s -> s == PageState.AMBIGUOUS).isPresent();
        if (!ambiguous) {   // an ambiguous page stopped the way here: the finding below says it once
            note.ifPresent(text -> findings.add(moment + ": " + text));
        }
        if (ambiguous) {
            findings.add(moment + ": the page at " + url + " matches the markers of " + competingMarkers + " — make one of them narrower");
        } else if (matched.isEmpty() && state.isEmpty()) {
            findings.add(moment + ": the page at " + url + " matches no marker (expected " + keys(expected) + "); "
                    + oneLine(summary) + (candidates.isEmpty() ? "" : "; candidate selectors: " + String.join(", ", candidates)));
        } else if (unexpectedState() && !siteUnderTest) {
            findings.add(moment + ": expected " + keys(expected) + ", but the markers make it " + describe(state.get()) + " (" + matchedMarkers
                    + ") at " + url);
        }
        return findings;
    }

    /**
     * What this moment shows about the site rather than the profile: a moment whose outcome is the site's behaviour
     * under test (Back after sign-out, an idled-out session, cookies blocked) ending in another recognised state than
     * it should. Listed, never held against the profile; the scenarios give the verdict.
     */
    public Optional<String> siteObservation() {
        if (siteVerdict.isPresent()) {
            return Optional.of(moment + ": " + siteVerdict.get());
        }
        return unexpectedState() && siteUnderTest && !state.get().equals(PageState.AMBIGUOUS)
                ? Optional.of(moment + ": the site showed " + describe(state.get()) + " (" + matchedMarkers + ") at " + url + " where "
                        + keys(expected) + " was expected — the profile recognised the page; whether the site is at fault is the scenarios' verdict")
                : Optional.empty();
    }

    private boolean unexpectedState() {
        return state.isPresent() && !expected.isEmpty() && !expected.contains(state.get());
    }

    /** The moment as a QA engineer reads it: one block of lines. */
    public String render() {
        return "== " + moment + (expected.isEmpty() ? "" : " (expected: " + keys(expected) + ")") + "\n"
                + "url: " + url + "\n"
                + "markers matched: " + (matched.isEmpty() ? "none" : matchedMarkers) + " → " + state.map(PageReading::describe).orElse("no state") + "\n"
                + note.map(text -> "note: " + text + "\n").orElse("")
                + siteVerdict.map(text -> "about the site: " + text + "\n").orElse("")
                + summary + "\n"
                + "candidate selectors: " + (candidates.isEmpty() ? "(none)" : String.join(", ", candidates)) + "\n"
                + "cookies held (names only): " + (cookieNames.isEmpty() ? "(none)" : String.join(", ", cookieNames));
    }

    private static String describe(PageState state) {
        return state.key().isEmpty() ? state.description() : state.key();
    }

    static String keys(Set<PageState> states) {
        return states.stream().sorted().map(PageReading::describe).collect(Collectors.joining(" or "));
    }

    private static String oneLine(String text) {
        return text.replace("\n", "; ");
    }
}
