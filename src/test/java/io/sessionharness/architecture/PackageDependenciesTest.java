package io.sessionharness.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.testng.annotations.Test;

import io.sessionharness.testsupport.ProjectHome;

/**
 * The packages of src/main depend on each other one way only, and the site model stays a model: no Selenium in it, and
 * the embedded reference site plugs into it rather than the other way round (ARCHITECTURE.md).
 */
public class PackageDependenciesTest {

    private static final Pattern USE = Pattern.compile("\\bio\\.sessionharness\\.([a-z]+)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    /** Each package of src/main with the other packages its code (comments aside) names. */
    static Map<String, Set<String>> graph() throws IOException {
        Path root = ProjectHome.path().resolve("src/main/java/io/sessionharness");
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                Set<String> mine = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher use = USE.matcher(code);
                while (use.find()) {
                    if (!use.group(1).equals(pkg)) {
                        mine.add(use.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** A path that leads from a package back to itself, if the graph has one. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        for (String start : graph.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>(List.of(List.of(start)));
            Set<String> seen = new TreeSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.poll();
                for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    if (next.equals(start)) {
                        return longer;
                    }
                    if (seen.add(next)) {
                        paths.add(longer);
                    }
                }
            }
        }
        return List.of();
    }

    @Test
    public void noPackageLeadsBackToItself() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertThat(graph).containsKeys("site", "browser", "scenario", "referenceapp");
        assertThat(cycle(graph)).as("a package cycle in src/main (%s)", graph).isEmpty();
    }

    @Test
    public void theSiteModelNamesNeitherSeleniumNorTheReferenceSite() throws IOException {
        assertThat(graph().get("site")).as("packages the site model uses").doesNotContain("referenceapp", "browser", "scenario");
        try (Stream<Path> files = Files.walk(ProjectHome.path().resolve("src/main/java/io/sessionharness/site"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as("%s", file.getFileName()).doesNotContain("org.openqa.selenium");
            }
        }
    }

    @Test
    public void theCycleFinderFindsOne() {
        assertThat(cycle(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"))))).containsExactly("a", "b", "c", "a");
        assertThat(cycle(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of()))).isEmpty();
    }
}
