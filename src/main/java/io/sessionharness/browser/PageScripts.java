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

    /**
     * A file of an npm package on the class path as a webjar (META-INF/resources/webjars/{@code artifact}/version/
     * {@code path}), in the version the build put there; a missing one is a broken build, said so at once.
     */
    public static String webjar(String artifact, String path) {
        String properties = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = PageScripts.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException("the webjar " + artifact + " is missing from the class path (a dependency in pom.xml)");
            }
            java.util.Properties pom = new java.util.Properties();
            pom.load(in);
            String file = "/META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + path;
            try (InputStream source = PageScripts.class.getResourceAsStream(file)) {
                if (source == null) {
                    throw new IllegalStateException(file + " is missing from the webjar " + artifact);
                }
                return new String(source.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
