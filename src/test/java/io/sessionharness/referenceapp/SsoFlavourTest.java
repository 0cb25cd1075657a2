package io.sessionharness.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** The SSO flavour at HTTP level: identity provider on 127.0.0.2, one-time codes, the same server-side expiry. */
public class SsoFlavourTest extends EmbeddedSiteTest {

    private static final Pattern AUTHORIZE = Pattern.compile("href=\\\\\"([^\\\\]+)\\\\\"");

    private String password;

    @BeforeMethod
    public void startSite() {
        SiteSettings sso = SiteSettings.defaults().withIdleTimeout(Optional.of(Duration.ofSeconds(5)))
                .withAbsoluteTimeout(Optional.of(Duration.ofSeconds(15))).withFlavour(SiteSettings.Flavour.SSO, "APPSESSION");
        password = startWith(sso, "dana");
    }

    @Test
    public void signInGoesThroughTheIdentityProviderOnAnotherHostAndBack() throws Exception {
        SiteClient dana = new SiteClient(site.baseUrl());
        String callback = signIn(dana);
        HttpResponse<String> landed = dana.get(callback);
        assertThat(landed.headers().firstValue("Location")).hasValue("/app/home");
        HttpResponse<String> home = dana.get("/app/home");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"dashboard\"", "Welcome, dana");

