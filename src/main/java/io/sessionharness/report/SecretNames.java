package io.sessionharness.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which key and parameter names carry a credential, read the way sites write them: in any case style
 * ({@code access_token}, {@code accessToken}, {@code access-token}), by the words in them rather than by a list.
 */
final class SecretNames {

    /** A key or parameter whose name holds one of these (case and separators ignored) carries a credential. */
    private static final List<String> SECRET_NAME_WORDS = List.of("password", "passwd", "passphrase", "secret", "token",
            "sessid", "sessionid", "session", "credential", "apikey", "csrf", "xsrf", "saml", "ticket");
    private static final List<String> PASSWORD_WORDS = List.of("password", "passwd", "passphrase", "secret", "apikey", "api_key");
    /** Words of a name: "otp_code", "otpCode" and "OTP" have the word otp; "dotplus" and "NotPrecedes" do not. */
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[_.\\-\\s\\[\\]]+|(?<=[a-z0-9])(?=[A-Z])");
    /** A value that reads as a setting, not a credential: true, 60s, newest-wins, sign-in-page. */
    private static final Pattern SETTING_VALUE = Pattern.compile("(?i)true|false|null|none|yes|no|on|off|\\d{1,10}(?:\\.\\d+)?[a-z]{0,3}|[a-z]+(?:-[a-z]+)*");
    /** A yes/no under a password-like name (hasPassword=true) describes it rather than being it. */
    private static final Pattern FLAG_VALUE = Pattern.compile("(?i)true|false|null|none|yes|no|on|off|[01]");
    /** "code" is a credential on its own or after one of these (otp_code, resetCode), not as zipcode or statusCode. */
    private static final Pattern SECRET_CODE_NAME = Pattern.compile("(?:otp|auth|authorization|session|verification|verify|confirm|confirmation"
            + "|reset|onetime|login|signin|magic|access|device|security|activation|mfa|totp|sms|email|user|recovery|backup|invite|invitation)?code");
    /** What a secret-sounding name ends with when its value describes a secret instead of being one (token_type, sessionTimeout). */
    private static final Pattern DESCRIPTIVE_NAME = Pattern.compile(".*(?:type|expiresin|expires|expiresat|expiry|expiration|timeout|ttl|length"
            + "|hint|endpoint|url|uri|name|names|lifetime|maxage|count|cookie|cookies|enabled|required|policy|limit|mode|storage|tokens|keys)");

    private SecretNames() {
    }

    /** The well-known names of {@link RedactionRules#SECRET_PARAMETERS}, masked whatever their value. */
    static boolean isWellKnown(String name) {
        return RedactionRules.SECRET_PARAMETERS.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** A yes/no value: under a password-like name it describes the password rather than being it. */
    static boolean isFlag(String value) {
        return FLAG_VALUE.matcher(value).matches();
    }

    /** A value that reads as a setting ({@code true}, {@code 60s}, {@code 3600}, {@code newest-wins}) rather than as a credential. */
    static boolean isSettingValue(String value) {
        return SETTING_VALUE.matcher(value).matches();
    }

    /**
     * Whether a key or parameter of this name carries a credential: a word of {@link #SECRET_NAME_WORDS} in it, "code"
     * on a one-time path, "sid", or one of the well-known names of {@link RedactionRules#SECRET_PARAMETERS} — unless the name says
     * it describes a secret (token_type, sessionTimeout).
     */
    static boolean isSecretName(String name) {
        String flat = name.toLowerCase(Locale.ROOT).replaceAll("[_.\\-\\s\\[\\]]", "");
        if (isWellKnown(name)) {
            return true;
        }
        if (flat.isEmpty() || DESCRIPTIVE_NAME.matcher(flat).matches()) {
            return false;
        }
        return hasOtpWord(name) || SECRET_NAME_WORDS.stream().anyMatch(flat::contains) || SECRET_CODE_NAME.matcher(flat).matches()
                || words(name).anyMatch("sid"::equals) || flat.equals("state") || flat.equals("relaystate");
    }

    /** A name whose value is a credential whatever it looks like (a password may be a plain word): password, secret, otp, … */
    static boolean isPasswordName(String name) {
        String flat = name.toLowerCase(Locale.ROOT);
        return PASSWORD_WORDS.stream().anyMatch(flat::contains) || hasOtpWord(name);
    }

    private static boolean hasOtpWord(String name) {
        return words(name).anyMatch(word -> word.startsWith("otp"));
    }

    private static Stream<String> words(String name) {
        return Arrays.stream(WORD_BOUNDARY.split(name)).map(word -> word.toLowerCase(Locale.ROOT));
    }

}
