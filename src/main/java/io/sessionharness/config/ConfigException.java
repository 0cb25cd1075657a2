package io.sessionharness.config;

/**
 * A problem with the user's input (an option, a profile, a secret, the target) that must be reported as one
 * line naming the fix, before any browser starts.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
