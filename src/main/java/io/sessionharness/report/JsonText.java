package io.sessionharness.report;

/** The one JSON string quoting the report files need (they are small and written by hand). */
public final class JsonText {

    private JsonText() {
    }

    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
