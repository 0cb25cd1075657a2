package io.sessionharness.referenceapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Response;

/**
 * What a real single-sign-on product adds to its session cookie at sign-in, all in the same answer: a signed identity
 * token (a JWT), a restart token and a session hash — the shapes that leaked from a real SSO site into reports.
 * The app's session itself stays the one session cookie; these cookies are there to be kept secret.
 */
final class SsoSessionCookies {

    static final String ID_TOKEN = "APP_IDENTITY";
    static final String RESTART = "APP_RESTART";
    static final String HASH = "APP_SESSION_HASH";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final byte[] signingKey = new byte[32];
    private final IssuedValues issued;

    SsoSessionCookies(IssuedValues issued) {
        this.issued = issued;
        random.nextBytes(signingKey);
    }

    /** Sets the three cookies for a session just signed in. */
    void set(Response response, String user, String sessionId, long nowMillis) {
        long now = nowMillis / 1000;
        String payload = "{\"sub\":\"" + user.replace("\"", "") + "\",\"sid\":\"" + randomText(8) + "\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
        add(response, ID_TOKEN, jwt(payload));
        add(response, RESTART, randomText(24));
        add(response, HASH, HexFormat.of().formatHex(hmac((sessionId + randomText(8)).getBytes(StandardCharsets.UTF_8))));
    }

    /** Removes them again (sign-out). */
    void clear(Response response) {
        for (String name : new String[] {ID_TOKEN, RESTART, HASH}) {
            Response.addCookie(response, HttpCookie.build(name, "").path("/").maxAge(0).build());
        }
    }

    /** A one-time value of the kind identity providers put in URLs (session_state, session_code), listed as issued. */
    String oneTimeValue() {
        return issued.record(randomText(18));
    }

    /**
     * A one-time code of six digits (as an e-mailed or texted code is). Not listed: six digits stand by chance in any
     * long output, so the scan finds this one by its parameter name instead.
     */
    String oneTimeDigits() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** The identity provider's {@code client_data}: base64url JSON with the return address and the app's state inside (both listed). */
    String clientData(String returnTo, String state) {
        issued.record(state);
        String json = "{\"ru\":\"" + returnTo.replace("\"", "") + "\",\"state\":\"" + state.replace("\"", "") + "\",\"v\":1}";
        return issued.record(BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A token endpoint's JSON answer as the app keeps it for its scripts: an access token with a slash (written
     * {@code \/}, as PHP and some identity providers escape it) and a refresh token under a camelCase key, both listed.
     */
    String tokenAnswer() {
        String access = issued.record("ya29." + randomText(12) + "/" + randomText(12));
        String refresh = issued.record(randomText(24));
        return "{\"access_token\":\"" + access.replace("/", "\\/") + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"refreshToken\":\"" + refresh + "\"}";
    }

    /** An authorization code on its way to the browser, listed as issued. */
    String issuedCode(String code) {
        return issued.record(code);
    }

    private void add(Response response, String name, String value) {
        issued.record(value);
        Response.addCookie(response, HttpCookie.build(name, value).path("/").httpOnly(true).sameSite(HttpCookie.SameSite.LAX).build());
    }

    private String jwt(String payload) {
        String signed = BASE64URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return signed + "." + BASE64URL.encodeToString(hmac(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private String randomText(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return BASE64URL.encodeToString(value);
    }
}
