package dev.meshperf.analysis.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which tests are stored as ended, remembering the most recent ones: after a restart analysis reads again every
 * sample of the tests it had open, and the samples of tests that ended meanwhile need no database look-up each.
 */
@ApplicationScoped
public class FinishedTests {

    private static final int REMEMBERED = 20_000;

    @Inject
    ResultWriter writer;

    private final Map<String, Boolean> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public boolean isFinished(String testId) {
        if (recent.containsKey(testId)) {
            return true;
        }
        boolean finished = writer.isFinished(testId);
        if (finished) {
            recent.put(testId, Boolean.TRUE);
        }
        return finished;
    }

    void remember(String testId) {
        recent.put(testId, Boolean.TRUE);
    }
}