        SiteClient replay = new SiteClient(site.baseUrl());
        replay.get("/signin");
        assertThat(replay.get(callback.replaceAll("state=[^&]*", "state=x")).headers().firstValue("Location"))
                .as("a code is usable once, and only with its own state").hasValue("/signin");
    }

    @Test
    public void aBrowserThatBlocksCookiesIsToldSoAfterTheIdentityProvider() throws Exception {
        SiteClient dana = new SiteClient(site.baseUrl());
        String callback = signIn(dana);
        dana.forgetCookies();   // what a browser that keeps none sends back: no cookie at all
        HttpResponse<String> landed = dana.get(callback);
        assertThat(landed.statusCode()).as("not sent round the sign-in again without a word").isEqualTo(400);
        assertThat(landed.body()).contains("id=\"cookies-required\"", "Cookies are required");
    }

    @Test
    public void anIdleSessionEndsWithTheTimedOutBanner() throws Exception {
        SiteClient dana = new SiteClient(site.baseUrl());
        dana.get(signIn(dana));
        clock.advance(Duration.ofSeconds(5));
        assertThat(dana.get("/app/home").headers().firstValue("Location")).hasValue("/signin?timeout=1&reason=idle");
        assertThat(dana.get("/signin?timeout=1&reason=idle").body()).contains("Your session timed out");
    }

    /**
     * The shapes that leaked from a real SSO product into reports: several cookies in one answer (one a signed JWT),
     * code, state and session_state in the redirect — and the ledger the redaction scan reads lists every one of them.
     */
    @Test
    public void signInAnswersWithSeveralCookiesAndTheLedgerListsEverySecret() throws Exception {
        java.nio.file.Path ledger = java.nio.file.Files.createTempFile("issued", ".txt");
        site.close();
        site = new ReferenceSite(SiteSettings.defaults().withFlavour(SiteSettings.Flavour.SSO, "APPSESSION"), clock).listingIssuedValuesIn(ledger).start(0);
        password = site.createAccount("dana").reveal();
        try {
            SiteClient dana = new SiteClient(site.baseUrl());
            String callback = signIn(dana);
            assertThat(callback).contains("&session_state=");
            HttpResponse<String> landed = dana.get(callback);
            java.util.List<String> cookies = landed.headers().allValues("Set-Cookie");
            assertThat(cookies).anyMatch(c -> c.startsWith("APPSESSION=")).anyMatch(c -> c.startsWith("APP_IDENTITY=eyJ"))
                    .anyMatch(c -> c.startsWith("APP_RESTART=")).anyMatch(c -> c.startsWith("APP_SESSION_HASH="));
            java.util.List<String> issued = java.nio.file.Files.readAllLines(ledger);
            for (String cookie : cookies) {
                String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
                assertThat(issued).as("the ledger lists the value of %s", cookie.substring(0, cookie.indexOf('=')))
                        .anyMatch(value::startsWith);
            }
            String code = callback.replaceAll(".*[?&]code=([^&]*).*", "$1");
            assertThat(issued).contains(password, java.net.URLDecoder.decode(code, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(password).as("a canary password with the characters encoders change").contains("/", "+", "@", "%", "&", "=", "\"", "é");
            String home = dana.get("/app/home").body();
            Matcher answer = Pattern.compile("\"access_token\":\"([^\"]+)\".*\"refreshToken\":\"([^\"]+)\"").matcher(home);
            assertThat(answer.find()).as("the dashboard keeps the token endpoint's JSON answer").isTrue();
            assertThat(answer.group(1)).as("written with an escaped slash").contains("\\/");
            issued = java.nio.file.Files.readAllLines(ledger);
            assertThat(issued).as("the ledger lists both tokens").contains(answer.group(1).replace("\\/", "/"), answer.group(2));
            Matcher clientData = Pattern.compile("client_data=([A-Za-z0-9_-]+)").matcher(new SiteClient(site.baseUrl()).getAbsolute(
                    AUTHORIZE_URL_OF.apply(new SiteClient(site.baseUrl()))).body());
            assertThat(clientData.find()).as("the identity provider's form action carries client_data").isTrue();
            String decoded = new String(java.util.Base64.getUrlDecoder().decode(clientData.group(1)), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(decoded).contains("\"state\":\"");
            issued = java.nio.file.Files.readAllLines(ledger);
            assertThat(issued).contains(clientData.group(1), decoded.replaceAll(".*\"state\":\"([^\"]+)\".*", "$1"));
        } finally {
            java.nio.file.Files.deleteIfExists(ledger);
        }
    }

    /** The identity provider's authorize address, as a new visitor's sign-in page links to it. */
    private static final java.util.function.Function<SiteClient, String> AUTHORIZE_URL_OF = client -> {
        try {
            Matcher authorize = AUTHORIZE.matcher(client.get("/signin").body());
            assertThat(authorize.find()).isTrue();
            return authorize.group(1).replace("&amp;", "&");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };

    /** Walks the sign-in like a browser would; returns the app callback URL the identity provider redirected to. */
    private String signIn(SiteClient client) throws Exception {
        Matcher authorize = AUTHORIZE.matcher(client.get("/signin").body());
        assertThat(authorize.find()).as("the sign-in page links to the identity provider").isTrue();
        String authorizeUrl = authorize.group(1).replace("&amp;", "&");
        assertThat(authorizeUrl).startsWith("http://127.0.0.2:");
        HttpResponse<String> identify = client.getAbsolute(authorizeUrl);
        String returnTo = field(identify.body(), "return");
        String state = field(identify.body(), "state");
        String idp = authorizeUrl.substring(0, authorizeUrl.indexOf("/idp/"));
        client.postAbsolute(idp + "/idp/identify", Map.of("identifier", "dana", "return", returnTo, "state", state));
        HttpResponse<String> verified = client.postAbsolute(idp + "/idp/verify",
                Map.of("identifier", "dana", "secret", password, "return", returnTo, "state", state));
        assertThat(verified.statusCode()).isEqualTo(303);
        String continueLink = verified.headers().firstValue("Location").orElseThrow();
        assertThat(continueLink).as("a one-time continue link, its token a path segment").matches("http://127\\.0\\.0\\.2:\\d+/idp/continue/MQ/[0-9a-z]+-[0-9a-f]{20}/");
        HttpResponse<String> continued = client.getAbsolute(continueLink);
        assertThat(continued.statusCode()).isEqualTo(303);
        assertThat(client.getAbsolute(continueLink).statusCode()).as("the continue link works once").isEqualTo(404);
        String location = continued.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(site.baseUrl() + "sso/callback?code=").containsPattern("&otp_code=\\d{6}$");
        return location.substring(site.baseUrl().toString().length() - 1);
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(matcher.find()).as("hidden field %s", name).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
