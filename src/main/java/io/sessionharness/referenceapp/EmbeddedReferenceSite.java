package io.sessionharness.referenceapp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import io.sessionharness.config.Secret;
import io.sessionharness.site.EmbeddedSite;
import io.sessionharness.site.TargetProfile;

/** The reference site plugged into the site model ({@link EmbeddedSite}): the adapter on this side of the line. */
public final class EmbeddedReferenceSite implements EmbeddedSite {

    private final ReferenceSite site;

    private EmbeddedReferenceSite(ReferenceSite site) {
        this.site = site;
    }

    /** Found through {@link java.util.ServiceLoader} (META-INF/services). */
    public static final class Starter implements EmbeddedSite.Starter {

        @Override
        public EmbeddedSite start(TargetProfile profile, Set<String> defectKeys, Optional<Path> ledger) {
            Set<Defect> defects = java.util.EnumSet.noneOf(Defect.class);
            for (String key : defectKeys) {
                defects.add(Defect.byKey(key).orElseThrow(() -> new IllegalArgumentException("unknown seeded defect '" + key + "'")));
            }
            ReferenceSite site = new ReferenceSite(SiteSettings.enforcing(profile.policy(), profile.sessionCookies(), profile.sessionTokens(),
                    profile.preLoginCookie(), SiteSettings.Flavour.valueOf(profile.embeddedFlavour().toUpperCase(java.util.Locale.ROOT)))
                    .withDefects(defects));
            ledger.ifPresent(site::listingIssuedValuesIn);
            return new EmbeddedReferenceSite(site.start(0));
        }
    }

    @Override
    public URI baseUrl() {
        return site.baseUrl();
    }

    @Override
    public EmbeddedSite privateCopy(boolean persistentSessions) {
        ReferenceSite copy = new ReferenceSite(site.settings());
        if (persistentSessions) {
            copy.withPersistentSessions();
        }
        return new EmbeddedReferenceSite(copy.start(0));
    }

    @Override
    public void restart() {
        site.restart();
    }

    @Override
    public Secret createAccount(String username) {
        return site.createAccount(username);
    }

    @Override
    public URI issueSignInLink(String username) {
        return site.issueSignInLink(username);
    }

    @Override
    public void close() {
        site.close();
    }
}
