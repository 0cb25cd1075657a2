package io.sessionharness.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.sessionharness.config.Secret;
import io.sessionharness.config.SecretEncodings;
import io.sessionharness.report.RedactionRules;

/**
 * Scans everything a run wrote — Allure results, the generated HTML report and its data, surefire reports, logs —
 * for secrets: the values of a ledger file and of canary environment variables anywhere, and whatever the shape rules
 * of {@link RedactionRules} (the masking code's own rules) would have masked. A finding names the file, the rule and
 * the value's fingerprint, never the value. Exit 0 clean, 1 leaks found, 2 bad arguments.
 * <pre>RedactionScan [--ledger FILE] [--canary-env VAR]... [--parameter NAME]... PATH...</pre>
 */
public final class RedactionScan {

    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "ico", "webm", "woff", "woff2", "ttf", "zip");

    private final List<String> literals;
    private final RedactionRules rules;
    private final Set<Path> excluded;

    /** Every form of every literal ({@link SecretEncodings}), each pointing back at its literal. */
    private final Map<String, String> forms = new java.util.LinkedHashMap<>();

    RedactionScan(List<String> literals, RedactionRules rules, Set<Path> excluded) {
        this.literals = literals;
        this.rules = rules;
        this.excluded = excluded;
        for (String literal : literals) {
            forms.putIfAbsent(literal, literal);   // the value itself, however short
            SecretEncodings.of(literal).stream().filter(form -> form.length() >= 4).forEach(form -> forms.putIfAbsent(form, literal));
            // Known to the shape rules too, so that a base64 run hiding a literal (inside client_data, a Basic header) is found.
            Secret.register(literal);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        List<String> literals = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        Set<Path> excluded = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean option = arg.startsWith("--");
            if (option && i + 1 >= args.length) {
                err.println("error: " + arg + " needs a value");
                return 2;
            }
            switch (option ? arg : "") {
                case "--ledger" -> {
                    Path ledger = Path.of(args[++i]);
                    excluded.add(ledger.toAbsolutePath().normalize());
                    literals.addAll(readLedger(ledger));
                }
                case "--canary-env" -> {
                    String value = env.get(args[++i]);
                    if (value == null || value.isEmpty()) {
                        err.println("error: canary variable " + args[i] + " is not set");
                        return 2;
                    }
                    literals.add(value);
                }
                case "--parameter" -> parameters.add(args[++i]);
                case "" -> paths.add(Path.of(arg));
                default -> {
                    err.println("error: unknown option " + arg + " (known: --ledger, --canary-env, --parameter)");
                    return 2;
                }
            }
        }
        if (paths.isEmpty()) {
            err.println("usage: RedactionScan [--ledger FILE] [--canary-env VAR]... [--parameter NAME]... PATH...");
            return 2;
        }
        RedactionRules rules;
        try {
            rules = RedactionRules.withParameters(parameters);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        return new RedactionScan(literals, rules, excluded).scan(paths, out);
    }

    int scan(List<Path> roots, PrintStream out) {
        int files = 0;
        int leaks = 0;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(this::scanned).toList()) {
                    files++;
                    for (String finding : findings(read(file))) {
                        out.println("leak: " + file + ": " + finding);
                        leaks++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.println("redaction scan: " + files + " files, " + literals.size() + " issued or canary values, "
                + (leaks == 0 ? "nothing leaked" : leaks + " leak(s)"));
        return leaks == 0 ? 0 : 1;
    }

    /** What in one text is a secret in the clear: each finding is a rule name and a fingerprint. */
    List<String> findings(String text) {
        List<String> found = new ArrayList<>();
        forms.forEach((form, literal) -> {
            if (text.contains(form)) {
                found.add("an issued or canary value" + (form.equals(literal) ? "" : ", encoded") + " (" + Secret.fingerprint(literal) + ")");
            }
        });
        rules.leaks(text).forEach(leak -> found.add(leak.rule() + " (" + leak.fingerprint() + ")"));
        return found;
    }

    private boolean scanned(Path file) {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return !BINARY.contains(extension) && !excluded.contains(file.toAbsolutePath().normalize());
    }

    private static List<String> readLedger(Path ledger) {
        try {
            return Files.exists(ledger) ? Files.readAllLines(ledger, StandardCharsets.UTF_8).stream().filter(v -> v.length() >= 4).distinct().toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ledger " + ledger, e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
