package io.sessionharness.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum values as profiles and options write them: lower case with dashes ("newest-wins"). */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E parse(String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + names(type), e);
        }
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choices::name).toList();
    }
}
