package io.sessionharness.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.ProjectHome;

/**
 * Every relative link of the README, ARCHITECTURE.md and docs/ resolves: the file exists, and an anchor names a
 * heading of that file as GitHub spells it — a section moved or renamed cannot leave a reader at a dead link.
 */
public class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    @Test
    public void everyRelativeLinkAndAnchorResolves() throws IOException {
        Path home = ProjectHome.path();
        List<Path> pages = new ArrayList<>(List.of(home.resolve("README.md"), home.resolve("ARCHITECTURE.md")));
        try (Stream<Path> docs = Files.list(home.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> dead = new ArrayList<>();
        for (Path page : pages) {
            Matcher link = LINK.matcher(withoutCode(Files.readString(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    dead.add(home.relativize(page) + ": " + target + " (no such file)");
                } else if (target.contains("#") && !anchors(resolved).contains(target.substring(target.indexOf('#') + 1))) {
                    dead.add(home.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(dead).as("dead links in %d page(s)", pages.size()).isEmpty();
        assertThat(Files.readAllLines(home.resolve("README.md"))).as("the README is read in five minutes").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    public void headingsAreSpelledAsGitHubAnchorsThem() {
        assertThat(slug("Browser profiles (`drivers-config/`)")).isEqualTo("browser-profiles-drivers-config");
        assertThat(slug("Every scenario's verdict per bundled target")).isEqualTo("every-scenarios-verdict-per-bundled-target");
        assertThat(slug("Scheduling: waiting costs no slot")).isEqualTo("scheduling-waiting-costs-no-slot");
    }

    /** The anchors of a Markdown page's headings (outside code blocks), repeated ones numbered as GitHub does. */
    private static List<String> anchors(Path page) throws IOException {
        if (!page.toString().endsWith(".md")) {
            return List.of();
        }
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : withoutCode(Files.readString(page)).split("\n")) {
            if (line.matches("#{1,6} .*")) {
                String slug = slug(line.replaceFirst("^#+ ", ""));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        return anchors;
    }

    private static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd} _-]", "").replace(' ', '-');
    }

    /** The text with its fenced code blocks blanked out (a `#` comment in a shell block is no heading). */
    private static String withoutCode(String text) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            out.append(fenced ? "" : line).append('\n');
        }
        return out.toString();
    }
}
