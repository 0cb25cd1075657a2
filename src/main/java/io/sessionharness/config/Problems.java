package io.sessionharness.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Collects the problems of independent checks so that one run reports all of them, one line each. */
public final class Problems {

    private final List<String> messages = new ArrayList<>();

    /** Runs a check; a {@link ConfigException} becomes a listed problem instead of stopping the others. */
    public <T> Optional<T> attempt(Supplier<T> check) {
        try {
            return Optional.ofNullable(check.get());
        } catch (ConfigException e) {
            messages.addAll(e.getMessage().lines().toList());
            return Optional.empty();
        }
    }

    public void add(String message) {
        messages.add(message);
    }

    /** Throws one exception whose message has one problem per line, if there were any. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ConfigException(String.join("\n", messages));
        }
    }
}
