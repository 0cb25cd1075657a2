package io.sessionharness.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link LoopbackProxy}'s HTTPS tunnels ({@code CONNECT}): byte pipes to loopback sites, each keeping the address it
 * was opened from — so a change of address closes them all, and the browser opens new ones from the new address.
 */
final class Tunnels {

    private final ExecutorService workers;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();

    Tunnels(ExecutorService workers) {
        this.workers = workers;
    }

    /** Tunnels opened so far. */
    int opened() {
        return opened.get();
    }

    /** CONNECT host:port: a byte tunnel to a loopback site, leaving from {@code from}; returns when either side ends it. */
    void serve(Socket client, InputStream in, String authority, InetAddress from) throws IOException {
        int colon = authority.lastIndexOf(':');
        InetAddress host = InetAddress.getByName(colon < 0 ? authority : authority.substring(0, colon));
        if (!host.isLoopbackAddress()) {
            ProxyHttp.respond(client.getOutputStream(), "403 Forbidden", "the loopback proxy forwards to 127.x only");
            return;
        }
        try (Socket upstream = new Socket()) {
            upstream.bind(new InetSocketAddress(from, 0));
            upstream.connect(new InetSocketAddress(host, colon < 0 ? 443 : Integer.parseInt(authority.substring(colon + 1))), 10_000);
            open.add(upstream);
            client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            client.getOutputStream().flush();
            opened.incrementAndGet();
            Future<?> toSite = workers.submit(() -> {
                try {
                    in.transferTo(upstream.getOutputStream());
                    upstream.shutdownOutput();
                } catch (IOException e) {
                    // the other direction ends the tunnel
                }
            });
            try {
                upstream.getInputStream().transferTo(client.getOutputStream());
            } finally {
                toSite.cancel(true);
                open.remove(upstream);
            }
        }
    }

    /** Closes every open tunnel (their clients see the connection end). */
    void closeAll() {
        for (Socket tunnel : open) {
            try {
                tunnel.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
