package dev.crosscheck.review.web;

import dev.crosscheck.review.Action;
import dev.crosscheck.review.Status;
import dev.crosscheck.review.db.AuditEntry;
import dev.crosscheck.review.db.ConflictState;
import dev.crosscheck.review.db.DecisionStore;
import dev.crosscheck.review.reports.ReportLibrary;
import dev.crosscheck.review.reports.ReviewItem;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Downloads of the confirmed discrepancies. Only conflicts still in a report are exported: the report
 * holds their evidence.
 */
final class ExportPages {

    private final ReportLibrary library;
    private final DecisionStore store;

    ExportPages(ReportLibrary library, DecisionStore store) {
        this.library = library;
        this.store = store;
    }

    void claimReview(Context ctx) {
        ctx.contentType("application/ld+json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"crosscheck-claimreview.jsonld\"");
        ctx.result(ClaimReviewExport.render(confirmed()));
    }

    void csv(Context ctx) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"crosscheck-confirmed.csv\"");
        ctx.result(CsvExport.render(confirmed()));
    }

    List<Confirmed> confirmed() {
        Map<String, ConflictState> states = store.states();
        Map<String, AuditEntry> confirmations = store.latest(Action.CONFIRM);
        Map<String, ReviewItem> items = library.snapshot().byId();
        List<Confirmed> confirmed = new ArrayList<>();
        states.values().stream()
                .filter(s -> s.status() == Status.CONFIRMED)
                .filter(s -> items.containsKey(s.conflictId()) && confirmations.containsKey(s.conflictId()))
                .forEach(s -> confirmed.add(new Confirmed(items.get(s.conflictId()), confirmations.get(s.conflictId()))));
        confirmed.sort(Comparator.comparing((Confirmed c) -> c.confirmation().at()).thenComparing(c -> c.item().id()));
        return confirmed;
    }
}
