package io.sessionharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import io.sessionharness.config.Secret;

/**
 * One test per masking rule, each on an input that leaked before the rule existed. Every case also proves the scan
 * side of the same rule: the scan finds the original, and finds nothing in the masked text.
 */
public class RedactorTest {

    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJxYTEiLCJzaWQiOiI0MiJ9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg";

    @Test
    public void everyCookieOfAMultiCookieSetCookieHeaderIsFingerprinted() {
        String header = "set-cookie: KC_SESSION=" + JWT + "; Path=/; HttpOnly, KC_RESTART=r3start-T0ken-9931aa; Expires=Wed, 21 Oct 2026 07:28:00 GMT | "
                + "KC_HASH=5f2b9c1de0a7; Secure";
        String masked = proven(header);
        assertThat(masked).contains("KC_SESSION=", "KC_RESTART=sha256:", "KC_HASH=sha256:", "Path=/", "Expires=Wed, 21 Oct 2026", "Secure")
                .doesNotContain("r3start-T0ken-9931aa", "5f2b9c1de0a7", "eyJ");
    }

    @Test
    public void aCookieRequestHeaderIsFingerprinted() {
        String masked = proven("Cookie: APPSESSION=node0abcdefghij123.node0; theme=dark");
        assertThat(masked).startsWith("Cookie: APPSESSION=sha256:").doesNotContain("node0abcdefghij123", "dark");
    }

    @Test
    public void tokensInAJsonAnswerOrAStoredItemAreMasked() {
        String masked = proven("{\"access_token\":\"LHQPVZAFbFtUcdcwhn+/Al+rxdkungPjNppvmWBD\",\"expires_in\":60,\"token_type\":\"Bearer\"}");
        assertThat(masked).contains("\"expires_in\":60", "\"token_type\":\"Bearer\"").doesNotContain("LHQPVZAFbFtUcdcwhn");
    }

