package io.sessionharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.sessionharness.config.Secret;

/** Files the harness writes next to Allure's results: the environment table shown on the report's overview. */
public final class ResultsFolder {

    private final Path folder;

    public ResultsFolder(Path folder) {
        this.folder = folder;
    }

    public void writeEnvironment(Map<String, String> environment) {
        StringBuilder text = new StringBuilder();
        environment.forEach((key, value) -> text.append(escape(key)).append('=').append(escape(Secret.maskAll(value))).append('\n'));
        write("environment.properties", text.toString());
    }

    /**
     * Allure categories: which failures are target defects of which kind, and which are infrastructure. The regexes
     * match the wording of the harness's own assertion messages (see the assertions package).
     */
    public void writeCategories() {
        write("categories.json", """
                [
                  {"name": "Security: session survives sign-out, fixation, or cacheable authenticated page", "matchedStatuses": ["failed"],
                   "messageRegex": "(?s).*(still alive on the server|not rotated|session fixation|cacheable|Still signed in).*"},
                  {"name": "Expired too early", "matchedStatuses": ["failed"], "messageRegex": "(?s).*(expired too early|ended too early).*"},
                  {"name": "Outlived its timeout", "matchedStatuses": ["failed"], "messageRegex": "(?s).*outlived.*"},
                  {"name": "No clear expiry message / error page", "matchedStatuses": ["failed"],
                   "messageRegex": "(?s).*(No clear expiry message|error page|matched none of the target's markers|without a clear expiry message).*"},
                  {"name": "Data lost", "matchedStatuses": ["failed"], "messageRegex": "(?s).*(data lost|draft).*"},
                  {"name": "Other target behaviour", "matchedStatuses": ["failed"]},
                  {"name": "Infrastructure (browser, driver, Grid, target unreachable)", "matchedStatuses": ["broken"]}
                ]
                """);
    }

    private void write(String name, String content) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace(":", "\\:");
    }
}
