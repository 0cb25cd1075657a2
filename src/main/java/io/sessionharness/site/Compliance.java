package io.sessionharness.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sessionharness.config.ProfileNode;

/**
 * Compliance presets a profile can require instead of (or on top of) its own numbers. Each requirement is a ceiling
 * on a measured figure or a rule the scenarios check; the report states pass/fail per requirement.
 */
public final class Compliance {

    private static final Duration MIN_15 = Duration.ofMinutes(15);
    private static final Duration MIN_30 = Duration.ofMinutes(30);
    private static final Duration HOURS_12 = Duration.ofHours(12);

    /** The presets by the name a profile uses. */
    public static final Map<String, List<Requirement>> PRESETS = presets();

    private Compliance() {
    }

    static List<Requirement> read(ProfileNode root) {
        List<Requirement> requirements = new ArrayList<>();
        for (String name : root.strings("compliance")) {
            List<Requirement> preset = PRESETS.get(name);
            if (preset == null) {
                throw root.problem("compliance", "names unknown preset '" + name + "'; known: " + PRESETS.keySet());
            }
            requirements.addAll(preset);
        }
        return List.copyOf(requirements);
    }

    private static Map<String, List<Requirement>> presets() {
        Map<String, List<Requirement>> presets = new LinkedHashMap<>();
        presets.put("nist-800-63b-aal2", List.of(
                new Requirement("NIST SP 800-63B AAL2", "§4.2.3", Metric.IDLE_TIMEOUT, MIN_30, "reauthenticate after 30 minutes of inactivity"),
                new Requirement("NIST SP 800-63B AAL2", "§4.2.3", Metric.ABSOLUTE_TIMEOUT, HOURS_12, "reauthenticate at least once per 12 hours")));
        presets.put("nist-800-63b-aal3", List.of(
                new Requirement("NIST SP 800-63B AAL3", "§4.3.3", Metric.IDLE_TIMEOUT, MIN_15, "reauthenticate after 15 minutes of inactivity"),
                new Requirement("NIST SP 800-63B AAL3", "§4.3.3", Metric.ABSOLUTE_TIMEOUT, HOURS_12, "reauthenticate at least once per 12 hours")));
        presets.put("pci-dss-4-8.2.8", List.of(
                new Requirement("PCI DSS v4.0", "8.2.8", Metric.IDLE_TIMEOUT, MIN_15, "idle over 15 minutes requires re-authentication")));
        presets.put("owasp-asvs-l2", asvs("OWASP ASVS 4.0.3 L2", MIN_30));
        presets.put("owasp-asvs-l3", asvs("OWASP ASVS 4.0.3 L3", MIN_15));
        return Map.copyOf(presets);
    }

    private static List<Requirement> asvs(String level, Duration idle) {
        return List.of(
                new Requirement(level, "V3.3.2", Metric.IDLE_TIMEOUT, idle, "re-authentication after an idle period"),
                new Requirement(level, "V3.3.2", Metric.ABSOLUTE_TIMEOUT, HOURS_12, "re-authentication periodically while actively used"),
                new Requirement(level, "V3.3.1", Metric.SIGN_OUT_INVALIDATES, null, "logout invalidates the session on the server"),
                new Requirement(level, "V3.2.1", Metric.ROTATES_ON_SIGN_IN, null, "a new session token on authentication"));
    }

    /** What a requirement limits. */
    public enum Metric { IDLE_TIMEOUT, ABSOLUTE_TIMEOUT, SIGN_OUT_INVALIDATES, ROTATES_ON_SIGN_IN }

    /** One requirement of a standard: a ceiling ({@code limit}) on a timeout, or a rule ({@code limit} null). */
    public record Requirement(String standard, String clause, Metric metric, Duration limit, String text) {

        public String title() {
            return standard + " " + clause + ": " + text;
        }
    }
}