    @DataProvider
    public Object[][] parameters() {
        return RedactionRules.SECRET_PARAMETERS.stream().map(name -> new Object[] {name}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "parameters")
    public void credentialParametersAreMaskedInQueriesFragmentsFormsAndEncodedUrls(String name) {
        String value = "Xy7" + name.length() + "qLm0PaC2vR";
        for (String text : List.of("http://127.0.0.1:8080/cb?" + name + "=" + value + "&x=1",
                "http://127.0.0.1:8080/cb?x=1&" + name + "=" + value,
                "http://127.0.0.1:8080/cb#" + name + "=" + value,
                "<a href=\"/cb?x=1&amp;" + name + "=" + value + "\">",
                name + "=" + value + "&next=/home",
                "/signin?return=http%3A%2F%2F127.0.0.1%2Fcb%3F" + name + "%3D" + value + "%26x%3D1")) {
            assertThat(proven(text)).as(text).doesNotContain(value);
        }
    }

    @Test
    public void aSessionIdSeenOnlyInAUrlIsMaskedWhereThePagePrintsItToo() {
        // Tomcat's examples page prints its session ID; with cookies off, the ID lives only in rewritten URLs.
        String page = "<form action=\"j_security_check;jsessionid=9F8E7D6C5B4A39281706F5E4D3C2B1A0\"></form>"
                + "<p>in session <b>9F8E7D6C5B4A39281706F5E4D3C2B1A0</b></p>";
        assertThat(Redactor.mask(page)).doesNotContain("9F8E7D6C5B4A39281706F5E4D3C2B1A0").contains("in session <b>[redacted]</b>");
        assertThat(Redactor.mask("later, elsewhere: 9F8E7D6C5B4A39281706F5E4D3C2B1A0")).isEqualTo("later, elsewhere: [redacted]");
    }

    @Test
    public void aMaskedParameterInAnEscapedTextIsNoLeak() {
        // As a failure message stands in an Allure result file: the newline written as \n right after the mask.
        assertThat(RedactionRules.standard().leaks("\"message\":\"at /index.jsp;jsessionid=[redacted]\\n\\tat Foo\"")).isEmpty();
    }

    @Test
    public void aSessionIdRewrittenIntoTheUrlIsMasked() {
        assertThat(proven("GET /examples/servlets/secure;jsessionid=A1B2C3D4E5F6A7B8C9D0?x=1 → 200"))
                .isEqualTo("GET /examples/servlets/secure;jsessionid=[redacted]?x=1 → 200");
    }

    @Test
    public void jwtAndJweShapedValuesAreMaskedWithoutRegistration() {
        String jwe = "eyJhbGciOiJSU0EtT0FFUCJ9.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b"
                + ".5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ";
        assertThat(proven("token " + JWT + " seen")).isEqualTo("token [redacted-jwt] seen");
        assertThat(proven("{\"jwe\":\"" + jwe + "\"}")).isEqualTo("{\"jwe\":\"[redacted-jwt]\"}");
    }

    @Test
    public void authorizationAndBearerValuesAreMasked() {
        assertThat(proven("Authorization: Basic cWExOnMzY3JldC1wYXNz")).isEqualTo("Authorization: [redacted]");
        assertThat(proven("calling the API with bearer mF_9.B5f-4.1JqM")).isEqualTo("calling the API with bearer [redacted]");
        assertThat(proven("{\"authorization\": \"Token 9f8e7d6c5b4a\"}")).isEqualTo("{\"authorization\": \"[redacted]\"}");
    }

    @Test
    public void hiddenFormTokensInPageSourcesAreMasked() {
        String page = "<form><input type=\"hidden\" name=\"csrf\" value=\"Q2xhc3NpZmllZC10b2tlbg\">"
                + "<input value='d3ZhbHVlLXNpbmdsZQ' name='session_code' type='hidden'>"
                + "<input name=\"q\" value=\"visible search\"></form>";
        String masked = proven(page);
        assertThat(masked).doesNotContain("Q2xhc3NpZmllZC10b2tlbg", "d3ZhbHVlLXNpbmdsZQ").contains("value=\"[redacted]\"", "visible search");
    }

    @Test
    public void credentialsInAUrlsUserinfoAreMasked() {
        assertThat(proven("grid.url=http://ci-bot:gr1d-pass@127.0.0.1:4444/wd/hub")).isEqualTo("grid.url=http://[redacted]@127.0.0.1:4444/wd/hub");
    }

    @Test
    public void longRandomValuesInALocationHeaderAreMasked() {
        String masked = proven("302; location: /login-actions/authenticate?execution=ab12cd34ef56gh78ij90&client_id=account&tab_id=xY");
        assertThat(masked).contains("execution=[redacted]", "client_id=account", "tab_id=xY");
    }

    @Test
    public void shortRegisteredValuesAreMaskedOnlyAsWholeParameterValues() {
        Secret.register("7Q");
        assertThat(Redactor.mask("/verify?pin=7Q&next=/7Quarters")).isEqualTo("/verify?pin=[redacted]&next=/7Quarters");
    }

    @Test
    public void aProfileAddsParameterNames() {
        RedactionRules rules = RedactionRules.withParameters(List.of("sso_nonce"));
        assertThat(rules.mask("/cb?sso_nonce=n0nce-V4lue")).isEqualTo("/cb?sso_nonce=[redacted]");
        assertThat(RedactionRules.standard().mask("/cb?sso_nonce=n0nce-V4lue")).contains("n0nce-V4lue");
        assertThat(RedactionRules.isPlainName("sso nonce")).isFalse();
        assertThat(RedactionRules.isPlainName("sso_nonce")).isTrue();
    }

    @Test
    public void ordinaryTextIsLeftAlone() {
        String text = "alice opens /account after 5.0 s idle (5.5 s after sign-in) and got the signed-in page at http://127.0.0.1:8080/account";
        assertThat(Redactor.mask(text)).isEqualTo(text);
        assertThat(RedactionRules.standard().leaks(text)).isEmpty();
    }

    /** Masks the text and proves the scan's side of the same rule: it finds the leak before, nothing after. */
    private static String proven(String text) {
        RedactionRules rules = RedactionRules.standard();
        assertThat(rules.leaks(text)).as("the scan finds a leak in: %s", text).isNotEmpty();
        String masked = Redactor.mask(text);
        assertThat(rules.leaks(masked)).as("the scan finds nothing in: %s", masked).isEmpty();
        return masked;
    }
}
