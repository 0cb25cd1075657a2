package io.sessionharness.explore;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

import io.sessionharness.browser.PageScripts;
import io.sessionharness.config.Secret;
import io.sessionharness.report.Redactor;
import io.sessionharness.report.Report;
import io.sessionharness.scenario.PageSummary;
import io.sessionharness.site.Account;
import io.sessionharness.site.SignInFlow;

/**
 * The draft suite's walk through a site it knows only by a start URL and an account: finds the way to sign in (a link
 * to the sign-in, an identity provider's identifier step, the form itself), signs in, sees which cookies and stored
 * tokens appeared, finds the sign-out (shown, or behind a menu, with a confirmation page), signs out, and notes what
 * marks each page — into a {@link ProfileDraft}. Every value stays a secret: digests and names only.
 */
public final class Drafting {

    private static final String STORAGE = PageScripts.load("storage-items.js");
    private static final Pattern SESSION_LIKE = Pattern.compile("(?i)sess|sid|auth|token|ident|login|remember");
    private static final Pattern TOKEN_LIKE = Pattern.compile("[A-Za-z0-9+/=_.\\-]{16,}|(?i)\"[a-z_]*token\"\\s*:");
    private static final int MOST_STEPS = 4;

    private final WebDriver driver;
    private final Account account;
    private final Duration wait;
    private final Supplier<SortedMap<String, String>> digests;
    private final ProfileDraft draft;

    /** {@code digests}: every cookie and stored item the browser holds for the site, by name, with a digest of its value. */
    public Drafting(WebDriver driver, Account account, Duration wait, Supplier<SortedMap<String, String>> digests, ProfileDraft draft) {
        this.driver = driver;
        this.account = account;
        this.wait = wait;
        this.digests = digests;
        this.draft = draft;
    }

    /** Walks the site and fills the draft; a site it cannot read is {@link DraftFailedException}, saying what the page was. */
    public ProfileDraft walk(URI start) {
        Report.step("open " + Redactor.mask(start.toString()), () -> {
            driver.get(start.toString());
            return null;
        });
        SortedMap<String, String> before = digests.get();
        Map<String, String> storedBefore = storedValues();
        DraftPage signInPage = settled();
        signIn();
        draft.rendersWithJavaScript(!draft.firstSelector().map(selector -> inRawHtml(start, selector)).orElse(true));
        sessionAppeared(before, storedBefore);
        draft.protectedPage(draft.pathOf(driver.getCurrentUrl()));
        signInPage.firstField().ifPresent(field -> draft.signedOut("element", field));
        signOut();
        draft.needsAHuman("policy.idleTimeout", "how long the site lets a session sit unused: pages do not say (declare it, or measure it)");
        draft.needsAHuman("policy.absoluteTimeout", "the longest a session may live whatever the activity: pages do not say");
        draft.needsAHuman("policy.concurrentSessions", "allow, newest-wins or reject-new: the rule the site means to follow");
        draft.needsAHuman("recognise.expired / policy.expiryShows", "whether the site has a page of its own for an ended session");
        return draft;
    }

