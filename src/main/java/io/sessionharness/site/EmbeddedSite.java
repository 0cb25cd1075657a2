package io.sessionharness.site;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import io.sessionharness.config.Secret;

/**
 * The embedded reference site as the site model uses it: a running server the harness can copy, restart, create
 * accounts on and ask for e-mailed sign-in links. Plugged in from the {@code referenceapp} side (a {@link Starter}
 * found through {@link java.util.ServiceLoader}), so that the model does not depend on the site it models.
 */
public interface EmbeddedSite extends AutoCloseable {

    URI baseUrl();

    /** A second, started copy with the same settings (seeded defects included); with {@code persistentSessions} its sessions survive a restart. */
    EmbeddedSite privateCopy(boolean persistentSessions);

    /** Restarts the server on the same address. */
    void restart();

    /** A new account; returns its password. */
    Secret createAccount(String username);

    /** The one-time sign-in link the site would e-mail the account. */
    URI issueSignInLink(String username);

    @Override
    void close();

    /** Starts the embedded site a target profile describes. */
    interface Starter {

        /**
         * Starts the site enforcing {@code profile}'s policy, with the seeded defects named by {@code defectKeys}
         * switched on (the detection matrix) and every value it issues listed in {@code ledger} (the redaction scan).
         */
        EmbeddedSite start(TargetProfile profile, Set<String> defectKeys, Optional<Path> ledger);

        /** The one starter on the class path (the reference site's); a build without it is broken, said so at once. */
        static Starter installed() {
            return java.util.ServiceLoader.load(Starter.class).findFirst().orElseThrow(() -> new IllegalStateException(
                    "no embedded reference site on the class path (META-INF/services/" + Starter.class.getName() + ")"));
        }
    }
}
