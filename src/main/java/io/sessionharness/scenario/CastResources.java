package io.sessionharness.scenario;

import java.util.ArrayList;
import java.util.List;

import io.sessionharness.network.LoopbackProxy;
import io.sessionharness.report.Report;
import io.sessionharness.site.Site;

/**
 * What a cast owns besides its browsers, and closes with them: forwarding proxies (a changed client address), private
 * copies of the embedded site (a server that restarts) and the account leases on them.
 */
final class CastResources implements AutoCloseable {

    private final Timeline timeline;
    private final List<LoopbackProxy> proxies = new ArrayList<>();
    private final List<Site> privateSites = new ArrayList<>();
    private final List<AccountLeases> privateLeases = new ArrayList<>();

    CastResources(Timeline timeline) {
        this.timeline = timeline;
    }

    LoopbackProxy proxyFrom(String outgoingAddress) {
        LoopbackProxy proxy = LoopbackProxy.start(outgoingAddress);
        proxies.add(proxy);
        timeline.record("cast", "proxy " + proxy.url(), "forwards to the site from " + outgoingAddress);
        return proxy;
    }

    Site privateCopyOf(Site site, boolean persistentSessions) {
        Site own = Report.step("start a private copy of the reference site (" + (persistentSessions ? "sessions in files" : "sessions in memory") + ")",
                () -> site.privateCopy(persistentSessions));
        privateSites.add(own);
        timeline.record("cast", own.baseUrl().toString(), "private site started (" + (persistentSessions ? "persistent" : "in-memory") + " sessions)");
        return own;
    }

    /** The accounts of a private site, given back when the cast closes. */
    AccountLeases leasesOn(Site other, ActionSlots slots) {
        AccountLeases leases = new AccountLeases(other, slots);
        privateLeases.add(leases);
        return leases;
    }

    @Override
    public void close() {
        proxies.forEach(LoopbackProxy::close);
        proxies.clear();
        privateLeases.forEach(AccountLeases::releaseAll);
        privateLeases.clear();
        privateSites.forEach(Site::close);
        privateSites.clear();
    }
}
