package io.sessionharness.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.sessionharness.browser.BrowserSetup;
import io.sessionharness.config.HarnessConfig;
import io.sessionharness.explore.Drafting;
import io.sessionharness.explore.ProfileDraft;
import io.sessionharness.report.Report;
import io.sessionharness.scenario.Person;
import io.sessionharness.site.TargetProfiles;
import io.sessionharness.testng.ScenarioTest;

/**
 * The profile drafter (suites/draft.xml, {@code ./run-suite -Dsuite=draft -Dexplore.url=… -Dexplore.user=…}): from the
 * start URL and an account alone it drafts {@code targets/<name>.draft.yaml} — the sign-in steps found on the pages,
 * the cookies and stored tokens that appeared at sign-in, the sign-out (behind a menu, with a confirmation page), a
 * marker for each page it saw — and names every key that needs a human and why. The draft is read back as a profile
 * before the run ends; a site it cannot read is broken ("Profile or site?") and no file is written.
 */
@Epic("Session expiry")
@Feature("Profile explorer")
public class ProfileDrafter extends ScenarioTest {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileDrafter.class);

    @Test(description = "Draft a target profile from a start URL and one account")
    public void draftAProfile() {
        HarnessConfig config = harness().plan().config();
        Person alice = cast().person("alice");
        java.net.URI start = config.explore().url().orElseThrow();
        Drafting drafting = new Drafting(alice.browser().driver(), alice.account(), config.waitTimeout(), () -> alice.session().digests(),
                new ProfileDraft(profile().name(), start, config.explore().users()));
        ProfileDraft draft = drafting.walk(start);
        drafting.withCookiesBlocked(start, cast().person("carol", BrowserSetup.PLAIN.withCookies(BrowserSetup.Cookies.NONE)).browser().driver());
        drafting.otherAccounts(start, profile().accounts().fixed().stream().filter(account -> !account.equals(alice.account())).toList());
        // Idled one session past the idle timeout the tester believes, with the harness's margin: what an ended session shows.
        drafting.idledOut(start, config.explore().idle(), alice::stayIdle);
        Path file = config.home().resolve(TargetProfiles.FOLDER).resolve(draft.name() + ".draft.yaml");
        String text = draft.render();
        write(file, text);
        // The draft reads as a profile, each account's password variable set as the tester will set it.
        java.util.Map<String, String> variables = new java.util.HashMap<>(System.getenv());
        profile().accounts().fixed().forEach(account -> variables.put(draft.passwordVariable(account.username()), account.password().reveal()));
        config.explore().users().forEach(user -> variables.putIfAbsent(draft.passwordVariable(user), "not given: the account was not checked"));
        new TargetProfiles(config.home(), variables).load(draft.name() + ".draft");
        Report.text("the draft: targets/" + file.getFileName(), text);
        LOG.info("profile drafter: wrote targets/{} — needs a human:\n- {}", file.getFileName(), String.join("\n- ", draft.needsAHuman()));
        LOG.info("profile drafter: the draft reads each account's password from the environment: {}", String.join(", ", draft.passwordVariables()));
        Report.step("the draft reads each account's password from: " + String.join(", ", draft.passwordVariables()));
        draft.needsAHuman().forEach(line -> Report.step("needs a human: " + line));
    }

    /** Through a file beside it and one move: a half-written draft is never left behind. */
    private static void write(Path file, String text) {
        try {
            Path partial = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
            Files.writeString(partial, text);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
