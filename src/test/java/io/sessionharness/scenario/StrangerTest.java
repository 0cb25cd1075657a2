package io.sessionharness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

/** A shell is the same document with a session and without: per-request values set aside, account data never. */
public class StrangerTest {

    private static String page(String nonce, String csrf, String text) {
        return "<html><head><meta name=\"csrf-token\" content=\"" + csrf + "\"><script nonce=\"" + nonce + "\" src=\"/app.js\"></script></head>"
                + "<body><form><input type=\"hidden\" name=\"_csrf\" value=\"" + csrf + "\"><input name=\"email\" value=\"" + text + "\"></form>"
                + "<main>" + text + "</main></body></html>";
    }

    @Test
    public void noncesAndCsrfValuesAreSetAsideButTheAccountsDataIsNot() {
        assertThat(Stranger.comparable(page("n0nce-1", "c5rf-aaaa", ""))).as("a shell: only per-request values differ")
                .isEqualTo(Stranger.comparable(page("n0nce-2", "c5rf-bbbb", "")));
        assertThat(Stranger.comparable(page("n0nce-1", "c5rf-aaaa", "alice@example.com")))
                .as("a page carrying the account's data, in its text and in a field's value")
                .isNotEqualTo(Stranger.comparable(page("n0nce-2", "c5rf-bbbb", "")));
    }
}
