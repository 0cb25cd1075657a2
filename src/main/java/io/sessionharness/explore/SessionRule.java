package io.sessionharness.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule for which cookies carry the session, the drafter's and the explorer's alike. Of the cookies new or changed at
 * sign-in, a cookie the signed-in page still works without is not the session; one it does not work without is. Where
 * that could not be tried (the {@link Probe} says nothing), the plain rule: cookies new at sign-in are the session; one
 * that existed before sign-in and changed is the session unless another is new — then, named like a session, it is
 * the pre-login cookie (an authentication session reissued beside a new identity cookie).
 */
public final class SessionRule {

    private static final Pattern SESSION_LIKE = Pattern.compile("(?i)sess|sid|auth|token|ident|login|csrf|xsrf");

    /** Whether the signed-in page still shows the person signed in with one cookie taken away: empty when it cannot tell. */
    @FunctionalInterface
    public interface Probe {
        Optional<Boolean> signedInWithout(String cookie);

        Probe UNTRIED = cookie -> Optional.empty();
    }

    /**
     * What the rule found: {@code session} the cookies that carry it ({@code needed}: those the probe showed the signed-in
     * page does not work without), {@code preLogin} one that existed before sign-in, was
     * reissued and is no part of it, {@code notSession} the rest that changed, and {@code how} one line per cookie.
     */
    public record Found(List<String> session, List<String> needed, Optional<String> preLogin, List<String> notSession, List<String> how) {
    }

    private SessionRule() {
    }

    /**
     * {@code before} and {@code after}: each cookie's name (stored items, {@code localStorage:…}, are left out here) with
     * a digest of its value, before and after sign-in.
     */
    public static Found decide(Map<String, String> before, Map<String, String> after, Probe probe) {
        List<String> fresh = after.keySet().stream().filter(name -> !isStored(name) && !before.containsKey(name)).sorted().toList();
        List<String> reissued = after.keySet().stream().filter(name -> !isStored(name) && before.containsKey(name) && !after.get(name).equals(before.get(name)))
                .sorted().toList();
        List<String> session = new ArrayList<>();
        List<String> needed = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> untried = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (String name : concat(fresh, reissued)) {
            Optional<Boolean> stillSignedIn = probe.signedInWithout(name);
            String what = (fresh.contains(name) ? "new" : "reissued") + " at sign-in";
            if (stillSignedIn.isEmpty()) {
                untried.add(name);
                how.add(name + ": " + what + " (not tried without it)");
            } else if (stillSignedIn.get()) {
                without.add(name);
                how.add(name + ": " + what + ", the signed-in page works without it — not the session");
            } else {
                session.add(name);
                needed.add(name);
                how.add(name + ": " + what + ", without it the site asks to sign in — the session");
            }
        }
        // Not tried: the plain rule. Every one tried and none needed (a remember-me cookie signs the person in again): the
        // plain rule too, rather than a session of nothing.
        List<String> plain = session.isEmpty() && untried.isEmpty() ? concat(fresh, reissued) : untried;
        boolean anyNew = fresh.stream().anyMatch(name -> session.contains(name) || plain.contains(name));
        List<String> reissuedAside = new ArrayList<>();
        for (String name : plain) {
            if (fresh.contains(name) || !anyNew) {
                if (!session.contains(name)) {
                    session.add(name);
                }
            } else {
                reissuedAside.add(name);
            }
        }
        List<String> notSession = new ArrayList<>(concat(without, reissuedAside).stream().filter(name -> !session.contains(name)).toList());
        // Named like a session (an authentication session, a CSRF token): not an analytics cookie that happened to change.
        boolean someNewSession = session.stream().anyMatch(fresh::contains);
        Optional<String> preLogin = someNewSession ? notSession.stream().filter(reissued::contains)
                .filter(name -> SESSION_LIKE.matcher(name).find()).findFirst() : Optional.empty();
        preLogin.ifPresent(notSession::remove);
        return new Found(session.stream().sorted().toList(), needed, preLogin, notSession.stream().sorted().toList(), how);
    }

    /** The names whose digest differs before and after sign-in (new ones included), cookies and stored items alike. */
    public static java.util.SortedSet<String> changed(Map<String, String> before, Map<String, String> after) {
        return new java.util.TreeSet<>(after.keySet().stream().filter(name -> !after.get(name).equals(before.get(name))).toList());
    }

    /** A stored item ({@code localStorage:KEY}, {@code sessionStorage:KEY}) rather than a cookie. */
    public static boolean isStored(String name) {
        return name.startsWith("localStorage:") || name.startsWith("sessionStorage:");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
