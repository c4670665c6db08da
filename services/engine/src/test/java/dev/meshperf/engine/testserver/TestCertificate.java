package dev.meshperf.engine.testserver;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

/** A self-signed certificate for localhost and 127.0.0.1, made with the JDK's keytool for the TLS tests. */
public final class TestCertificate {

    private static final String PASSWORD = "changeit";

    private final Path keystore;
    private final String pem;

    private TestCertificate(Path keystore, String pem) {
        this.keystore = keystore;
        this.pem = pem;
    }

    public static TestCertificate create(Path dir) throws Exception {
        Path keystore = dir.resolve("target.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-alias", "target", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        Path pem = dir.resolve("target.pem");
        run(List.of(keytool, "-exportcert", "-rfc", "-alias", "target", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-file", pem.toString()));
        return new TestCertificate(keystore, Files.readString(pem, StandardCharsets.US_ASCII));
    }

    /** The certificate in PEM, to trust as a CA. */
    public String pem() {
        return pem;
    }

    public SslContext serverContext() throws Exception {
        return SslContextBuilder.forServer(keyManagers()).build();
    }

    public KeyManagerFactory keyManagers() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASSWORD.toCharArray());
        return kmf;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
