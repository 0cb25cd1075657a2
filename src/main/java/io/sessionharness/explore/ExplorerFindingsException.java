package io.sessionharness.explore;

import java.util.List;

/**
 * The profile explorer found pages the target profile does not describe (or describes twice): <em>broken</em> under
 * "Profile or site?", each finding one line — no verdict on the site, work for the profile.
 */
public final class ExplorerFindingsException extends RuntimeException {

    ExplorerFindingsException(String target, List<String> findings) {
        super("Profile or site? The profile explorer found " + findings.size() + " thing(s) targets/" + target + ".yaml does not describe:\n- "
                + String.join("\n- ", findings));
    }
}
