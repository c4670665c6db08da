package dev.meshperf.runner.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.meshperf.contracts.api.GeneratorInfo;
import dev.meshperf.contracts.spec.LoadSpec;
import dev.meshperf.contracts.validation.Violation;

/**
 * A load generator behind meshperf. A runner service hands each shard of a test it receives to {@link #start}; the
 * runner drives the load and reports through the {@link SampleSink}: one sample per interval (normally one second),
 * then exactly one final sample, which carries a {@link dev.meshperf.contracts.events.Failure} when the shard could
 * not run or broke off.
 */
public interface LoadRunner {

    /** The generator name in {@code test.requested}, for example {@code native}. */
    String generator();

    /** What this runner can do on this machine right now. */
    GeneratorInfo describe();

    /**
     * Why no run can go to this generator here, as the one violation a run is refused with: field {@code generator},
     * "wrk2 is unavailable: neither wrk2 nor wrk is installed on this runner". Empty when it is available. Checked
     * before {@link #unsupported}, whose answers mean nothing while the tool itself is missing.
     */
    default Optional<Violation> unavailable() {
        GeneratorInfo info = describe();
        return info.available()
                ? Optional.empty()
                : Optional.of(new Violation("generator", generator() + " is unavailable: "
                        + info.unavailableReason()));
    }

    /**
     * The options of {@code spec} this generator cannot honour, each naming the field (HTTP/2 on wrk, a ramp on
     * fortio); empty when it can run the spec. The default checks the protocol and load model against
     * {@link #describe()}; generators with narrower limits add theirs. Meaningful only while the generator is
     * available: ask {@link #unavailable()} first.
     */
    default List<Violation> unsupported(LoadSpec spec) {
        GeneratorInfo info = describe();
        List<Violation> found = new ArrayList<>();
        if (spec.protocol() != null && !info.protocols().contains(spec.protocol())) {
            found.add(new Violation("spec.protocol", generator() + " cannot speak " + spec.protocol().wireName()
                    + "; it speaks " + wireNames(info.protocols())));
        }
        if (spec.load() != null && spec.load().type() != null && !info.loadModels().contains(spec.load().type())) {
            found.add(new Violation("spec.load.type", generator() + " cannot run the " + spec.load().type().wireName()
                    + " load model" + (info.available() ? "" : " here") + "; it runs "
                    + wireNames(info.loadModels())));
        }
        return found;
    }

    private static String wireNames(java.util.Set<? extends Enum<?>> values) {
        return values.isEmpty()
                ? "nothing here"
                : values.stream().map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList().toString();
    }

    /**
     * Starts one shard and returns at once. Load begins at the request's common start instant (or at once if that
     * has passed). Refusals that need no load (an invalid or unsupported spec) may be thrown as {@link RunFailure}.
     */
    RunHandle start(ShardRun run, SampleSink sink);
}
