package io.sessionharness.measure;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What this run measured, shared by the measure suite's scenarios (they may run in parallel). */
public final class Measurements {

    public static final String IDLE_TIMEOUT = "idleTimeout";
    public static final String ABSOLUTE_TIMEOUT = "absoluteTimeout";

    private final Map<String, Bracket> brackets = new ConcurrentHashMap<>();

    public void record(String what, Bracket bracket) {
        brackets.put(what, bracket);
    }

    public Optional<Bracket> get(String what) {
        return Optional.ofNullable(brackets.get(what));
    }
}
