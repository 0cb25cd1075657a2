package io.sessionharness.assertions;

/**
 * The scenario could not create the timing it needed (the machine was too slow: a person stayed idle past the site's
 * idle timeout while waiting for another browser). Not a verdict on the target: reported as broken, with the figures.
 */
public class InconclusiveTimingException extends RuntimeException {

    public InconclusiveTimingException(String message) {
        super(message);
    }
}
