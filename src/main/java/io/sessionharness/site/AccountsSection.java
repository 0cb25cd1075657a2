package io.sessionharness.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.sessionharness.config.ProfileNode;
import io.sessionharness.config.Secret;

/**
 * Reads a target profile's {@code accounts} section: the embedded site's generated accounts, or listed ones whose
 * passwords come from an environment variable or a file — never from the profile itself.
 */
final class AccountsSection {

    private final Path home;
    private final ProfileVariables variables;

    AccountsSection(Path home, ProfileVariables variables) {
        this.home = home;
        this.variables = variables;
    }

    TargetProfile.AccountSpec read(ProfileNode node, boolean embedded) {
        node.known("generated", "list");
        boolean generated = node.bool("generated", false);
        if (generated && !embedded) {
            throw node.problem("generated", "only works with the embedded reference site; list accounts instead");
        }
        List<Account> fixed = new ArrayList<>();
        List<ProfileNode> listed = node.children("list");
        listed.forEach(account -> account.known("username", "password"));   // one missing secret must not make the others "unknown"
        for (ProfileNode account : listed) {
            fixed.add(new Account(account.string("username"), password(account.requiredChild("password"))));
        }
        if (!generated && fixed.isEmpty()) {
            throw node.problem("list", "needs at least one account (username + password from env or file)");
        }
        return new TargetProfile.AccountSpec(generated, List.copyOf(fixed));
    }

    private Secret password(ProfileNode node) {
        node.known("env", "file");
        Optional<String> variable = node.optionalString("env");
        Optional<String> file = node.optionalString("file");
        if (variable.isPresent() == file.isPresent()) {
            throw node.problem("", "needs exactly one of 'env: VARIABLE' or 'file: path' (never the password itself)");
        }
        if (variable.isPresent()) {
            String value = variables.valueOf(variable.get());
            if (value.isEmpty()) {
                throw node.problem("env", "names environment variable " + variable.get() + ", which is not set");
            }
            return Secret.of(value);
        }
        Path path = home.resolve(file.get());
        try {
            String value = Files.readString(path).strip();
            if (value.isEmpty()) {
                throw node.problem("file", "names " + path + ", which is empty");
            }
            return Secret.of(value);
        } catch (IOException e) {
            throw node.problem("file", "names " + path + ", which cannot be read");
        }
    }
}
