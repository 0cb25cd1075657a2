package io.sessionharness.referenceapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import io.sessionharness.config.Secret;

/**
 * HTTPS with a self-signed certificate, as many staging sites have: a fresh key pair made by the JDK's keytool in a
 * private temporary folder (removed on {@link #delete}), valid for localhost, reference-site.seh.test and 127.0.0.1.
 */
final class SelfSignedTls {

    private final Path folder;
    private final Path keystore;
    private final Secret password;

    private SelfSignedTls(Path folder, Path keystore, Secret password) {
        this.folder = folder;
        this.keystore = keystore;
        this.password = password;
    }

    static SelfSignedTls create() {
        try {
            Path folder = Files.createTempDirectory("reference-tls");
            Path keystore = folder.resolve("site.p12");
            Secret password = Secret.of(java.util.UUID.randomUUID().toString());
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "reference-site", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-validity", "7", "-dname", "CN=reference-site",
                    "-ext", "SAN=dns:localhost,dns:reference-site.seh.test,ip:127.0.0.1", "-keystore", keystore.toString(),
                    "-storetype", "PKCS12", "-storepass", password.reveal(), "-keypass", password.reveal(), "-noprompt"))
                    .redirectErrorStream(true).redirectOutput(folder.resolve("keytool.log").toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool could not make a self-signed certificate: "
                        + Files.readString(folder.resolve("keytool.log")).strip());
            }
            return new SelfSignedTls(folder, keystore, password);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a self-signed certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a self-signed certificate", e);
        }
    }

    /** A connector serving HTTPS with this certificate (no SNI host check: clients reach it as 127.0.0.1 too). */
    ServerConnector connector(Server server) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keystore.toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(password.reveal());
        HttpConfiguration https = new HttpConfiguration();
        https.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        return new ServerConnector(server, new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(https));
    }

    void delete() {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
