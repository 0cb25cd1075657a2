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
