package io.sessionharness.browser;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Finds the local processes behind a driver this JVM started, so that they can be ended by PID if quitting fails. */
final class LocalProcesses {

    private LocalProcesses() {
    }

    /** The driver listening on {@code port} (a child of this JVM, found by its --port argument) and what it started. */
    static List<ProcessHandle> driverAndChildren(int port) {
        String portArgument = "--port=" + port;
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(portArgument)).orElse(false))
                .flatMap(LocalProcesses::withDescendants)
                .toList();
    }

    static Stream<ProcessHandle> withDescendants(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants());
    }
}
