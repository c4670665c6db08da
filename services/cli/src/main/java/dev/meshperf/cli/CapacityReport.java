package dev.meshperf.cli;

import java.io.PrintStream;
import java.util.Comparator;

import dev.meshperf.cli.capacity.CapacitySearch;

/** The table of a capacity search, steps by rate, and its answer in one line. */
final class CapacityReport {

    private CapacityReport() {
    }

    static void print(CapacitySearch.Outcome outcome, PrintStream out) {
        out.printf("%12s  %12s  %10s  %s%n", "rate req/s", "achieved", "p99 ms", "verdict");
        outcome.steps().stream().sorted(Comparator.comparingLong(CapacitySearch.Step::rate)).forEach(s -> out.printf(
                "%,12d  %,12.1f  %10s  %s%n", s.rate(), s.verdict().actualRps(), s.verdict().p99Text(),
                s.verdict().passed() ? "passed" : "failed: " + s.verdict().reason()));
        out.println(answer(outcome));
    }

    static String answer(CapacitySearch.Outcome outcome) {
        Long passing = outcome.highestPassing();
        Long failing = outcome.lowestFailing();
        if (passing == null) {
            return "no rate passed: even " + String.format("%,d", outcome.steps().get(0).rate())
                    + " req/s failed; try a lower --start";
        }
        if (failing == null) {
            return outcome.stepsExhausted()
                    ? String.format("every rate tried passed, up to %,d req/s; stopped by --max-steps", passing)
                    : String.format("every rate up to %,d req/s passed; raise --limit to look further", passing);
        }
        String answer = String.format("highest sustainable rate: %,d req/s (%,d req/s failed)", passing, failing);
        return outcome.stepsExhausted() ? answer + "; stopped by --max-steps before --precision was reached" : answer;
    }
}
