package io.sessionharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.TempHome;

/** The scan turns red on each kind of leak, and stays green on masked output. */
public class RedactionScanTest {

    private static final String ISSUED = "node0x7y8z9issuedsession";

    @Test
    public void findsIssuedValuesCanariesAndShapesButNeverPrintsThem() {
        try (TempHome home = new TempHome()) {
            home.write("ledger.txt", ISSUED + "\nab\n");
            home.write("out/results/a-attachment.txt", "GET /app → 200; set-cookie: APPSESSION=" + ISSUED + "; Path=/");
            home.write("out/results/b-result.json", "{\"message\":\"landed on /cb?code=Zx81ab77Qp&x=1\"}");
            home.write("out/run.log", "signing in with canary-pw-31337 as qa1");
            home.write("out/clean.txt", "GET /app → 200; set-cookie: APPSESSION=sha256:1a2b3c4d; Path=/ and /cb?code=[redacted]");
            home.write("out/shot.png", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = RedactionScan.run(new String[] {"--ledger", home.path().resolve("ledger.txt").toString(), "--canary-env", "CANARY",
                    home.path().resolve("out").toString()}, Map.of("CANARY", "canary-pw-31337"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream()));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).isEqualTo(1);
            assertThat(printed).contains("a-attachment.txt: an issued or canary value", "a-attachment.txt: cookie value in a Set-Cookie/Cookie header",
                    "b-result.json: credential parameter", "a-attachment.txt: credential parameter", "run.log: an issued or canary value", "5 leak(s)")
                    .doesNotContain("clean.txt", "shot.png", ISSUED, "Zx81ab77Qp", "canary-pw-31337");
        }
    }

    @Test
    public void findsALedgerValueInEveryEncoding() {
        String issued = "p@ss/Issued+V4lue";
        try (TempHome home = new TempHome()) {
            home.write("ledger.txt", issued + "\n");
            home.write("out/url.txt", "j_password=" + java.net.URLEncoder.encode(issued, StandardCharsets.UTF_8));
            home.write("out/json.txt", "{\"v\":\"p@ss\\/Issued+V4lue\"}");
            home.write("out/base64.txt", "blob " + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"x\":\"" + issued + "\"}").getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = RedactionScan.run(new String[] {"--ledger", home.path().resolve("ledger.txt").toString(), home.path().resolve("out").toString()},
                    Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("url.txt: an issued or canary value, encoded", "json.txt: an issued or canary value, encoded",
                    "base64.txt: base64 value that decodes to a secret").doesNotContain(issued);
        }
    }

    @Test
    public void aCleanFolderPassesAndBadArgumentsExitTwo() {
        try (TempHome home = new TempHome()) {
            home.write("out/clean.txt", "alice signs in as alice-3 → the signed-in page");
            // JUnit XML: a masked session ID at the end of a failure message closes the CDATA section right after it.
            home.write("out/testng-results.xml", "<message><![CDATA[got http://127.0.0.1:1/index.jsp;jsessionid=[redacted]]]></message>");
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
            assertThat(RedactionScan.run(new String[] {home.path().resolve("out").toString()}, Map.of(), quiet, quiet)).isZero();
            home.write("out/testng-results.xml", "<message><![CDATA[got http://127.0.0.1:1/index.jsp;jsessionid=[redacted]2vR7q]]></message>");
            assertThat(RedactionScan.run(new String[] {home.path().resolve("out").toString()}, Map.of(), quiet, quiet))
                    .as("a value masked only in part is still a leak").isEqualTo(1);
            assertThat(RedactionScan.run(new String[] {"--canary-env", "UNSET", "x"}, Map.of(), quiet, quiet)).isEqualTo(2);
            assertThat(RedactionScan.run(new String[] {"--parameter", "not plain", "x"}, Map.of(), quiet, quiet)).isEqualTo(2);
            assertThat(RedactionScan.run(new String[] {}, Map.of(), quiet, quiet)).isEqualTo(2);
        }
    }
}
