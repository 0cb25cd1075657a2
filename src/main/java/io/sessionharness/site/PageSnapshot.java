package io.sessionharness.site;

import java.util.Optional;
import java.util.Set;

/**
 * What markers look at, as read from the page at one moment (by the browser layer, in one round trip): its address,
 * its rendered text, which of the markers' CSS selectors match an element, and — when the browser shows its own error
 * page instead of the site's (Chromium's chrome-error:// page, or body.neterror under the site's address) — that
 * page's text.
 */
public record PageSnapshot(String url, String text, Set<String> present, Optional<String> browserErrorText) {

    public PageSnapshot {
        present = Set.copyOf(present);
    }
}
