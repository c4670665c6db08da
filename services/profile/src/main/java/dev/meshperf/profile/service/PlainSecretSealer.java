package dev.meshperf.profile.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.meshperf.contracts.api.ProfileDocument;
import dev.meshperf.problem.ProblemException;
import dev.meshperf.profile.domain.Profile;
import dev.meshperf.profile.domain.ProfileVersion;

/**
 * Profiles saved before their secrets were sealed keep them in plain text; at start-up, with an encryption key, every
 * such profile and version is sealed in place. Reads never showed them either way (they hide by name).
 */
@ApplicationScoped
public class PlainSecretSealer {

    private static final Logger LOG = Logger.getLogger(PlainSecretSealer.class);

    @Inject
    ProfileSecrets secrets;

    void sealAtStart(@Observes StartupEvent start) {
        sealPlainSecrets();
    }

    /** Seals every stored document that holds a plain secret; how many were sealed. */
    @Transactional
    public int sealPlainSecrets() {
        if (!secrets.canSeal()) {
            return 0;
        }
        int sealed = 0;
        for (Profile p : Profile.<Profile>listAll()) {
            String json = sealed(p.document, "profile " + p.id);
            if (json != null) {
                p.document = json;
                sealed++;
            }
        }
        for (ProfileVersion v : ProfileVersion.<ProfileVersion>listAll()) {
            String json = sealed(v.document, "profile " + v.profileId + " version " + v.version);
            if (json != null) {
                v.document = json;
                sealed++;
            }
        }
        if (sealed > 0) {
            LOG.infof("sealed the plain-text secrets of %d stored profile document(s)", sealed);
        }
        return sealed;
    }

    /** The document with its plain secrets sealed, or null when it has none. */
    private String sealed(String json, String what) {
        ProfileDocument d = Documents.fromJson(json);
        if (!ProfileSecrets.hasPlainSecret(d)) {
            return null;
        }
        try {
            return Documents.toJson(secrets.seal(d, null));
        } catch (ProblemException e) {
            LOG.warnf("the secrets of %s could not be sealed; they stay hidden from reads: %s", what,
                    e.getMessage());
            return null;
        }
    }
}
