package io.sessionharness.site;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sessionharness.config.Secret;

/**
 * A target that is up for this run: the profile plus the base URL it answers on. For the embedded target this
 * starts (and on close stops) the reference site, enforcing exactly the policy the profile declares.
 */
public final class Site implements AutoCloseable {

    private final TargetProfile profile;
    private final URI baseUrl;
    private final EmbeddedSite embedded;
    private static final Duration LEASE_WAIT = Duration.ofMinutes(2);

    private final AtomicInteger accountsHandedOut = new AtomicInteger();
    private final FreeAccounts accounts;

    private Site(TargetProfile profile, URI baseUrl, EmbeddedSite embedded) {
        this(profile, baseUrl, embedded, new FreeAccounts(profile));
    }

    private Site(TargetProfile profile, URI baseUrl, EmbeddedSite embedded, FreeAccounts accounts) {
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.embedded = embedded;
        this.accounts = accounts;
    }

    /**
     * The listed accounts of one target that are free right now: one for every suite of a run against that target
     * (the same site on several browsers), so that no two suites sign in with one account at once.
     */
    public static final class FreeAccounts {
        private final BlockingQueue<Account> queue;
        /** The listed accounts by username: each suite loads the profile itself, so its Account objects are its own. */
        private final java.util.Set<String> listed;

        public FreeAccounts(TargetProfile profile) {
            this.queue = new LinkedBlockingQueue<>(profile.accounts().fixed());
            this.listed = profile.accounts().fixed().stream().map(Account::username).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** Whether {@code account} is one of the listed ones (by username), so that it goes back into the pool. */
        boolean listed(Account account) {
            return listed.contains(account.username());
        }

        synchronized void giveBack(Account account) {
            if (listed(account) && queue.stream().noneMatch(free -> free.username().equals(account.username()))) {
                queue.add(account);
            }
        }
    }

    /**
     * A second, private copy of this embedded target for one scenario — one that may be restarted without disturbing
     * the scenarios that share the run's site — with the same settings, seeded defects included. With
     * {@code persistentSessions} its sessions survive a restart.
     */
    public Site privateCopy(boolean persistentSessions) {
        if (embedded == null) {
            throw new IllegalStateException("a private copy exists only of the embedded reference site");
        }
        EmbeddedSite copy = embedded.privateCopy(persistentSessions);
        return new Site(profile, copy.baseUrl(), copy);
    }

    /** Restarts the embedded server on the same address (a private site only: the run's shared site never restarts). */
    public void restart() {
        if (embedded == null) {
            throw new IllegalStateException("only the embedded reference site can be restarted by the harness");
        }
        embedded.restart();
    }

    public static Site open(TargetProfile profile) {
        return open(profile, java.util.Set.of(), java.util.Optional.empty());
    }

    /**
     * Starts the embedded reference site with the seeded defects {@code defectKeys} switched on (the detection matrix)
     * and its issued values listed in {@code ledger}, or opens a real target.
     */
    public static Site open(TargetProfile profile, java.util.Set<String> defectKeys, java.util.Optional<java.nio.file.Path> ledger) {
        return open(profile, defectKeys, ledger, new FreeAccounts(profile));
    }

    /**
     * As {@link #open(TargetProfile, java.util.Set, java.util.Optional)}; a real target leases from {@code accounts}, an
     * embedded one (a site of its own) from accounts of its own.
     */
    public static Site open(TargetProfile profile, java.util.Set<String> defectKeys, java.util.Optional<java.nio.file.Path> ledger,
            FreeAccounts accounts) {
        if (!profile.embedded()) {
            return new Site(profile, profile.baseUrl().orElseThrow(), null, accounts);
        }
        EmbeddedSite site = EmbeddedSite.Starter.installed().start(profile, defectKeys, ledger);
        return new Site(profile, site.baseUrl(), site);
    }

    /**
     * An account for one person, theirs alone until released: a fresh one on the embedded site, else one of the
     * profile's accounts — waiting while parallel scenarios hold them all, so that no scenario's sign-ins, sign-outs
     * or password changes disturb another's.
     */
    public Account lease(String personName) {
        if (!leaseMayWait()) {
            String username = personName + "-" + accountsHandedOut.incrementAndGet();
            return new Account(username, embedded.createAccount(username));
        }
        try {
            Account account = accounts.queue.poll(LEASE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (account == null) {
                throw new IllegalStateException("no free test account within " + LEASE_WAIT.toMinutes() + " min: list more accounts in targets/"
                        + profile.name() + ".yaml or lower -Dthreads");
            }
            return account;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free test account", e);
        }
    }

    /** False where every person gets a fresh account at once (the embedded site's generated accounts). */
    public boolean leaseMayWait() {
        return !(embedded != null && profile.accounts().generated());
    }

    public void release(Account account) {
        accounts.giveBack(account);
    }

    /**
     * Gives back an account whose last session could not be ended (a sign-in from a browser that blocks cookies
     * leaves a session on the server nobody holds the cookie of): on a site that refuses a second login
     * ({@code reject-new}) it becomes free only once that session has idled out, so the next scenario is not refused.
     */
    public void releaseAfterOrphanSession(Account account) {
        SessionPolicy policy = profile.policy();
        Optional<Duration> idleOut = policy.refusesSecondLogin()
                ? policy.idleTimeout().or(policy::absoluteTimeout).map(limit -> limit.plus(policy.tolerance()))
                : Optional.empty();
        if (idleOut.isEmpty() || !accounts.listed(account)) {
            release(account);
            return;
        }
        java.util.concurrent.CompletableFuture.delayedExecutor(idleOut.get().toMillis(), TimeUnit.MILLISECONDS).execute(() -> release(account));
    }

    /** How many listed accounts are free right now. */
    int freeAccountCount() {
        return accounts.queue.size();
    }

    /** The one-time sign-in link the site would e-mail the account, where the harness can get one (embedded site). */
    public Optional<String> oneTimeLinkFor(Account account) {
        if (embedded == null || !profile.embeddedFlavour().equals("classic")) {
            return Optional.empty();
        }
        URI link = embedded.issueSignInLink(account.username());
        Secret.register(link.getQuery().substring(link.getQuery().indexOf('=') + 1));
        return Optional.of(link.toString());
    }

    public String url(String path) {
        return baseUrl.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public TargetProfile profile() {
        return profile;
    }

    public SessionPolicy policy() {
        return profile.policy();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
