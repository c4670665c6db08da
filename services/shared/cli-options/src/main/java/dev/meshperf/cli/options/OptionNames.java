package dev.meshperf.cli.options;

import java.util.LinkedHashMap;
import java.util.Map;

/** Maps a spec field named by validation to the command-line option a person typed. */
public final class OptionNames {

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("spec.endpoints", "URL");
        PREFIXES.put("spec.load.rate", "--rate");
        PREFIXES.put("spec.load.startRate", "--ramp");
        PREFIXES.put("spec.load.endRate", "--ramp");
        PREFIXES.put("spec.load.steps", "--steps");
        PREFIXES.put("spec.load.pipelining", "--pipeline");
        PREFIXES.put("spec.connections", "--connections");
        PREFIXES.put("spec.threads", "--threads");
        PREFIXES.put("spec.duration", "--duration");
        PREFIXES.put("spec.warmup", "--warmup");
        PREFIXES.put("spec.requestTimeout", "--timeout");
        PREFIXES.put("spec.method", "--method");
        PREFIXES.put("spec.headers", "--header");
        PREFIXES.put("slos", "--slo");
        PREFIXES.put("spec.tcp", "--tcp-payload");
        PREFIXES.put("spec.protocol", "--protocol");
    }

    private OptionNames() {
    }

    public static String of(String field) {
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (field.startsWith(e.getKey())) {
                return e.getValue() + " (" + field + ")";
            }
        }
        return field;
    }
}
