package io.sessionharness.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A plain HTTP/1.1 forwarding proxy on 127.0.0.1 that reaches loopback sites <em>from an address the scenario
 * chooses</em> (127.0.0.2, then 127.0.0.3 …): to the site, the person's network address changes mid-session, as when
 * a laptop moves from Wi-Fi to a phone's hotspot. Forwards only to 127.x hosts; one request per connection
 * ({@code Connection: close}), so a switch applies to the very next request. Like a real forward proxy (Squid's
 * defaults) it adds {@code Via} and {@code X-Forwarded-For} to the plain HTTP requests it forwards (an HTTPS tunnel
 * carries bytes it cannot read). HTTPS goes through {@code CONNECT}
 * tunnels, which a switch closes, so the browser's next request opens a new one from the new address. Owned and closed
 * by the scenario's cast.
 */
public final class LoopbackProxy implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LoopbackProxy.class);

    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon());
    private final AtomicReference<InetAddress> outgoing;
    private final AtomicInteger forwarded = new AtomicInteger();
    private final Tunnels tunnels = new Tunnels(workers);

    private LoopbackProxy(ServerSocket server, InetAddress outgoing) {
        this.server = server;
        this.outgoing = new AtomicReference<>(outgoing);
    }

    /** Starts a proxy on 127.0.0.1 (free port) whose requests leave from {@code outgoingAddress} (a 127.x address). */
    public static LoopbackProxy start(String outgoingAddress) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            LoopbackProxy proxy = new LoopbackProxy(server, loopback(outgoingAddress));
            proxy.workers.submit(proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException("the loopback proxy could not start: " + e.getMessage(), e);
        }
    }

    /** The proxy's address for a browser ({@code http://127.0.0.1:port}). */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** From the next request on, the site sees this address. */
    public void leaveFrom(String outgoingAddress) {
        outgoing.set(loopback(outgoingAddress));
        // A tunnel keeps the address it was opened from: close them, and the browser opens new ones from here.
        tunnels.closeAll();
    }

    public String outgoingAddress() {
        return outgoing.get().getHostAddress();
    }

    /** Plain HTTP requests forwarded so far. */
    public int forwarded() {
        return forwarded.get();
    }

    /** HTTPS tunnels (CONNECT) opened so far; what goes through them the proxy cannot see. */
    public int tunnelled() {
        return tunnels.opened();
    }

    private static InetAddress loopback(String address) {
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (!parsed.isLoopbackAddress()) {
                throw new IllegalArgumentException(address + " is not a loopback address: the proxy sends traffic to this machine only");
            }
            return parsed;
        } catch (IOException e) {
            throw new IllegalArgumentException(address + " is not an address", e);
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                workers.submit(() -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("loopback proxy: accept failed: {}", e.getMessage());
                }
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(60_000);
            InputStream in = client.getInputStream();
            String head = ProxyHttp.readHead(in);
            if (head.isEmpty()) {
                return;
            }
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            if (requestLine.length == 3 && requestLine[0].equals("CONNECT")) {
                tunnels.serve(client, in, requestLine[1], outgoing.get());
                return;
            }
            if (requestLine.length != 3 || !requestLine[1].startsWith("http://")) {
                ProxyHttp.respond(client.getOutputStream(), "400 Bad Request", "absolute http:// URLs or CONNECT only");
                return;
            }
            URI target = URI.create(requestLine[1]);
            InetAddress host = InetAddress.getByName(target.getHost());
            if (!host.isLoopbackAddress()) {
                ProxyHttp.respond(client.getOutputStream(), "403 Forbidden", "the loopback proxy forwards to 127.x only");
                return;
            }
            int port = target.getPort() == -1 ? 80 : target.getPort();
            ForwardedRequest request = ForwardedRequest.of(requestLine[0], target, lines, client.getInetAddress().getHostAddress());
            try (Socket upstream = new Socket()) {
                upstream.bind(new InetSocketAddress(outgoing.get(), 0));
                upstream.connect(new InetSocketAddress(host, port), 10_000);
                upstream.setSoTimeout(60_000);
                OutputStream toSite = upstream.getOutputStream();
                toSite.write(request.head().getBytes(StandardCharsets.ISO_8859_1));
                toSite.write(in.readNBytes((int) Math.min(request.contentLength(), Integer.MAX_VALUE - 8)));
                toSite.flush();
                forwarded.incrementAndGet();
                upstream.getInputStream().transferTo(client.getOutputStream());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("loopback proxy: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "loopback-proxy-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
