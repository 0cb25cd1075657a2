package io.sessionharness.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes measured timeouts into a target profile's {@code policy:} block, line by line so that the rest of the file
 * (comments, order, formatting) stays as the team wrote it.
 */
public final class ProfileWriter {

    private static final Pattern POLICY = Pattern.compile("^policy:\\s*(#.*)?$");
    private static final Pattern TOP_LEVEL = Pattern.compile("^[A-Za-z]");

    private ProfileWriter() {
    }

    public static void writePolicy(Path profile, Map<String, Duration> measured, LocalDate day) {
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
            for (Map.Entry<String, Duration> entry : measured.entrySet()) {
                String line = "  " + entry.getKey() + ": " + seconds(entry.getValue()) + "   # measured " + day;
                int existing = find(lines, policy + 1, end, entry.getKey());
                if (existing >= 0) {
                    lines.set(existing, line);
                } else {
                    lines.add(policy + 1, line);
                    end++;
                }
            }
            Files.write(profile, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + profile, e);
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

    private static int find(List<String> lines, int from, int to, String key) {
        for (int i = from; i < to; i++) {
            if (lines.get(i).trim().startsWith(key + ":")) {
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
