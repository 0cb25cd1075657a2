package io.sessionharness.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of named files chosen by name: {@code <name>.yaml} profiles (targets/, drivers-config/) or suites. */
public record ProfileFolder(Path folder, String displayName, String kind, String extension) {

    public ProfileFolder(Path folder, String displayName, String kind) {
        this(folder, displayName, kind, ".yaml");
    }

    public Path fileFor(String name) {
        Path file = folder.resolve(name + extension);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("Unknown " + kind + " '" + name + "': choose one of " + names() + " (files in " + displayName + "/)");
        }
        return file;
    }

    public ProfileNode read(String name) {
        return ProfileNode.load(fileFor(name), displayName + "/" + name + extension);
    }

    public List<String> names() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(extension))
                    .map(f -> f.substring(0, f.length() - extension.length()))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
