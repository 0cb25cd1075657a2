package io.sessionharness.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.openqa.selenium.net.PortProber;
import org.openqa.selenium.support.ui.FluentWait;

import io.sessionharness.browser.VirtualDisplay;

/**
 * A real Selenium Grid 4 on this machine, for CI and for trying remote runs: one standalone server on 127.0.0.1
 * (port 4444 when free) with a Chromium slot per configured session and, through a relay, WebKitGTK's
 * WebKitWebDriver (one session at a time) under its own virtual display. {@code start} leaves the processes running
 * and writes their PIDs and the URL to {@code grid/target/run/grid.properties}; {@code stop} ends exactly those PIDs.
 * Used by {@code scripts/grid}.
 */
public final class LocalGrid {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final String MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

    private final Path home;
    private final Path runFolder;

    LocalGrid(Path home) {
        this.home = home;
        this.runFolder = home.resolve("grid/target/run");
    }

    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("harness.home", ".")).toAbsolutePath().normalize();
        LocalGrid grid = new LocalGrid(home);
        String action = args.length == 0 ? "start" : args[0];
        try {
            switch (action) {
                case "start" -> grid.start(Integer.getInteger("grid.chromium.sessions", 4));
                case "stop" -> grid.stop();
                default -> throw new IllegalArgumentException("usage: LocalGrid start|stop");
            }
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    void start(int chromiumSessions) {
        Path lib = home.resolve("grid/target/lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("no Grid jars in " + lib + ": run ./mvnw -q -f grid/pom.xml dependency:copy-dependencies");
        }
        if (Files.exists(runFolder.resolve("grid.properties"))) {
            throw new IllegalStateException("a grid started earlier is still recorded in " + runFolder + ": scripts/grid stop first");
        }
        Instant began = Instant.now();
        List<ProcessHandle> started = new ArrayList<>();
        try {
            Files.createDirectories(runFolder);
            boolean webkit = Files.isExecutable(Path.of("/usr/bin/WebKitWebDriver")) && Files.isExecutable(Path.of(MINIBROWSER));
            String relay = "";
            if (webkit) {
                VirtualDisplay display = VirtualDisplay.start(VirtualDisplay.xvfb());
                started.add(display.handle());
                int driverPort = PortProber.findFreePort();
                ProcessBuilder driver = new ProcessBuilder("/usr/bin/WebKitWebDriver", "--port=" + driverPort, "--host=127.0.0.1")
                        .redirectErrorStream(true).redirectOutput(runFolder.resolve("webkitwebdriver.log").toFile());
                driver.environment().put("DISPLAY", display.display());
                started.add(driver.start().toHandle());
                relay = relaySection(driverPort);
            }
            int port = PortProber.findFreePort();
            if (free(4444)) {
                port = 4444;
            }
            Path config = runFolder.resolve("standalone.toml");
            Files.writeString(config, standaloneConfig(port, chromiumSessions) + relay);
            Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", lib + "/*", "org.openqa.selenium.grid.Bootstrap", "standalone", "--config", config.toString())
                    .redirectErrorStream(true).redirectOutput(runFolder.resolve("grid.log").toFile()).start();
            started.add(server.toHandle());
            URI url = URI.create("http://127.0.0.1:" + port);
            awaitReady(url, webkit, server);
            Properties state = new Properties();
            state.setProperty("url", url.toString());
            state.setProperty("pids", String.join(" ", started.stream().map(p -> String.valueOf(p.pid())).toList()));
            state.setProperty("webkit", String.valueOf(webkit));
            try (var out = Files.newBufferedWriter(runFolder.resolve("grid.properties"))) {
                state.store(out, "scripts/grid start");
            }
            System.out.printf("Selenium Grid ready at %s in %.1f s: Chromium (%d sessions)%s; log %s%n", url,
                    Duration.between(began, Instant.now()).toMillis() / 1000.0, chromiumSessions,
                    webkit ? ", WebKit MiniBrowser via relay (1 session)" : ", no WebKit (webkit2gtk-driver not installed)",
                    home.relativize(runFolder.resolve("grid.log")));
        } catch (IOException | RuntimeException e) {
            started.forEach(LocalGrid::end);
            throw e instanceof IOException io ? new UncheckedIOException("the grid did not start", io) : (RuntimeException) e;
        }
    }

    void stop() {
        Path stateFile = runFolder.resolve("grid.properties");
        if (!Files.exists(stateFile)) {
            System.out.println("no grid recorded in " + runFolder + ": nothing to stop");
            return;
        }
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(stateFile)) {
            state.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> pids = List.of(state.getProperty("pids", "").split(" "));
        // Newest first: the server, then the WebKit driver (and the MiniBrowser it may have left), then the display.
        for (int i = pids.size() - 1; i >= 0; i--) {
            if (!pids.get(i).isBlank()) {
                ProcessHandle.of(Long.parseLong(pids.get(i))).ifPresent(LocalGrid::end);
            }
        }
        try {
            Files.delete(stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Selenium Grid at " + state.getProperty("url") + " stopped (pids " + String.join(" ", pids) + ")");
    }

    private static void end(ProcessHandle process) {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process);
        family.forEach(ProcessHandle::destroy);
        family.forEach(p -> p.onExit().completeOnTimeout(p, 10, java.util.concurrent.TimeUnit.SECONDS).join());
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String standaloneConfig(int port, int chromiumSessions) {
        return """
                [server]
                host = "127.0.0.1"
                port = %d

                [node]
                detect-drivers = false
                selenium-manager = false
                override-max-sessions = true
                max-sessions = %d
                # A scenario's deliberate idle wait must not look like an abandoned session (default 300 s).
                session-timeout = 3600

                [sessionqueue]
                # A request no slot can ever match waits this long before it fails (broken, not a hang).
                session-request-timeout = 120

                [[node.driver-configuration]]
                display-name = "Chromium"
                webdriver-executable = "/usr/bin/chromedriver"
                max-sessions = %d
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium"}}'
                """.formatted(port, chromiumSessions + 1, chromiumSessions);
    }

    /** WebKitWebDriver behind a relay; no status endpoint, so a slow WebKit cannot mark the Chromium slots down. */
    private static String relaySection(int driverPort) {
        return """

                [relay]
                url = "http://127.0.0.1:%d"
                configs = ["1", '{"browserName": "MiniBrowser", "webkitgtk:browserOptions": {"binary": "%s", "args": ["--automation"]}}']
                """.formatted(driverPort, MINIBROWSER);
    }

    private static void awaitReady(URI url, boolean webkit, Process server) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(url.resolve("/status")).timeout(Duration.ofSeconds(5)).GET().build();
        new FluentWait<>(client).withTimeout(READY_WITHIN).pollingEvery(Duration.ofMillis(250))
                .withMessage(() -> "the grid at " + url + " was not ready within " + READY_WITHIN.toSeconds() + " s (see grid/target/run/grid.log)")
                .until(c -> {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("the grid server exited (" + server.exitValue() + "): see grid/target/run/grid.log");
                    }
                    try {
                        String body = c.send(status, HttpResponse.BodyHandlers.ofString()).body();
                        return body.matches("(?s).*\"ready\"\\s*:\\s*true.*") && (!webkit || body.contains("MiniBrowser"));
                    } catch (IOException e) {
                        return false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static boolean free(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
