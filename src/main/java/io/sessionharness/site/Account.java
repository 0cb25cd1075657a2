package io.sessionharness.site;

import io.sessionharness.config.Secret;

/** A test account on the target; the password is a {@link Secret} and never printed. */
public record Account(String username, Secret password) {
}
