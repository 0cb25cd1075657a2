package io.sessionharness.referenceapp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.server.Session;

/** Which sessions each account holds, so that concurrent-login rules and "sign out everywhere" can act on them. */
final class AccountSessions {

    private final Map<String, Set<Session>> byUser = new ConcurrentHashMap<>();

    void add(String user, Session session) {
        byUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /**
     * The tampered-cookie-accepted defect's lookup: a live session whose ID merely starts with what the cookie says
     * (a prefix or LIKE query where an exact match belongs).
     */
    java.util.Optional<Session> startingWith(String presented) {
        if (presented == null || presented.length() < 8) {
            return java.util.Optional.empty();
        }
        return byUser.values().stream().flatMap(Set::stream).filter(Session::isValid)
                .filter(s -> s.getId().startsWith(presented) || s.getExtendedId().startsWith(presented)).findFirst();
    }

    /** The account's sessions other than {@code except} that Jetty still holds (the caller judges expiry). */
    List<Session> others(String user, Session except) {
        Set<Session> sessions = byUser.get(user);
        if (sessions == null) {
            return List.of();
        }
        sessions.removeIf(s -> !s.isValid());
        return sessions.stream().filter(s -> s != except && !s.getId().equals(except == null ? "" : except.getId())).toList();
    }
}
