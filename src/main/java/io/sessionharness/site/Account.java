package io.sessionharness.site;

import io.sessionharness.config.Secret;

/**
 * A test account on the target; the password is a {@link Secret} and never printed — nor is the pair as an HTTP Basic
 * header would carry it (registered when the account is made).
 */
public record Account(String username, Secret password) {

    public Account {
        Secret.registerCredentials(username, password.reveal());
    }
}
