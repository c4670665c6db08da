package dev.meshperf.metrics.service.diff;

import dev.meshperf.contracts.api.EnvironmentComparison;

/**
 * What changed in the system between a run and the first one, in the order of
 * {@link EnvironmentComparison#CATEGORIES}: the mesh, mTLS, traffic policy, other policy, images, capacity, what
 * happened during the window, the generator and the profile. What cannot be compared (no Kubernetes context, no
 * request seen, a kind not readable) is said in the notes instead of being guessed.
 */
public final class EnvironmentDiff {

    private EnvironmentDiff() {
    }

    public static EnvironmentComparison.Run compare(RunFacts first, RunFacts run) {
        Differences out = new Differences();
        if (first.config() != null && run.config() != null) {
            MeshChanges.compare(first.config(), run.config(), out);
            PolicyChanges.compare(first.config(), run.config(), out);
            WorkloadChanges.compare(first.config(), run.config(), out);
        } else {
            for (RunFacts f : new RunFacts[]{first, run}) {
                if (f.config() == null) {
                    out.note("no Kubernetes context for " + f.testId() + (f.kubernetesError() == null
                            ? " (the collector's Kubernetes context was off or the run is unknown to it)"
                            : ": " + f.kubernetesError()) + "; the mesh, its policies and the workloads are not "
                            + "compared");
                }
            }
        }
        WindowChanges.compare(first, run, out);
        if (first.settings() != null && run.settings() != null) {
            SettingsChanges.compare(first.settings(), run.settings(), out);
        } else {
            for (RunFacts f : new RunFacts[]{first, run}) {
                if (f.settings() == null) {
                    out.note("the request of " + f.testId() + " was not seen by the collector; the generator and "
                            + "the profile are not compared");
                }
            }
        }
        return new EnvironmentComparison.Run(run.testId(), first.testId(), out.ordered(), out.notes());
    }
}
