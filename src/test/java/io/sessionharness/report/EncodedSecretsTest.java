package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import io.sessionharness.config.Secret;
import io.sessionharness.site.Account;

/**
 * The secrets that came back unchanged from the masker before it registered every encoding and read names instead of
 * a fixed list (one test per row of the table), and each encoding of a registered password.
 */
public class EncodedSecretsTest {

    /** A password with the characters that encoders change: / + @ % & = " and a non-ASCII letter. */
    private static final String PASSWORD = "p@ss/w0rd+Q9%&=\"é";

    /**
     * Each case by its name only: TestNG writes a data provider's values into the surefire reports, and those are
     * scanned for secrets like every other output.
     */
    @DataProvider
    public Object[][] leakedBefore() {
        return java.util.Arrays.stream(leakedBeforeCases()).map(c -> new Object[] {c[0]}).toArray(Object[][]::new);
    }

    private static Object[][] leakedBeforeCases() {
        String state = "af0ifjsldkj29dk3kdk3k";
        String clientData = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"ru\":\"http://127.0.0.1:8080/auth?client_id=account\",\"state\":\"" + state + "\",\"v\":1}").getBytes(StandardCharsets.UTF_8));
        return new Object[][] {
            {"a token in a JSON body with an escaped slash", "{\"access_token\":\"ya29.a0Af\\/Hk9f8e7d6c5b4a3f2e1\"}", "Hk9f8e7d6c5b4a3f2e1"},
            {"a camelCase token key", "{\"accessToken\":\"9f8e7d6c5b4a3f2e1d0c7a6b\"}", "9f8e7d6c5b4a3f2e1d0c7a6b"},
            {"Basic credentials in a quoted header map", "{'Authorization': 'Basic cWExOnMzY3JldA=='}", "cWExOnMzY3JldA"},
            {"a one-time token in a path segment", "location: /reset/MQ/c4z8-9f8e7d6c5b4a3f2e1d0c/", "c4z8-9f8e7d6c5b4a3f2e1d0c"},
            {"a session ID in the URL", "GET /account?PHPSESSID=9b1c0d2e3f4a5b6c7d8e", "9b1c0d2e3f4a5b6c7d8e"},
            {"a one-time code", "location: /verify?otp_code=839201", "839201"},
            {"base64url JSON carrying the OAuth state", "client_data=" + clientData + "&x=1", clientData.substring(4, 20)},
            {"a token under a header map key", "{'X-Auth-Token': 'T0k3n-abcdef-123456'}", "T0k3n-abcdef-123456"},
            {"a one-time code as a JSON number", "{\"otp\": 839201}", "839201"},
            {"a session ID as connect.sid", "/app?connect.sid=s%3Aabcdef0123456789.xyz", "abcdef0123456789"},
        };
    }

    @Test(dataProvider = "leakedBefore")
    public void eachShapeThatLeakedIsMaskedNow(String what) {
        Object[] found = java.util.Arrays.stream(leakedBeforeCases()).filter(c -> c[0].equals(what)).findFirst().orElseThrow();
        String input = (String) found[1];
        String secretPart = (String) found[2];
        String masked = Redactor.mask(input);
        assertThat(masked).as(what).doesNotContain(secretPart).contains("[redacted");
        assertThat(RedactionRules.standard().leaks(input)).as("the scan finds %s", what).isNotEmpty();
        assertThat(RedactionRules.standard().leaks(masked)).as("the scan finds nothing in the masked %s", what).isEmpty();
    }

    @Test
    public void theRegisteredPasswordIsMaskedURLEncodedUnderANameNotOnTheList() {
        Secret.register("p@ss/w0rd+Q9");
        assertThat(Redactor.mask("j_username=qa1&j_password=p%40ss%2Fw0rd%2BQ9")).isEqualTo("j_username=qa1&j_password=[redacted]");
        assertThat(Redactor.mask("posted p%40ss%2Fw0rd%2BQ9 as the body")).isEqualTo("posted [redacted] as the body");
    }

    @DataProvider
    public Object[][] encodings() {
        return java.util.Arrays.stream(encodingCases()).map(c -> new Object[] {c[0]}).toArray(Object[][]::new);
    }

    private static Object[][] encodingCases() {
        String b64 = Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));
        String b64url = Base64.getUrlEncoder().withoutPadding().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));
        return new Object[][] {
            {"as is", PASSWORD},
            {"URL-encoded, + for a space and %2F", URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)},
            {"URL-encoded, lower-case hex", java.util.regex.Pattern.compile("%[0-9A-F]{2}").matcher(URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))
                    .replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT))},
            {"JSON-escaped with \\/", "p@ss\\/w0rd+Q9%&=\\\"\\u00e9"},
            {"JSON-escaped HTML-safe (\\u0026, \\u003d)", "p@ss/w0rd+Q9%\\u0026\\u003d\\\"é"},
            {"HTML-escaped", "p@ss/w0rd+Q9%&amp;=&quot;é"},
            {"base64", b64},
            {"base64url", b64url},
        };
    }

    @Test(dataProvider = "encodings")
    public void everyEncodingOfARegisteredPasswordIsMasked(String encoding) {
        String written = (String) java.util.Arrays.stream(encodingCases()).filter(c -> c[0].equals(encoding)).findFirst().orElseThrow()[1];
        Secret.register(PASSWORD);
        assertThat(Redactor.mask("the page said <" + written + "> once")).as(encoding).isEqualTo("the page said <[redacted]> once");
    }

    @Test
    public void userAndPasswordAsABasicHeaderCarriesThemAreMasked() {
        new Account("qa-basic", Secret.of("s3cret-basic-pw"));
        String basic = Base64.getEncoder().encodeToString("qa-basic:s3cret-basic-pw".getBytes(StandardCharsets.UTF_8));
        assertThat(Redactor.mask("sent " + basic.replace("=", ""))).isEqualTo("sent [redacted]");
    }

    @Test
    public void theLongestSecretIsMaskedFirstSoNoFragmentSurvives() {
        Secret.register("Frag1");
        Secret.register("Frag1-and-the-rest-of-a-long-token");
        assertThat(Secret.maskKnown("x Frag1-and-the-rest-of-a-long-token y")).isEqualTo("x [redacted] y");
    }

    @Test
    public void aSecretInsideALongerBase64JsonValueIsMasked() {
        Secret.register("inner-state-Q7w8e9r0");
        String blob = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"a\":\"some prefix text\",\"s\":\"inner-state-Q7w8e9r0\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(Redactor.mask("form action=/login?client_data=" + blob)).isEqualTo("form action=/login?client_data=[redacted]");
    }

    @Test
    public void cookieNamesOutsideTheTokenCharactersAreMatched() {
        assertThat(Redactor.mask("Set-Cookie: user[sid]=v4lue-Secr3t-99; Path=/")).doesNotContain("v4lue-Secr3t-99").contains("Path=/");
    }

    @Test
    public void aTimelineLinesHeadersAfterTheCookieAreNoCookies() {
        String line = "GET /signin → 200; set-cookie: APPSESSION=n0t-a-w0rd-7f3a91; Path=/; HttpOnly; SameSite=Lax | APP_ID=9x8y7z6w5v; Path=/;"
                + " content-type: text/html; charset=utf-8; cache-control: no-store";
        assertThat(Redactor.mask(line)).doesNotContain("n0t-a-w0rd-7f3a91", "9x8y7z6w5v").contains("HttpOnly; SameSite=Lax | APP_ID=sha256:",
                "; content-type: text/html; charset=utf-8; cache-control: no-store");
    }

    @Test
    public void descriptiveNamesAndOrdinaryTextStay() {
        String text = "{\"token_type\":\"Bearer\",\"expires_in\":300,\"sessionTimeout\":\"60s\"} GET /docs/getting-started/installation?zipcode=12345 "
                + "at /tmp/surefire6512345487945231230tmp and target/allure-results/3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b-result.json";
        assertThat(Redactor.mask(text)).isEqualTo(text);
        assertThat(RedactionRules.standard().leaks(text)).isEmpty();
    }

    @Test
    public void aHiddenFieldsTokenIsRegisteredButAReturnPathOrAFlagIsNot() {
        Redactor.mask("<input type=\"hidden\" name=\"next\" value=\"/orders\"><input type=\"hidden\" name=\"n\" value=\"7\">"
                + "<input type=\"hidden\" name=\"f\" value=\"Hf7k2LmQ9xPz\">");
        assertThat(Redactor.mask("/session-expired?reason=idle&next=/orders&n=7")).isEqualTo("/session-expired?reason=idle&next=/orders&n=7");
        assertThat(Redactor.mask("sent Hf7k2LmQ9xPz again")).isEqualTo("sent [redacted] again");
    }

    @Test
    public void settingsUnderSecretSoundingNamesAreNeitherMaskedNorLearnedAsSecrets() {
        String text = "{\"credentials\":\"include\",\"sessionMaxIdle\": 3600} hasPassword=true&x=1\n"
                + "  rotatesSessionIdOnSignIn: true   # what a secure site does\n  concurrentSessions: newest-wins   # the rule\n"
                + "fetch(u,{headers:{Authorization:\"Bearer \"+t}}) and authorization:e.token,";
        String masked = Redactor.mask(text);
        assertThat(masked).contains("\"credentials\":\"include\"", "\"sessionMaxIdle\": 3600", "hasPassword=true", "rotatesSessionIdOnSignIn: true   # what",
                "concurrentSessions: newest-wins", "Authorization:\"Bearer \"+t", "authorization:e.token,");
        assertThat(Redactor.mask("max-age=3600; the flag is true; include it")).isEqualTo("max-age=3600; the flag is true; include it");
    }

    @Test
    public void aPageSourceAsTheBrowserSerialisesItHidesNoFormOfThePassword() {
        Secret.register(PASSWORD);
        String text = PASSWORD.replace("&", "&amp;");   // a text node: & < > escaped, quotes left
        String attribute = PASSWORD.replace("&", "&amp;").replace("\"", "&quot;");
        // JavaScript's encodeURIComponent: ! ' ( ) * ~ left as they are, a space as %20.
        String uriComponent = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
        assertThat(Redactor.mask("<p>" + text + "</p><input value=\"" + attribute + "\"> " + uriComponent)).doesNotContain("w0rd");
    }

    @Test
    public void aRedirectsEncodedReturnAddressIsNoSecretButItsEncodedTokenIs() {
        io.sessionharness.browser.NetworkLog log = new io.sessionharness.browser.NetworkLog();
        log.record(java.time.Instant.now(), "GET", "http://127.0.0.1:1/a", 302, false, java.util.Map.of("Location",
                java.util.List.of("/login?next=%2Faccount%2Forders&ticket=T1%2Bk3n-Zq81xLm0#top")));
        assertThat(Redactor.mask("back to /account/orders")).isEqualTo("back to /account/orders");
        assertThat(Redactor.mask("the ticket T1+k3n-Zq81xLm0 again")).isEqualTo("the ticket [redacted] again");
    }
}
