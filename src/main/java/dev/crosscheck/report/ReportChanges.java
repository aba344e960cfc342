package dev.crosscheck.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed since the previous nightly report, by stable conflict id: each conflict of this report is
 * new (the previous report did not have it) or found again (it did); the previous report's conflicts that
 * are no longer found are gone.
 */
public final class ReportChanges {

    /**
     * What a conflict of the previous report that is found again is called for readers. Not "open": that is an
     * editorial status (nobody has decided yet), and a conflict found again may well be confirmed or dismissed.
     */
    public static final String FOUND_AGAIN = "found again";

    private ReportChanges() {
    }

    /**
     * {@code current} with each conflict's {@code change} set, the counts in {@code changes} and the gone
     * conflicts in {@code gone} (in the previous report's order).
     *
     * @param previousLabel what to call the previous report in the counts: its folder, such as "2026-11-22"
     */
    public static Report compare(Report current, Report previous, String previousLabel) {
        Set<String> before = ids(previous.conflicts());
        Set<String> now = ids(current.conflicts());
        List<Report.ConflictEntry> marked = current.conflicts().stream()
                .map(c -> c.withChange(before.contains(c.id()) ? Report.ConflictEntry.OPEN : Report.ConflictEntry.NEW))
                .toList();
        List<Report.GoneEntry> gone = previous.conflicts() == null ? List.of() : previous.conflicts().stream()
                .filter(c -> !now.contains(c.id()))
                .map(c -> new Report.GoneEntry(c.id(), c.rule(), c.category(), c.severity(), c.story(), c.subject(),
                        c.attribute(), c.explanation()))
                .toList();
        int open = (int) marked.stream().filter(c -> c.change().equals(Report.ConflictEntry.OPEN)).count();
        return current.withChanges(marked,
                new Report.ChangesEntry(previousLabel, marked.size() - open, open, gone.size()), gone);
    }

    /** "3 new, 40 found again, 2 gone since 2026-11-22": what changed against the previous report. */
    public static String summary(Report.ChangesEntry c) {
        return String.format(java.util.Locale.ROOT, "%d new, %d %s, %d gone since %s", c.added(), c.open(),
                FOUND_AGAIN, c.gone(), c.previous());
    }

    private static Set<String> ids(List<Report.ConflictEntry> conflicts) {
        return conflicts == null ? Set.of() : conflicts.stream().map(Report.ConflictEntry::id).collect(Collectors.toSet());
    }
}
