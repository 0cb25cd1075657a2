package io.sessionharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import io.sessionharness.testsupport.Sources;
import io.sessionharness.config.RunMatrix;
import java.util.List;
import java.util.Map;
import io.sessionharness.testsupport.TempHome;

/** Bad input: one line naming the fix, exit 2, nothing started. */
public class PreflightTest {

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeMethod
    public void freshStreams() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    private int run(Sources sources) {
        return Preflight.check(sources.build(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errorLine() {
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).as("exactly one line: %s", text).hasSize(1);
        return text.strip();
    }

    @Test
    public void unknownBrowserProfile() {
        assertThat(run(Sources.ofProject().property("browser", "netscape"))).isEqualTo(2);
        assertThat(errorLine()).startsWith("error: Unknown browser profile 'netscape': choose one of [chrome, chromium-headless");
    }

    @Test
    public void aTypoInAnOptionIsAWarningNamingTheOptionMeantBeforeAnyError() {
        assertThat(run(Sources.ofProject().property("traget", "staging").property("browser", "netscape"))).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("warning: -Dtraget is no option of the harness and is ignored; did you mean -Dtarget?");
        assertThat(errorLine()).startsWith("error: Unknown browser profile 'netscape'");
    }

    @Test
    public void unreachableGrid() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(run(Sources.ofProject().property("grid.url", "http://127.0.0.1:" + closedPort))).as("infrastructure: exit 3").isEqualTo(3);
        assertThat(errorLine()).isEqualTo("error: Selenium Grid at http://127.0.0.1:" + closedPort
                + " is not reachable (ConnectException): start it (scripts/grid start) or fix grid.url");
    }

    @Test
    public void theDrafterNeedsBrowsersOfItsOwn() {
        assertThat(run(Sources.ofProject().property("suite", "draft").property("isolation", "context"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).contains("error: isolation = context: the profile drafter (suite draft) drives whole"
                + " browsers of its own (use isolation = browser)");
    }

    @Test
    public void userContextsNeedAProfileThatHasThem() {
        assertThat(run(Sources.ofProject().property("browser", "webkit").property("isolation", "context"))).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("error: isolation = context needs a browser profile that supports user-contexts; 'webkit' does not"
                + " (use isolation = browser)");
    }

    @Test
    public void anUnavailableSkipProfileIsAWarningNotAnError() {
        // safari exists only on macOS: the run goes on and reports every scenario skipped with the reason.
        assertThat(run(Sources.ofProject().property("browser", "safari"))).isEqualTo(0);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .startsWith("warning: browser profile 'safari' is unavailable here; every scenario will be reported skipped:")
                .hasLineCount(1);
    }

    /**
     * Sources whose browser profile needs nothing installed on this machine (safari: a warning, on stdout), so that the
     * one error line is about the option under test also where no Chromium is installed (./mvnw test needs none).
     */
    private static Sources anyMachine() {
        return Sources.ofProject().property("browser", "safari");
    }

    @Test
    public void unknownSuite() {
        assertThat(run(anyMachine().property("suite", "nightly-typo"))).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("error: Unknown suite 'nightly-typo': choose one of [declared-weaknesses, draft, explore, full, idle, links, long, measure, smoke, tokens, warnings] (files in suites/)");
    }

    @Test
    public void unknownTarget() {
        assertThat(run(anyMachine().property("target", "prod"))).isEqualTo(2);
        assertThat(errorLine()).startsWith("error: Unknown target 'prod': choose one of [");
    }

    @Test
    public void everyTargetAndBrowserOfTheRunIsCheckedEachProblemNamingItsCombination() {
        assertThat(run(anyMachine().property("target", "reference,prod").property("browser", "safari,netscape"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .as("one line per problem, each naming the target or browser it is about")
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("error: browser netscape: Unknown browser profile 'netscape'"))
                .anySatisfy(line -> assertThat(line).startsWith("error: target prod: Unknown target 'prod'"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("warning: reference on safari: browser profile 'safari' is unavailable here");
    }

    @Test
    public void aProblemOfOneCombinationNamesIt() {
        RunMatrix matrix = new RunMatrix(List.of("a", "b"), List.of("x", "y"));
        assertThat(Preflight.whom(matrix, List.of(Map.of("target", "a", "browser", "y")))).isEqualTo("a on y");
        assertThat(Preflight.whom(matrix, List.of(Map.of("target", "a", "browser", "x"), Map.of("target", "a", "browser", "y")))).isEqualTo("target a");
        assertThat(Preflight.whom(matrix, List.of(Map.of("target", "a", "browser", "y"), Map.of("target", "b", "browser", "y")))).isEqualTo("browser y");
    }

    @Test
    public void anEmptyNameInTheListIsOneLine() {
        assertThat(run(anyMachine().env("SEH_TARGET", "reference,,reference-sso"))).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("error: target = 'reference,,reference-sso' (env SEH_TARGET): an empty name in the list;"
                + " give names separated by commas, such as staging,preprod");
    }

    @Test
    public void badOptionValue() {
        assertThat(run(Sources.ofProject().env("SEH_THREADS", "0"))).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("error: threads = '0' (env SEH_THREADS): expected a whole number from 1 to 64 or auto");
    }

    @Test
    public void credentialsInAUrlNeverReachTheErrorLine() {
        assertThat(run(Sources.ofProject().property("grid.url", "http://ci-bot:gr1d-s3cret@127.0.0.1:9"))).isEqualTo(3);
        assertThat(errorLine()).contains("http://[redacted]@127.0.0.1:9").doesNotContain("gr1d-s3cret", "ci-bot");
    }

    @Test
    public void missingBrowserBinary() {
        assertThat(run(Sources.ofProject().property("browser.binary", "/nowhere/chromium"))).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("error: browser.binary = /nowhere/chromium: no executable file there");
    }

    @Test
    public void withTargetsContinueAnUnreachableTargetIsAWarningAndTheOthersRun() throws Exception {
        int closedPort = closedPort();
        try (TempHome home = new TempHome()) {
            home.copyFromProject("suites/smoke.xml");
            home.copyFromProject("drivers-config/chromium-headless.yaml");
            home.copyFromProject("targets/reference.yaml");
            writeUnreachableTarget(home, "down", closedPort);
            writeUnreachableTarget(home, "gone", closedPort);
            java.util.function.Function<String, Sources> run = targets -> Sources.of(home.path()).property("target", targets)
                    .property("driver.path", home.executable("chromedriver").toString()).property("browser.binary", home.executable("chromium").toString());

            assertThat(run(run.apply("down,reference"))).as("without targets.continue: infrastructure, exit 3").isEqualTo(3);
            assertThat(errorLine()).startsWith("error: down on chromium-headless: Target 'down' is unreachable");

            freshStreams();
            assertThat(run(run.apply("down,reference").property("targets.continue", "true"))).as("the other target runs").isEqualTo(0);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("warning: down on chromium-headless: Target 'down' is unreachable")))
                    .singleElement().asString().endsWith("— its scenarios will be reported broken and the other targets run (-Dtargets.continue=true)");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("preflight ok: reference on chromium-headless: ");

            freshStreams();
            assertThat(run(run.apply("down,gone").property("targets.continue", "true"))).as("no target answers: nothing to continue with").isEqualTo(3);
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2).allMatch(line -> line.startsWith("error: ") && line.contains("is unreachable"));
        }
    }

    @Test
    public void unreachableTarget() throws Exception {
        int closedPort = closedPort();
        try (TempHome home = new TempHome()) {
            home.copyFromProject("suites/smoke.xml");
            home.copyFromProject("drivers-config/chromium-headless.yaml");
            writeUnreachableTarget(home, "down", closedPort);
            assertThat(run(Sources.of(home.path()).property("target", "down").property("driver.path", home.executable("chromedriver").toString())
                    .property("browser.binary", home.executable("chromium").toString()))).as("infrastructure: exit 3").isEqualTo(3);
            assertThat(errorLine()).startsWith("error: Target 'down' is unreachable at http://127.0.0.1:" + closedPort + "/ (ConnectException")
                    .endsWith("start the site or fix site.baseUrl");
        }
    }

    /** targets/NAME.yaml: a valid profile whose site does not answer (a closed port), its account's password in pw.txt. */
    private static void writeUnreachableTarget(TempHome home, String name, int closedPort) throws Exception {
        home.write("targets/" + name + ".yaml", """
                site: {baseUrl: "http://127.0.0.1:%d/"}
                signIn: {page: /login, username: "#u", password: "#p", submit: "#s"}
                signOut: {page: /a, control: "#o"}
                protectedPages: [/a]
                recognise: {signedIn: {element: "#a"}, expired: {text: expired}, signedOut: {element: form}}
                accounts: {list: [{username: qa, password: {file: pw.txt}}]}
                policy: {idleTimeout: 10s}
                """.formatted(closedPort));
        home.write("pw.txt", "a-password\n");
    }

    /** A port on 127.0.0.1 that nothing listens on any more. */
    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
