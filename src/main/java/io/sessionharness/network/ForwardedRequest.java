package io.sessionharness.network;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain HTTP request as the {@link LoopbackProxy} sends it on: origin-form request line, the client's headers less the
 * hop-by-hop ones, {@code Via} and {@code X-Forwarded-For} added as a forward proxy does, one request per connection.
 */
record ForwardedRequest(String head, long contentLength) {

    /** {@code lines}: the client's request head, its request line first; {@code client}: the address it came from. */
    static ForwardedRequest of(String method, URI target, String[] lines, String client) {
        StringBuilder upstreamHead = new StringBuilder(method).append(' ')
                .append(target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath())
                .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery()).append(" HTTP/1.1\r\n");
        long contentLength = 0;
        List<String> forwardedFor = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String name = lines[i].contains(":") ? lines[i].substring(0, lines[i].indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
            if (name.equals("proxy-connection") || name.equals("connection") || name.equals("keep-alive")) {
                continue;
            }
            if (name.equals("content-length")) {
                contentLength = Long.parseLong(lines[i].substring(lines[i].indexOf(':') + 1).trim());
            }
            if (name.equals("x-forwarded-for")) {
                String earlier = lines[i].substring(lines[i].indexOf(':') + 1).trim();
                if (!earlier.isEmpty()) {
                    forwardedFor.add(earlier);
                }
                continue;
            }
            upstreamHead.append(lines[i]).append("\r\n");
        }
        // As a forward proxy does by default (Squid: forwarded_for on, via on): the site learns it was proxied, and for whom.
        forwardedFor.add(client);
        upstreamHead.append("Via: 1.1 loopback-proxy\r\nX-Forwarded-For: ").append(String.join(", ", forwardedFor)).append("\r\n");
        upstreamHead.append("Connection: close\r\n\r\n");
        return new ForwardedRequest(upstreamHead.toString(), contentLength);
    }
}
