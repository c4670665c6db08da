package dev.meshperf.engine.run;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.meshperf.contracts.events.FailureCode;
import dev.meshperf.contracts.spec.Endpoint;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.spec.TcpOptions;
import dev.meshperf.engine.RequestTemplate;
import dev.meshperf.engine.Target;
import dev.meshperf.runner.spi.RunFailure;

/** Targets of a TCP test: {@code tcp://host:port}, one payload, responses of a fixed size or up to a delimiter. */
final class TcpTargets {

    private TcpTargets() {
    }

    static List<Target> of(LoadSpec spec) {
        TcpOptions tcp = spec.tcp();
        byte[] payload = decode(tcp.payloadBase64(), "spec.tcp.payloadBase64");
        byte[] delimiter = tcp.delimiterBase64() == null
                ? null
                : decode(tcp.delimiterBase64(), "spec.tcp.delimiterBase64");
        int responseBytes = tcp.responseBytes() == null ? 0 : tcp.responseBytes();
        if (payload.length == 0) {
            throw new RunFailure(FailureCode.INVALID_SPEC,
                    "spec.tcp.payloadBase64: a TCP test needs a payload to send");
        }
        if ((delimiter == null || delimiter.length == 0) && responseBytes <= 0) {
            throw new RunFailure(FailureCode.INVALID_SPEC,
                    "spec.tcp: give responseBytes (> 0) or delimiterBase64 to say where a response ends");
        }
        RequestTemplate request = RequestTemplate.raw(payload);
        List<Target> targets = new ArrayList<>();
        for (Endpoint endpoint : spec.endpoints()) {
            URI uri = URI.create(endpoint.url());
            if (uri.getPort() <= 0) {
                throw new RunFailure(FailureCode.INVALID_SPEC, "spec.endpoints: " + endpoint.url() + " needs a port");
            }
            targets.add(new Target(uri.getHost(), uri.getPort(), SettingsMapper.resolve(uri.getHost(), uri.getPort()),
                    null, uri.getHost(), false, Target.tcp(responseBytes, delimiter), List.of(request), null));
        }
        return targets;
    }

    private static byte[] decode(String base64, String field) {
        if (base64 == null) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new RunFailure(FailureCode.INVALID_SPEC, field + ": not base64 (" + e.getMessage() + ")");
        }
    }
}
