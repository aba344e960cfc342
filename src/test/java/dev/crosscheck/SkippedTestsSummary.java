package dev.crosscheck;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Surefire's console shows only how many tests were skipped. This lists them at the end of the run, by
 * reason, so that a run on a machine without ../shared, Chromium or PostgreSQL says what it did not test.
 * Registered through META-INF/services, so every test run has it.
 */
public final class SkippedTestsSummary implements TestExecutionListener {

    private final Map<String, TreeSet<String>> byReason = new TreeMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier test, String reason) {
        add(test, reason);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            add(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (byReason.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder("\nSkipped tests, by reason:\n");
        byReason.forEach((reason, tests) -> {
            out.append("  ").append(reason).append('\n');
            tests.forEach(t -> out.append("    - ").append(t).append('\n'));
        });
        System.out.print(out);
        System.out.flush();
    }

    private void add(TestIdentifier test, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "");
        byReason.computeIfAbsent(why, r -> new TreeSet<>()).add(name(test));
    }

    private String name(TestIdentifier test) {
        String display = test.getDisplayName();
        if (plan == null) {
            return display;
        }
        return plan.getParent(test).filter(p -> p.getParentId().isPresent()) // not the engine itself
                .map(p -> p.getDisplayName() + " > " + display).orElse(display);
    }
}
