package dev.meshperf.profile.service;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.TlsOptions;

/** The load spec a runner receives, from a profile document with its defaults applied. */
public final class SpecMapper {

    private SpecMapper() {
    }

    public static LoadSpec toSpec(ProfileDocument d) {
        boolean tls = d.caCertificate() != null || Boolean.TRUE.equals(d.insecure()) || d.sni() != null;
        return new LoadSpec(d.protocol(), d.endpoints(), d.method(), d.headers(), d.cookies(), d.body(),
                d.contentType(), d.load(), d.concurrentRequests() == null ? 0 : d.concurrentRequests(), d.threads(),
                d.duration(), d.warmup(), d.requestTimeout(),
                tls ? new TlsOptions(d.caCertificate(), Boolean.TRUE.equals(d.insecure()), d.sni()) : null, d.grpc(),
                d.tcp(), d.serviceMesh(), d.generatorOptions());
    }

    /** Where a spec field is called differently in the profile document. */
    static String documentField(String specField) {
        String field = specField.startsWith("spec.") ? specField.substring("spec.".length()) : specField;
        if (field.equals("connections")) {
            return "concurrentRequests";
        }
        if (field.startsWith("tls.caCertificatePem")) {
            return "caCertificate";
        }
        if (field.startsWith("tls.")) {
            return field.substring("tls.".length());
        }
        if (field.startsWith("mesh")) {
            return "serviceMesh" + field.substring("mesh".length());
        }
        return field;
    }
}
