package dev.meshperf.profile.messaging;

/** Channel names of this service; their topics are set in application.properties. */
public final class ProfileChannels {

    public static final String TEST_REQUESTED = "test-requested";

    private ProfileChannels() {
    }
}
