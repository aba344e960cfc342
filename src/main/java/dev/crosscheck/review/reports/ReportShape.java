package dev.crosscheck.review.reports;

import dev.crosscheck.report.Report;
import java.util.List;

/**
 * What the review app relies on in a report, checked before it is shown: the schema, and no null where an
 * article, a conflict, a side of one or a story should be. A report that fails is listed as a problem,
 * with where it fails ("conflicts[0] is null"), and the other reports are served.
 */
final class ReportShape {

    private ReportShape() {
    }

    /** @throws IllegalArgumentException naming the first part that is missing or null */
    static void check(Report report) {
        if (!Report.SCHEMA.equals(report.schema())) {
            throw new IllegalArgumentException("not a " + Report.SCHEMA + " report");
        }
        noNulls("articles", report.articles());
        noNulls("conflicts", report.conflicts());
        noNulls("stories", report.stories());
        if (report.conflicts() != null) {
            for (int i = 0; i < report.conflicts().size(); i++) {
                Report.ConflictEntry c = report.conflicts().get(i);
                noNulls("conflicts[" + i + "].evidence", c.evidence());
                noNulls("conflicts[" + i + "].also", c.also());
                noNulls("conflicts[" + i + "].timeline", c.timeline());
            }
        }
        if (report.stories() != null) {
            for (int i = 0; i < report.stories().size(); i++) {
                noNulls("stories[" + i + "].articles", report.stories().get(i).articles());
                noNulls("stories[" + i + "].conflicts", report.stories().get(i).conflicts());
            }
        }
    }

    private static void noNulls(String where, List<?> list) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(where + "[" + i + "] is null");
            }
        }
    }
}
