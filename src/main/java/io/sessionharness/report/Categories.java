package io.sessionharness.report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The report's failure categories. One list serves both the Allure {@code categories.json} and the end-of-run
 * summary, so the console and the report always agree. The patterns match the harness's own assertion wording.
 */
public final class Categories {

    public static final String INFRASTRUCTURE = "Infrastructure (browser, driver, Grid, target unreachable)";
    public static final String PROFILE = "Profile or site? (the site did what the target profile does not describe)";
    public static final String SIGN_IN = "Could not sign in (account, password, MFA, lockout, changed sign-in page)";
    public static final String UNRECOGNISED = "Unrecognised page — profile or site?";
    public static final String INCONCLUSIVE = "Inconclusive (no clean answer: the machine too slow for the timing, or a measurement without a clean end)";
    public static final String SECURITY = "Security: session survives sign-out or a declared rule, fixation, session ID in the URL, cacheable authenticated page";
    public static final String EXPIRED_TOO_EARLY = "Expired too early";
    public static final String OUTLIVED = "Outlived its timeout";
    public static final String ERROR_PAGE = "No clear expiry message / error page";
    public static final String DATA_LOST = "Data lost";
    public static final String OTHER = "Other target behaviour";
    public static final String OBSERVED = "Observed weakness (the site does as its profile declares, and that is weak)";

    public static final List<Category> ALL = List.of(
            // A passed scenario that observed a weakness (Report.observedWeakness): its own category, never a plain pass.
            new Category(OBSERVED, "passed", "(?s)Observed weakness: .*"),
            new Category(SECURITY, "failed",
                    "(?s).*(still alive on the server|not rotated|session fixation|session ID is in the URL|cacheable|browser's cache|Still signed in).*"),
            new Category(EXPIRED_TOO_EARLY, "failed", "(?s).*(expired too early|ended too early).*"),
            new Category(OUTLIVED, "failed", "(?s).*outlived.*"),
            new Category(ERROR_PAGE, "failed",
                    "(?s).*(No clear expiry message|No clear message|error page|without a clear expiry message|A sign-in loop).*"),
            new Category(DATA_LOST, "failed", "(?s).*([Dd]ata lost|draft).*"),
            new Category(OTHER, "failed", null),
            // A page answered 2xx/3xx that no marker describes is no verdict on the site (a profile gap, or the site
            // changed): broken, first of its status, because its summary quotes the page's text, which may hold any
            // other category's words. Answered 4xx/5xx, it is the site's error page (failed, ERROR_PAGE).
            new Category(UNRECOGNISED, "broken", "(?s)Unrecognised page — profile or site\\?.*"),
            new Category(SIGN_IN, "broken", "(?s).*could not sign in as .*"),
            new Category(PROFILE, "broken", "(?s).*Profile or site\\? .*"),
            // No verdict on the site and no broken infrastructure either: the run could not get a clean answer (a person
            // idled past the timeout waiting for a slot, a measurement whose last visit was an error page).
            // A message masked on its way to the report is written after its exception class ("java.lang.Illegal…: …").
            new Category(INCONCLUSIVE, "broken", "(?s)(?:[\\w.$]+: )?(?:Inconclusive, not a target defect|Measurement not made).*"),
            new Category(INFRASTRUCTURE, "broken", null));

    private Categories() {
    }

    /** "Security: session survives …" → "Security"; "Infrastructure (browser, …)" → "Infrastructure": for tables. */
    public static String shortName(String category) {
        int cut = category.length();
        for (String mark : new String[] {":", " (", " —", " /"}) {
            int at = category.indexOf(mark);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return category.substring(0, cut);
    }

    /** The first category a result falls into, as Allure decides it. */
    public static Optional<Category> of(String status, String message) {
        return ALL.stream().filter(c -> c.matches(status, message)).findFirst();
    }

    /**
     * The categories for Allure. Allure files a result under <em>every</em> category that matches it (the report showed
     * an idle failure under both "Outlived its timeout" and "Other target behaviour", a failed sign-in also under
     * "Infrastructure"), while the harness means the first one, as {@link #of} reads them: each category's pattern is
     * written excluding the earlier ones of its status, so that Allure too files every result once.
     */
    public static String toAllureJson() {
        List<java.util.Map<String, Object>> json = new java.util.ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            json.add(ALL.get(i).toJson(exclusiveRegex(i)));
        }
        return new org.openqa.selenium.json.Json().toJson(json) + "\n";
    }

    /** The pattern of category {@code index} that matches only what no earlier category of its status matches. */
    static String exclusiveRegex(int index) {
        Category category = ALL.get(index);
        List<String> earlier = ALL.subList(0, index).stream().filter(c -> c.status().equals(category.status()))
                .map(c -> body(c.messageRegex())).toList();
        if (earlier.isEmpty()) {
            return category.messageRegex();
        }
        return "(?s)(?!(?:" + String.join("|", earlier) + ")\\z)(?:" + body(category.messageRegex()) + ")";
    }

    private static String body(String regex) {
        return regex == null ? ".*" : regex.startsWith("(?s)") ? regex.substring("(?s)".length()) : regex;
    }

    /** One category: a status and, optionally, a pattern over the failure message. */
    public record Category(String name, String status, String messageRegex) {

        boolean matches(String resultStatus, String message) {
            return status.equals(resultStatus)
                    && (messageRegex == null || Pattern.compile(messageRegex).matcher(message == null ? "" : message).matches());
        }

        java.util.Map<String, Object> toJson(String exclusiveRegex) {
            java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("name", name);
            json.put("matchedStatuses", List.of(status));
            if (exclusiveRegex != null) {
                json.put("messageRegex", exclusiveRegex);
            }
            return json;
        }
    }
}
