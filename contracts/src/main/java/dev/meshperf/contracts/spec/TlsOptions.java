package dev.meshperf.contracts.spec;

/**
 * TLS settings for https, h2 and grpcs targets.
 *
 * @param caCertificatePem
 * trust this CA (PEM) in addition to nothing else; null trusts the JVM's default CAs
 * @param insecure
 * accept any certificate (for test targets only)
 * @param sni
 * server name to send; defaults to the URL's host
 */
public record TlsOptions(String caCertificatePem, boolean insecure, String sni) {
}
