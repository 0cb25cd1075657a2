package io.sessionharness.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sessionharness.config.ConfigException;

/**
 * Writes measured timeouts into a target profile's {@code policy:} block, line by line so that the rest of the file
 * (comments, order, formatting) stays as the team wrote it: the block's own indentation is kept, and the file is
 * replaced in one atomic move, never left half-written. A policy written in flow style ({@code policy: {…}}) is
 * refused — it cannot be edited line by line — with a line saying so, checked before any browser starts.
 */
public final class ProfileWriter {

    private static final Pattern POLICY = Pattern.compile("^policy:\\s*(#.*)?$");
    private static final Pattern FLOW_POLICY = Pattern.compile("^policy:\\s*[\\[{].*");
    private static final Pattern TOP_LEVEL = Pattern.compile("^[A-Za-z]");
    private static final Pattern INDENTED_KEY = Pattern.compile("^( +)[A-Za-z][^:#]*:");

    private ProfileWriter() {
    }

    /** Why {@code profile}'s policy cannot be written, if it cannot (a flow-style policy). */
    public static Optional<String> problemWith(Path profile, String displayName) {
        try {
            List<String> lines = Files.readAllLines(profile);
            for (int i = 0; i < lines.size(); i++) {
                if (FLOW_POLICY.matcher(lines.get(i)).matches()) {
                    return Optional.of(displayName + " line " + (i + 1) + ": measure.write edits a block-style policy (policy:, then one key"
                            + " per line), not the flow style policy: {…} — write the policy as a block, or leave measure.write off");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(displayName + ": cannot be read for measure.write (" + e.getMessage() + ")");
        }
    }

    public static void writePolicy(Path profile, Map<String, Duration> measured, LocalDate day) {
        problemWith(profile, profile.getFileName().toString()).ifPresent(problem -> {
            throw new ConfigException(problem);
        });
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(profile));
            int policy = indexOfPolicy(lines);
            if (policy < 0) {
                lines.add("policy:");
                policy = lines.size() - 1;
            }
            int end = policy + 1;
            while (end < lines.size() && !TOP_LEVEL.matcher(lines.get(end)).find()) {
                end++;
            }
            String indent = indentation(lines, policy + 1, end);
            for (Map.Entry<String, Duration> entry : measured.entrySet()) {
                String line = indent + entry.getKey() + ": " + seconds(entry.getValue()) + "   # measured " + day;
                int existing = find(lines, policy + 1, end, indent, entry.getKey());
                if (existing >= 0) {
                    lines.set(existing, line);
                } else {
                    lines.add(policy + 1, line);
                    end++;
                }
            }
            replace(profile, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + profile, e);
        }
    }

    /** Through a file beside it and one move: a reader sees the old profile or the new one, never a part. */
    private static void replace(Path profile, List<String> lines) throws IOException {
        Path real = profile.toRealPath();   // a linked profile stays linked: the file behind the link is replaced
        Path fresh = Files.createTempFile(real.getParent(), "." + real.getFileName(), ".new");
        try {
            Files.write(fresh, lines);
            try {
                Files.setPosixFilePermissions(fresh, Files.getPosixFilePermissions(real));   // not the temporary file's 0600
            } catch (UnsupportedOperationException notPosix) {
                // the file system keeps no POSIX permissions to carry over
            }
            try {
                Files.move(fresh, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    private static int indexOfPolicy(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (POLICY.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The indentation of the block's first key (two spaces for an empty block). */
    private static String indentation(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            Matcher key = INDENTED_KEY.matcher(lines.get(i));
            if (key.find()) {
                return key.group(1);
            }
        }
        return "  ";
    }

    /** The line of {@code key} directly in the block (at its indentation, not a key of a nested mapping). */
    private static int find(List<String> lines, int from, int to, String indent, String key) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.startsWith(indent + key + ":") && !Character.isWhitespace(line.charAt(indent.length()))) {
                return i;
            }
        }
        return -1;
    }

    /** Whole seconds when exact, else milliseconds: a value Durations.parse reads back. */
    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
