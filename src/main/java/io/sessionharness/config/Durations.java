package io.sessionharness.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations the way people write them in profiles ("4s", "1500ms", "15m", "1h30m", "15:00", "PT15M") and prints them back. */
public final class Durations {

    private static final Pattern UNITS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:\\.(\\d{1,3}))?");

    private Durations() {
    }

    public static Duration parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
        if (value.startsWith("pt") || value.startsWith("p")) {
            try {
                return nonNegative(Duration.parse(value.toUpperCase(Locale.ROOT)), text);
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        Matcher clock = CLOCK.matcher(value);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long millis = clock.group(4) == null ? 0 : Long.parseLong((clock.group(4) + "00").substring(0, 3));
            return Duration.ofHours(hours).plusMinutes(Long.parseLong(clock.group(2)))
                    .plusSeconds(Long.parseLong(clock.group(3))).plusMillis(millis);
        }
        return parseUnits(value, text);
    }

    private static Duration parseUnits(String value, String original) {
        Matcher unit = UNITS.matcher(value.replace(" ", ""));
        Duration total = Duration.ZERO;
        int consumed = 0;
        while (unit.find()) {
            if (unit.start() != consumed) {
                throw invalid(original);
            }
            double amount = Double.parseDouble(unit.group(1));
            long millis = Math.round(amount * switch (unit.group(2)) {
                case "ms" -> 1;
                case "s" -> 1_000;
                case "m" -> 60_000;
                default -> 3_600_000;
            });
            total = total.plusMillis(millis);
            consumed = unit.end();
        }
        if (consumed == 0 || consumed != value.replace(" ", "").length()) {
            throw invalid(original);
        }
        return total;
    }

    private static Duration nonNegative(Duration duration, String original) {
        if (duration.isNegative()) {
            throw invalid(original);
        }
        return duration;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration (write e.g. 4s, 1500ms, 15m, 1h30m or 15:00)");
    }

    /** Human form used in step names and assertion messages: "4.0 s", "15:00", "1:02:03". */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        String sign = millis < 0 ? "-" : "";
        millis = Math.abs(millis);
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%s%.1f s", sign, millis / 1000.0);
        }
        long seconds = millis / 1000;
        long hours = seconds / 3600;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, hours, (seconds % 3600) / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%s%d:%02d", sign, seconds / 60, seconds % 60);
    }
}
