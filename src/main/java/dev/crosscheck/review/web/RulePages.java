package dev.crosscheck.review.web;

import dev.crosscheck.review.DismissReason;
import dev.crosscheck.review.db.DecisionStore;
import dev.crosscheck.review.reports.ReportLibrary;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** For rule authors: how each rule's conflicts were judged, as a page and as JSON. */
final class RulePages {

    private final ReportLibrary library;
    private final DecisionStore store;
    private final Pages pages;

    RulePages(ReportLibrary library, DecisionStore store, Pages pages) {
        this.library = library;
        this.store = store;
        this.pages = pages;
    }

    void page(Context ctx) {
        Map<String, Object> model = pages.model(ctx, "Rules");
        model.put("tallies", tallies());
        model.put("reasons", List.of(DismissReason.values()));
        pages.render(ctx, "rules", model);
    }

    void json(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reasons", reasonLabels());
        body.put("rules", tallies());
        ctx.json(body);
    }

    private List<RuleStats.Tally> tallies() {
        return RuleStats.tally(library.snapshot().items(), store.states());
    }

    private static Map<String, String> reasonLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (DismissReason r : DismissReason.values()) {
            labels.put(r.key(), r.label());
        }
        return labels;
    }
}
