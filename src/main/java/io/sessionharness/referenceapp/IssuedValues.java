package io.sessionharness.referenceapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Test support for the redaction scan: every secret the reference site hands out — session IDs, passwords, the SSO
 * flavour's extra cookies and codes — appended one per line to a ledger file, so that the scan can look for each of
 * them in everything a run wrote. Off (nothing written) unless a ledger is named; never used against a real site.
 */
final class IssuedValues {

    private final Optional<Path> ledger;

    IssuedValues(Optional<Path> ledger) {
        this.ledger = ledger;
    }

    static IssuedValues none() {
        return new IssuedValues(Optional.empty());
    }

    /** Lists the value in the ledger and hands it back. */
    String record(String value) {
        if (ledger.isPresent() && value != null && !value.isEmpty()) {
            synchronized (this) {
                try {
                    Files.createDirectories(ledger.get().toAbsolutePath().getParent());
                    Files.writeString(ledger.get(), value + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the issued-values ledger " + ledger.get(), e);
                }
            }
        }
        return value;
    }

    /** Records every session ID the site's session handler creates or renews (a context attribute, where Jetty's session manager looks for such listeners). */
    org.eclipse.jetty.server.Session.LifeCycleListener sessionIds() {
        return new SessionIds();
    }

    private final class SessionIds implements org.eclipse.jetty.server.Session.LifeCycleListener {
        @Override
        public void onSessionCreated(org.eclipse.jetty.server.Session session) {
            record(session.getId());
        }

        @Override
        public void onSessionIdChanged(org.eclipse.jetty.server.Session session, String oldId) {
            record(session.getId());
        }
    }
}
