package io.sessionharness.referenceapp;

import static io.sessionharness.referenceapp.Pages.page;

import java.util.Optional;

/** The single-page flavour's own HTML: the shell of its account pages and the signed-in answer that stores a token. */
final class SpaPages {

    private SpaPages() {
    }

    /**
     * The single-page flavour's shell, the same for every visitor, signed in or not (so neither the status nor a
     * redirect tells the session's state): asks /api/page for the content (sending the token kept in local storage
     * under {@code tokenKey}, where the session has one) and renders it, follows a 401 to the sign-in page, and shows
     * any other answer as it came.
     */
    static String shell(Optional<String> tokenKey) {
        // A browser that blocks cookies blocks local storage too: reading it throws, and the page must still go on.
        String headers = tokenKey.map(key -> ",headers:{'" + Identities.HEADER + "':stored(" + jsString(key) + ")}").orElse("");
        return page("Loading", "<main id=\"app\" aria-busy=\"true\">Loading…</main><script>"
                + "function stored(k){try{return localStorage.getItem(k)||'';}catch(e){return '';}}"
                + "fetch('/api/page?path='+encodeURIComponent(location.pathname),{credentials:'same-origin',cache:'no-store'" + headers + "})"
                + ".then(function(r){return r.text().then(function(t){return {status:r.status,text:t};});})"
                + ".then(function(a){if(a.status===401){location.replace(JSON.parse(a.text).signIn);return;}"
                + "var html=a.status===200?JSON.parse(a.text).html:a.text;document.open();document.write(html);document.close();});"
                + "</script>");
    }

    /** The signed-in answer of a bearer-token single-page app: the page keeps its token in local storage, then goes to {@code next}. */
    static String storeTokenAndGo(String key, String token, String next) {
        return page("Signing in", "<main id=\"signing-in\" aria-busy=\"true\">Signing in…</main><script>"
                + "localStorage.setItem(" + jsString(key) + "," + jsString(token) + ");location.replace(" + jsString(next) + ");</script>", false);
    }

    /** A JavaScript string literal of {@code text}, safe inside a script element. */
    static String jsString(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '/' || c == '.' || c == '?' || c == '=' || c == '&'
                    ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append('\'').toString();
    }
}
