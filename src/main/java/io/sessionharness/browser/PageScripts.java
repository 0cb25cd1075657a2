package io.sessionharness.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The harness's own scripts run in a page (src/main/resources/js/), read once from the class path. */
public final class PageScripts {

    private PageScripts() {
    }

    /** The script {@code js/<name>}; a missing one is a broken build, said so at once. */
    public static String load(String name) {
        try (InputStream in = PageScripts.class.getResourceAsStream("/js/" + name)) {
            if (in == null) {
                throw new IllegalStateException("js/" + name + " is missing from the harness's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
