package io.sessionharness.scenario;

import java.util.ArrayList;
import java.util.List;

import io.sessionharness.site.Account;
import io.sessionharness.site.Site;

/** The accounts one scenario holds; all go back to the site when the scenario ends. */
final class AccountLeases {

    private final Site site;
    private final ActionSlots slots;
    private final List<Account> held = new ArrayList<>();
    private final java.util.Set<Account> orphaned = new java.util.HashSet<>();

    AccountLeases(Site site, ActionSlots slots) {
        this.site = site;
        this.slots = slots;
    }

    /**
     * An account for {@code personName}; waiting for one that other scenarios hold costs no action slot. A scenario that
     * already holds every account the profile lists waits for none: no account can come, and that is the profile's
     * matter (list more accounts), not the network's.
     */
    Account lease(String personName) {
        int listed = site.profile().accounts().fixed().size();
        synchronized (this) {
            if (site.leaseMayWait() && held.size() >= listed) {
                throw new ProfileMismatchException("this scenario needs " + (held.size() + 1) + " accounts at once (" + personName
                        + " is person " + (held.size() + 1) + "); targets/" + site.profile().name() + ".yaml lists " + listed
                        + ": list more accounts under accounts.list");
            }
        }
        Account account = site.leaseMayWait() ? slots.withoutSlot(() -> site.lease(personName)) : site.lease(personName);
        synchronized (this) {
            held.add(account);
        }
        return account;
    }

    /** One account back before the scenario ends (a measurement's probe done with it). */
    synchronized void release(Account account) {
        if (held.remove(account)) {
            site.release(account);
        }
    }

    /** The account's last session is still on the server and nobody can end it (see {@link Site#releaseAfterOrphanSession}). */
    synchronized void leftAnOrphanSession(Account account) {
        if (held.contains(account)) {
            orphaned.add(account);
        }
    }

    synchronized void releaseAll() {
        held.forEach(account -> {
            if (orphaned.contains(account)) {
                site.releaseAfterOrphanSession(account);
            } else {
                site.release(account);
            }
        });
        held.clear();
        orphaned.clear();
    }
}
