package io.sessionharness.report;

/** The one JSON string quoting the report files need (they are small and written by hand). */
final class JsonText {

    private JsonText() {
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