    /**
     * True when the start page's HTML as the server sends it (no scripts run) has {@code selector}: the preflight can
     * then check the sign-in form before any browser starts. Asked the way a browser asks (HTTP/1.1, no cookies).
     */
    private static boolean inRawHtml(URI start, String selector) {
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(start).timeout(Duration.ofSeconds(10)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return !org.jsoup.Jsoup.parse(page.body(), page.uri().toString()).select(selector).isEmpty();
        } catch (java.io.IOException | org.jsoup.select.Selector.SelectorParseException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The same sign-in in a browser that blocks cookies ({@code blocking}): the page the site then shows, if it is one of
     * its own (a heading, no sign-in form), becomes the cookiesRequired marker; else what happened is noted for a human.
     */
    public void withCookiesBlocked(URI start, WebDriver blocking) {
        Drafting other = new Drafting(blocking, account, wait, digests, draft);
        Report.step("the drafter signs in with every cookie blocked", () -> {
            blocking.get(start.toString());
            for (SignInFlow.Step step : draft.signInSteps()) {
                try {
                    other.perform(step, "signs in (cookies blocked)");
                } catch (TimeoutException e) {
                    draft.needsAHuman("recognise.cookiesRequired", "with cookies blocked the sign-in could not go on: " + step.waitFor().orElse("")
                            + " never showed at " + Redactor.mask(blocking.getCurrentUrl()) + "; the page was: " + other.summary());
                    return null;
                }
            }
            DraftPage shown = other.settled();
            if (draft.signedInSelector().filter(marker -> !blocking.findElements(By.cssSelector(marker)).isEmpty()).isPresent()) {
                draft.needsAHuman("recognise.cookiesRequired", "a browser that blocks cookies was signed in all the same (the session"
                        + " travels another way, in the URL?) — the cookies scenario will say");
            } else if (shown.asksForSignIn() || shown.headings().isEmpty()) {
                draft.needsAHuman("recognise.cookiesRequired", "with cookies blocked the site showed " + (shown.asksForSignIn()
                        ? "its sign-in form again" : "no page of its own") + " — no message to recognise");
            } else {
                draft.cookiesRequired(shown.headings().get(0));
            }
            return null;
        });
    }

    /** Up to four steps: a link to the sign-in, an identifier step, the form with the password. */
    private void signIn() {
        for (int round = 1; round <= MOST_STEPS; round++) {
            DraftPage page = settled();
            if (page.password().isPresent()) {
                Map<String, String> fill = new LinkedHashMap<>();
                page.identifier().ifPresent(field -> fill.put(field, SignInFlow.USERNAME));
                fill.put(page.password().get(), SignInFlow.PASSWORD);
                String submit = page.submit().orElseThrow(() -> new DraftFailedException("the sign-in form at " + where()
                        + " has no control that sends it; the page was: " + summary()));
                signInStep(new SignInFlow.Step(page.firstField(), fill, Optional.of(submit)), "signs in");
                signedInOrSaysWhy(page);
                return;
            }
            if (page.identifier().isPresent() && page.submit().isPresent()) {
                Map<String, String> fill = new LinkedHashMap<>();
                fill.put(page.identifier().get(), SignInFlow.USERNAME);
                signInStep(new SignInFlow.Step(page.identifier(), fill, page.submit()), "gives the account name");
                continue;
            }
            if (!page.signInLinks().isEmpty()) {
                String link = page.signInLinks().get(0);
                signInStep(new SignInFlow.Step(Optional.of(link), Map.of(), Optional.of(link)), "follows the way to the sign-in");
                continue;
            }
            throw new DraftFailedException("no sign-in form, account field or sign-in link at " + where() + "; the page was: " + summary());
        }
        throw new DraftFailedException("no password field within " + MOST_STEPS + " steps from the start page; the last page: " + summary());
    }

    private void signInStep(SignInFlow.Step step, String what) {
        draft.signInStep(step);
        perform(step, what);
    }

    /** The site let the account in: the password field went away. Else it said why (wrong password, MFA, lockout). */
    private void signedInOrSaysWhy(DraftPage form) {
        try {
            until(page -> !page.password().equals(form.password()) || !page.url().equals(form.url()));
        } catch (TimeoutException e) {
            throw new DraftFailedException("the site kept its sign-in form at " + where() + " after signing in as " + account.username()
                    + " (wrong password, a second factor, a lockout?); the page was: " + summary());
        }
    }

    /** Cookies new or changed at sign-in (those named like a session or HttpOnly, where any are), and stored tokens. */
    private void sessionAppeared(SortedMap<String, String> before, Map<String, String> storedBefore) {
        settled();
        SortedMap<String, String> after = digests.get();
        List<String> changed = after.keySet().stream().filter(name -> !after.get(name).equals(before.get(name))).toList();
        List<Cookie> cookies = driver.manage().getCookies().stream().filter(c -> changed.contains(c.getName())).toList();
        // Session cookies are kept from scripts (HttpOnly) where the site knows its trade: those first; else the names that
        // say session; else every cookie that appeared (a CSRF token changes at sign-in too, and is no session).
        List<String> httpOnly = cookies.stream().filter(Cookie::isHttpOnly).map(Cookie::getName).sorted().toList();
        List<String> named = cookies.stream().filter(c -> SESSION_LIKE.matcher(c.getName()).find()).map(Cookie::getName).sorted().toList();
        List<String> sessionCookies = !httpOnly.isEmpty() ? httpOnly : !named.isEmpty() ? named : cookies.stream().map(Cookie::getName).sorted().toList();
        Map<String, String> stored = storedValues();
        List<String> tokens = stored.keySet().stream().filter(changed::contains)
                .filter(key -> !stored.get(key).equals(storedBefore.get(key)) && TOKEN_LIKE.matcher(stored.get(key)).find()).sorted().toList();
        draft.session(sessionCookies, tokens);
        Report.step("new or changed at sign-in (names only): " + (changed.isEmpty() ? "nothing" : String.join(", ", changed))
                + " → the session: " + (sessionCookies.isEmpty() && tokens.isEmpty() ? "none found" : String.join(", ", sessionCookies)
                        + (tokens.isEmpty() ? "" : (sessionCookies.isEmpty() ? "" : ", ") + String.join(", ", tokens))));
        if (sessionCookies.isEmpty() && tokens.isEmpty()) {
            draft.needsAHuman("site.sessionCookies / site.sessionTokens", "no cookie or stored item appeared or changed at sign-in");
        }
    }

    /** The sign-out control shown, or behind a menu; a confirmation page after it; what marks the signed-out page. */
    private void signOut() {
        DraftPage signedIn = settled();
        List<String> steps = signedIn.signOutShown().isEmpty() ? throughAMenu(signedIn) : List.of(signedIn.signOutShown().get(0));
        if (steps.isEmpty()) {
            draft.needsAHuman("signOut", "no sign-out control at " + where() + ", shown or behind a menu (menus tried: "
                    + (signedIn.toggles().isEmpty() ? "none found" : String.join(", ", signedIn.toggles())) + ")");
            draft.needsAHuman("recognise.signedIn", "without a sign-out control nothing marked the signed-in page for sure");
            return;
        }
        draft.signedIn(steps.stream().filter(selector -> selector.startsWith("#")).findFirst().orElse(steps.get(0)));
        if (steps.size() > 1) {
            // The menu was left open while looking: start the sign-out as a person would, from the page as it loads.
            driver.navigate().refresh();
            settled();
        }
        for (String control : steps) {
            SignInFlow.Step step = new SignInFlow.Step(Optional.of(control), Map.of(), Optional.of(control));
            draft.signOutStep(step);
            perform(step, "signs out");
        }
        DraftPage after = settled();
        if (!after.asksForSignIn() && !after.confirm().isEmpty()) {
            SignInFlow.Step confirm = new SignInFlow.Step(Optional.of(after.confirm().get(0)), Map.of(), Optional.of(after.confirm().get(0)));
            draft.signOutStep(confirm);
            perform(confirm, "confirms the sign-out");
            after = settled();
        }
        // What marks the page sign-out showed must not be on the signed-in page too: a heading only it has, else its address.
        Optional<String> ownHeading = after.headings().stream().filter(heading -> !signedIn.headings().contains(heading)).findFirst();
        String signedOutPath = draft.pathOf(after.url());
        if (after.asksForSignIn()) {
            draft.signedOut("element", after.firstField().orElseThrow());
        } else if (ownHeading.isPresent()) {
            draft.signedOut("text", ownHeading.get());
        } else if (!signedOutPath.equals(draft.pathOf(signedIn.url()))) {
            // A url marker is a regular expression: the path with its special characters escaped, the query left out.
            draft.signedOut("url", signedOutPath.replaceFirst("\\?.*$", "").replaceAll("([.?*+^$|()\\[\\]{}\\\\])", "\\\\$1"));
        } else {
            draft.needsAHuman("recognise.signedOut", "the page sign-out showed at " + where() + " has nothing of its own to recognise it by: " + summary());
        }
    }

    /** Opens each menu the signed-in page has until one shows a sign-out control: [the menu, the control], or none. */
    private List<String> throughAMenu(DraftPage signedIn) {
        for (String toggle : signedIn.toggles()) {
            try {
                driver.findElement(By.cssSelector(toggle)).click();
                DraftPage opened = until(page -> !page.signOutShown().isEmpty(), Duration.ofSeconds(3));
                return List.of(toggle, opened.signOutShown().get(0));
            } catch (WebDriverException e) {
                // not this menu (no sign-out control appeared, or it could not be opened): try the next
            }
        }
        return List.of();
    }

    /** One step as a person does it: wait until its element and controls are shown, fill, click. */
    private void perform(SignInFlow.Step step, String what) {
        Report.step("the drafter " + what + ": " + step.waitFor().orElse(""), () -> {
            List<String> used = new ArrayList<>(step.fill().keySet());
            step.click().ifPresent(used::add);
            new FluentWait<>(driver).withTimeout(wait).pollingEvery(Duration.ofMillis(100)).ignoring(WebDriverException.class)
                    .until(d -> used.stream().allMatch(css -> d.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed)));
            step.fill().forEach((css, value) -> {
                WebElement field = driver.findElement(By.cssSelector(css));
                field.clear();
                field.sendKeys(value.replace(SignInFlow.USERNAME, account.username()).replace(SignInFlow.PASSWORD, account.password().reveal()));
            });
            step.click().ifPresent(css -> driver.findElement(By.cssSelector(css)).click());
            return null;
        });
    }

    /** The page once it stopped changing (three reads alike, 100 ms apart), or as it is after wait.timeout. */
    private DraftPage settled() {
        String[] last = {null};
        int[] alike = {0};
        try {
            return until(page -> {
                alike[0] = page.shape().equals(last[0]) ? alike[0] + 1 : 0;
                last[0] = page.shape();
                return alike[0] >= 2 && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
            });
        } catch (TimeoutException e) {
            return DraftPage.of(driver);
        }
    }

    private DraftPage until(java.util.function.Predicate<DraftPage> condition) {
        return until(condition, wait);
    }

    private DraftPage until(java.util.function.Predicate<DraftPage> condition, Duration within) {
        return new FluentWait<>(driver).withTimeout(within).pollingEvery(Duration.ofMillis(100)).ignoring(WebDriverException.class)
                .until(d -> {
                    DraftPage page = DraftPage.of(d);
                    return condition.test(page) ? page : null;
                });
    }

    /** Every stored item of the page's origin, values registered as secrets at once (kept in memory, never shown). */
    @SuppressWarnings("unchecked")
    private Map<String, String> storedValues() {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Object> read = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(STORAGE);
        for (Object item : (List<Object>) read.get("items")) {
            List<Object> pair = (List<Object>) item;
            Secret.registerObserved(String.valueOf(pair.get(1)));
            values.put(String.valueOf(pair.get(0)), String.valueOf(pair.get(1)));
        }
        return values;
    }

    private String where() {
        return Redactor.mask(driver.getCurrentUrl());
    }

    private String summary() {
        return PageSummary.of(new io.sessionharness.browser.WebDriverPages(driver)).map(text -> text.replace("\n", "; ")).orElse("(the page could not be read)");
    }
}
