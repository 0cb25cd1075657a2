package io.sessionharness.scenario;

/** One browser tab, known by its window handle (never by its position among the tabs). */
public record Tab(String name, String handle) {
}
