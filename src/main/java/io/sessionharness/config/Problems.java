package io.sessionharness.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Collects the problems of independent checks so that one run reports all of them, one line each. */
public final class Problems {

    private final List<String> messages = new ArrayList<>();
    private boolean allUnreachable = true;
    private boolean allTargetUnreachable = true;

    /** Runs a check; a {@link ConfigException} becomes a listed problem instead of stopping the others. */
    public <T> Optional<T> attempt(Supplier<T> check) {
        try {
            return Optional.ofNullable(check.get());
        } catch (ConfigException e) {
            allUnreachable &= e instanceof UnreachableException;
            allTargetUnreachable &= e instanceof UnreachableException u && u.targetOnly();
            messages.addAll(e.getMessage().lines().toList());
            return Optional.empty();
        }
    }

    public void add(String message) {
        allUnreachable = false;
        allTargetUnreachable = false;
        messages.add(message);
    }

    /**
     * Throws one exception whose message has one problem per line, if there were any: an {@link UnreachableException}
     * when every problem is something not answering (infrastructure), else a {@link ConfigException} (bad input first).
     */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            String joined = String.join("\n", messages);
            throw allUnreachable ? new UnreachableException(joined, allTargetUnreachable) : new ConfigException(joined);
        }
    }
}
