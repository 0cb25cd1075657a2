package io.sessionharness.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The forms a secret takes when a site, a browser or a library writes it somewhere: URL-encoded (with {@code +} or
 * {@code %20} for a space, upper- or lower-case hex, as encodeURIComponent writes it), JSON-escaped (minimal, with {@code \/} and {@code \}uXXXX for
 * non-ASCII as PHP writes it, HTML-safe as Gson writes it), HTML-escaped (fully, and as a browser serialises text and
 * attributes), base64 and base64url. A value masked in
 * every one of these forms leaves no copy behind that a reader could decode by hand.
 */
public final class SecretEncodings {

    private SecretEncodings() {
    }

    /** The value itself first, then each distinct encoding of it. */
    public static Set<String> of(String value) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(value);
        String urlPlus = URLEncoder.encode(value, StandardCharsets.UTF_8);
        forms.add(urlPlus);
        String url20 = urlPlus.replace("+", "%20");
        forms.add(url20);
        forms.add(lowerHex(urlPlus));
        forms.add(lowerHex(url20));
        // Encoded twice, as a return URL inside a return URL carries it.
        forms.add(URLEncoder.encode(urlPlus, StandardCharsets.UTF_8));
        forms.add(json(value, false, false));
        forms.add(json(value, true, false));
        forms.add(json(value, true, true));
        forms.add(json(value, false, true));
        forms.add(html(value, false));
        forms.add(html(value, true));
        // As a browser serialises a page (the page source of a failure): text escapes & < >, an attribute & and ".
        forms.add(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        forms.add(value.replace("&", "&amp;").replace("\"", "&quot;"));
        forms.add(uriComponent(value));
        forms.addAll(base64(value.getBytes(StandardCharsets.UTF_8)));
        return forms;
    }

    /** Base64 and base64url of {@code user:password}, as an HTTP Basic Authorization header carries them. */
    public static Set<String> basicCredentials(String user, String password) {
        return base64((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> base64(byte[] bytes) {
        Set<String> forms = new LinkedHashSet<>();
        // Without padding: the padded form starts with it, so masking this masks that too.
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return forms;
    }

    /** JavaScript's encodeURIComponent: RFC 3986's unreserved characters and {@code ! ' ( ) *} stay, a space is %20. */
    static String uriComponent(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!").replace("%27", "'")
                .replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }

    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A JSON string's content: always {@code "} and {@code \} escaped; {@code slashAndUnicode} also {@code /} and
     * every non-ASCII character (PHP's json_encode); {@code htmlSafe} also {@code < > & = '} (Gson's default).
     */
    static String json(String value, boolean slashAndUnicode, boolean htmlSafe) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append(slashAndUnicode ? "\\/" : "/");
                case '<', '>', '&', '=', '\'' -> out.append(htmlSafe ? unicode(c) : String.valueOf(c));
                default -> out.append(c < 0x20 || (slashAndUnicode && c > 0x7e) ? unicode(c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static String unicode(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /** HTML text: {@code & < > "} as named entities, {@code '} as {@code &#39;} or {@code &#x27;}. */
    static String html(String value, boolean hexApostrophe) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", hexApostrophe ? "&#x27;" : "&#39;");
    }
}
