package io.sessionharness.target;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.sessionharness.referenceapp.ReferenceSite;
import io.sessionharness.referenceapp.SiteSettings;

/**
 * A target that is up for this run: the profile plus the base URL it answers on. For the embedded target this
 * starts (and on close stops) the reference site, enforcing exactly the policy the profile declares.
 */
public final class Site implements AutoCloseable {

    private final TargetProfile profile;
    private final URI baseUrl;
    private final ReferenceSite embedded;
    private final AtomicInteger accountsHandedOut = new AtomicInteger();

    private Site(TargetProfile profile, URI baseUrl, ReferenceSite embedded) {
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.embedded = embedded;
    }

    public static Site open(TargetProfile profile) {
        if (!profile.embedded()) {
            return new Site(profile, profile.baseUrl().orElseThrow(), null);
        }
        ReferenceSite site = new ReferenceSite(SiteSettings.enforcing(profile.policy(), profile.sessionCookie(),
                SiteSettings.Flavour.valueOf(profile.embeddedFlavour().toUpperCase(java.util.Locale.ROOT)))).start(0);
        return new Site(profile, site.baseUrl(), site);
    }

    /** An account for one person: a fresh one on the embedded site, else the profile's accounts in turn. */
    public Account accountFor(String personName) {
        int number = accountsHandedOut.incrementAndGet();
        if (embedded != null && profile.accounts().generated()) {
            String username = personName + "-" + number;
            return new Account(username, embedded.createAccount(username));
        }
        List<Account> fixed = profile.accounts().fixed();
        return fixed.get((number - 1) % fixed.size());
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
