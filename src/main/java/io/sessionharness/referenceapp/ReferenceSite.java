package io.sessionharness.referenceapp;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.session.DefaultSessionIdManager;
import org.eclipse.jetty.session.SessionHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.sessionharness.config.ConfigException;
import io.sessionharness.config.Secret;

/**
 * The embedded reference site: a Jetty 12 server with real server-side sessions that enforces {@link SiteSettings}.
 * It binds to 127.0.0.1 only; port 0 picks a free port.
 */
public final class ReferenceSite implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    /** The SSO flavour's identity provider: another host, so its cookies and origin are really separate. */
    public static final String IDENTITY_PROVIDER_HOST = "127.0.0.2";

    private final SiteSettings settings;
    private final Clock clock;
    private final UserStore users;
    private final OneTimeTokens magicLinks;
    private Server server;
    private URI baseUrl;
    private java.nio.file.Path sessionStore;
    private URI identityProviderUrl;
    private IssuedValues issued = IssuedValues.none();
    private SelfSignedTls tls;

    public ReferenceSite(SiteSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public ReferenceSite(SiteSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.users = new UserStore(settings.flavour() == SiteSettings.Flavour.SSO);
        this.magicLinks = OneTimeTokens.signInLinks(clock);
    }

    /**
     * Keeps sessions in files (Jetty's FileSessionDataStore in a private temporary folder, removed on close), so
     * that they survive {@link #restart()}; without it sessions live in memory and a restart ends them all.
     */
    public ReferenceSite withPersistentSessions() {
        try {
            sessionStore = java.nio.file.Files.createTempDirectory("reference-sessions");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    /** Serves HTTPS with a fresh self-signed certificate, as a staging site often does (the classic flavour). */
    public ReferenceSite withSelfSignedTls() {
        if (settings.flavour() != SiteSettings.Flavour.CLASSIC) {
            throw new IllegalArgumentException("a self-signed certificate is offered for the classic flavour only");
        }
        tls = SelfSignedTls.create();
        return this;
    }

    /** Lists every secret the site hands out in {@code ledger} (the redaction scan's test ledger; see {@link IssuedValues}). */
    public ReferenceSite listingIssuedValuesIn(java.nio.file.Path ledger) {
        issued = new IssuedValues(java.util.Optional.of(ledger));
        return this;
    }

    /** Stops the server and starts it again on the same address, as a deployment or maintenance restart does. */
    public ReferenceSite restart() {
        int port = baseUrl().getPort();
        stopQuietly();
        return start(port);
    }

    public ReferenceSite start(int port) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("reference-site");
        threads.setDaemon(true);
        server = new Server(threads);
        ServerConnector connector = tls == null ? new ServerConnector(server) : tls.connector(server);
        connector.setHost(HOST);
        connector.setPort(port);
        server.addConnector(connector);
        if (settings.has(Defect.COOKIE_EXPIRES_BY_SERVER_CLOCK)) {
            // Part of the defect: without a Date header the browser cannot correct an Expires by the server's clock.
            connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class).getHttpConfiguration().setSendDateHeader(false);
        }
        ServerConnector idpConnector = null;
        if (settings.flavour() == SiteSettings.Flavour.SSO) {
            idpConnector = new ServerConnector(server);
            idpConnector.setHost(IDENTITY_PROVIDER_HOST);
            idpConnector.setPort(0);
            server.addConnector(idpConnector);
        }

        DefaultSessionIdManager ids = new DefaultSessionIdManager(server);
        ids.setWorkerName("node0");
        server.addBean(ids, true);
        if (sessionStore != null && !settings.has(Defect.SESSIONS_LOST_ON_RESTART)) {
            org.eclipse.jetty.session.FileSessionDataStoreFactory files = new org.eclipse.jetty.session.FileSessionDataStoreFactory();
            files.setStoreDir(sessionStore.toFile());
            server.addBean(files);
        }
        SessionHandler sessions = new SessionHandler();
        sessions.setSessionCookie(settings.cookieName());
        sessions.setHttpOnly(true);
        sessions.setSessionPath("/");
        sessions.setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval(settings.housekeepingSeconds());
        sessions.setUsingUriParameters(settings.has(Defect.SESSION_ID_IN_URL));
        // Jetty's session manager calls the session life-cycle listeners it finds among its context's attributes.
        server.setAttribute(IssuedValues.class.getName(), issued.sessionIds());
        SessionGuard guard = new SessionGuard(settings, clock, new EndedSessions(clock),
                settings.identities().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Identities(settings.identities(), issued, settings)),
                settings.preLoginCookie().map(name -> new PreLoginCookies(name, issued, settings.has(Defect.PRE_LOGIN_COOKIE_ADOPTED))));
        SsoSiteHandler sso = settings.flavour() == SiteSettings.Flavour.SSO ? new SsoSiteHandler(settings, clock, guard, users, OneTimeTokens.authorizationCodes(clock), issued) : null;
        ReferenceSiteHandler pages = new ReferenceSiteHandler(settings, guard, users, magicLinks);
        sessions.setHandler(sso != null ? sso : settings.flavour() == SiteSettings.Flavour.CONSOLE ? new ConsoleSkin(pages) : pages);
        server.setHandler(sessions);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new ConfigException("Port " + port + " on " + HOST + " is already in use: choose another with --port, or 0 for a free one", e);
            }
            throw new IllegalStateException("The reference site could not start: " + e.getMessage(), e);
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("The reference site could not start: " + e.getMessage(), e);
        }
        baseUrl = URI.create((tls == null ? "http://" : "https://") + HOST + ":" + connector.getLocalPort() + "/");
        if (sso != null) {
            identityProviderUrl = URI.create("http://" + IDENTITY_PROVIDER_HOST + ":" + idpConnector.getLocalPort() + "/");
            sso.addresses(baseUrl, identityProviderUrl);
        }
        return this;
    }

    /** Adds an account with a fresh random password; the password is a registered secret. */
    public Secret createAccount(String username) {
        Secret password = users.create(username);
        issued.record(password.reveal());
        return password;
    }

    /** What the site would e-mail: a one-time sign-in link for the account (the classic flavour). */
    public URI issueSignInLink(String username) {
        return baseUrl().resolve("/magic?token=" + magicLinks.issue(username));
    }

    public void addAccount(String username, Secret password) {
        issued.record(password.reveal());
        users.add(username, password);
    }

    public URI baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("the reference site has not been started");
        }
        return baseUrl;
    }

    public SiteSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        stopQuietly();
        if (tls != null) {
            tls.delete();
        }
        if (sessionStore != null) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(sessionStore)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder; the OS cleans it eventually
            }
        }
    }

    private void stopQuietly() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                // the server is going away either way; nothing the caller can act on
            }
            server = null;
        }
    }
}
