package io.sessionharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;


/** Files the harness writes next to Allure's results: the environment table shown on the report's overview. */
public final class ResultsFolder {

    private final Path folder;

    public ResultsFolder(Path folder) {
        this.folder = folder;
    }

    public void writeEnvironment(Map<String, String> environment) {
        StringBuilder text = new StringBuilder();
        environment.forEach((key, value) -> text.append(escape(key)).append('=').append(escape(Redactor.mask(value))).append('\n'));
        write("environment.properties", text.toString());
    }

    /** Allure categories: which failures are target defects of which kind, and which are infrastructure. */
    public void writeCategories() {
        write("categories.json", Categories.toAllureJson());
    }

    /** Tells the report which CI build produced it (Allure's executor widget); nothing outside CI. */
    public void writeExecutor(java.util.Map<String, String> env) {
        CiExecutor.detect(env).ifPresent(json -> write("executor.json", Redactor.mask(json)));
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
