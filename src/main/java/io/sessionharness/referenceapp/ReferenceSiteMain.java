package io.sessionharness.referenceapp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import io.sessionharness.config.Choices;
import io.sessionharness.config.ConfigException;
import io.sessionharness.config.Durations;
import io.sessionharness.config.Secret;
import io.sessionharness.site.SessionPolicy;

/**
 * Runs the reference site on its own, for exploring it in a browser:
 * {@code ./mvnw -q exec:java -Dexec.mainClass=io.sessionharness.referenceapp.ReferenceSiteMain -Dexec.args="--port 8080"}.
 */
public final class ReferenceSiteMain {

    static final String PASSWORD_VARIABLE = "REFERENCE_SITE_PASSWORD";
    private static final String USAGE = "usage: ReferenceSiteMain [--port N (0 = free port, default 8080)] [--idle 4s|none] "
            + "[--absolute 12s|none] [--concurrent allow|newest-wins|reject-new] [--links confirm-then-consume|consume-on-open] "
            + "[--flavour classic|two-cookies|spa|console|sso (as targets/reference[-two-cookies|-spa|-console|-sso].yaml)] [--user NAME]... [--defect KEY]... [--ledger FILE (lists every secret handed out, for the redaction scan)] [--tls self-signed (HTTPS)] ; password from $" + PASSWORD_VARIABLE + " or generated";

    private ReferenceSiteMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        io.sessionharness.report.JavaUtilLogging.routeThroughRedaction();
        try {
            Options options = Options.parse(args);
            ReferenceSite site = new ReferenceSite(options.settings());
            options.ledger().ifPresent(site::listingIssuedValuesIn);
            if (options.selfSignedTls()) {
                site.withSelfSignedTls();
            }
            site.start(options.port());
            String password = System.getenv(PASSWORD_VARIABLE);
            boolean generated = password == null || password.isEmpty();
            Secret secret = generated ? null : Secret.of(password);
            for (String user : options.users()) {
                if (generated) {
                    System.out.println("account " + user + " / password " + site.createAccount(user).reveal() + "  (generated for this process)");
                } else {
                    site.addAccount(user, secret);
                    System.out.println("account " + user + " / password from $" + PASSWORD_VARIABLE);
                }
            }
            System.out.println("Reference site at " + site.baseUrl() + " — idle " + describe(options.settings().idleTimeout().orElse(null))
                    + ", absolute " + describe(options.settings().absoluteTimeout().orElse(null))
                    + (options.settings().defects().isEmpty() ? "" : ", DEFECTS ON: " + options.settings().defects().stream().map(Defect::key).toList())
                    + ". Ctrl+C stops it.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                site.close();
                stopped.countDown();
            }));
            stopped.await();
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static java.util.Set<Defect> withOneMore(java.util.Set<Defect> defects, Defect defect) {
        java.util.Set<Defect> more = java.util.EnumSet.noneOf(Defect.class);
        more.addAll(defects);
        more.add(defect);
        return more;
    }

    private static String describe(Duration duration) {
        return duration == null ? "none" : Durations.format(duration);
    }

    record Options(int port, SiteSettings settings, List<String> users, Optional<java.nio.file.Path> ledger, boolean selfSignedTls) {
        static Options parse(String[] args) {
            int port = 8080;
            SiteSettings settings = SiteSettings.defaults();
            List<String> users = new ArrayList<>();
            Optional<java.nio.file.Path> ledger = Optional.empty();
            boolean selfSignedTls = false;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--help") || flag.equals("-h")) {
                    throw new IllegalArgumentException(USAGE);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
                }
                String value = args[++i];
                switch (flag) {
                    case "--port" -> port = port(value);
                    case "--idle" -> settings = settings.withIdleTimeout(limit(value));
                    case "--absolute" -> settings = settings.withAbsoluteTimeout(limit(value));
                    case "--user" -> users.add(value);
                    case "--flavour" -> settings = flavour(settings, value);
                    case "--ledger" -> ledger = Optional.of(java.nio.file.Path.of(value));
                    case "--tls" -> {
                        if (!value.equals("self-signed")) {
                            throw new IllegalArgumentException("--tls takes 'self-signed' (a fresh self-signed certificate), not '" + value + "'");
                        }
                        selfSignedTls = true;
                    }
                    case "--concurrent" -> settings = settings.withConcurrentSessions(Choices.parse(value, SessionPolicy.ConcurrentSessions.class));
                    case "--links" -> settings = settings.withOneTimeLinks(Choices.parse(value, SessionPolicy.OneTimeLinks.class));
                    case "--defect" -> settings = settings.withDefects(withOneMore(settings.defects(), Defect.byKey(value)
                            .orElseThrow(() -> new IllegalArgumentException("--defect '" + value + "' is unknown; known: " + Defect.keys()))));
                    default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
                }
            }
            return new Options(port, settings, users.isEmpty() ? List.of("alice") : List.copyOf(users), ledger, selfSignedTls);
        }

        /**
         * The bundled flavours a browser can be pointed at by URL alone (the drafter's check): the session in two cookies
         * with a pre-login cookie reissued at sign-in; the single-page app with a token in local storage besides; the
         * console built unlike our pages; the single sign-on app whose identity provider is another host.
         */
        private static SiteSettings flavour(SiteSettings settings, String value) {
            return switch (value) {
                case "classic" -> settings;
                case "two-cookies" -> settings.withIdentityCookie("APP_IDENTITY").withPreLoginCookie("APP_AUTH_SESSION");
                case "spa" -> settings.withFlavour(SiteSettings.Flavour.SPA, settings.cookieName()).withIdentityCookie("APP_IDENTITY")
                        .withIdentityToken("app-token").withPreLoginCookie("APP_AUTH_SESSION");
                case "console" -> settings.withFlavour(SiteSettings.Flavour.CONSOLE, settings.cookieName()).withIdentityCookie("APP_IDENTITY")
                        .withIdentityToken("app-token").withPreLoginCookie("APP_AUTH_SESSION");
                // The sign-in on an identity provider of its own on 127.0.0.2 (same server, another address), its session APPSESSION.
                case "sso" -> settings.withFlavour(SiteSettings.Flavour.SSO, "APPSESSION");
                default -> throw new IllegalArgumentException("--flavour '" + value + "' is unknown; known: classic, two-cookies, spa, console, sso");
            };
        }

        private static Optional<Duration> limit(String value) {
            return value.equals("none") ? Optional.empty() : Optional.of(Durations.parse(value));
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--port '" + value + "' is not a port number (0-65535)");
        }
    }
}
