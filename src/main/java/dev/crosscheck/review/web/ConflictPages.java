package dev.crosscheck.review.web;

import dev.crosscheck.review.Action;
import dev.crosscheck.review.DismissReason;
import dev.crosscheck.review.db.ConflictLabel;
import dev.crosscheck.review.db.ConflictState;
import dev.crosscheck.review.db.Decision;
import dev.crosscheck.review.db.DecisionStore;
import dev.crosscheck.review.db.Editors;
import dev.crosscheck.review.db.StaleDecisionException;
import dev.crosscheck.review.reports.ReportLibrary;
import dev.crosscheck.review.reports.ReviewItem;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The queue, the conflict page, and the editors' actions on a conflict. Every action answers with a redirect to
 * the conflict's page (post/redirect/get), refused or not: a reload never sends the form again. A refusal says why
 * on that page.
 */
final class ConflictPages {

    private final ReportLibrary library;
    private final DecisionStore store;
    private final Editors editors;
    private final Pages pages;

    ConflictPages(ReportLibrary library, DecisionStore store, Editors editors, Pages pages) {
        this.library = library;
        this.store = store;
        this.editors = editors;
        this.pages = pages;
    }

    void queue(Context ctx) {
        QueueFilter filter = QueueFilter.parse(ctx::queryParam);
        ReportLibrary.Snapshot snapshot = library.snapshot();
        Queue queue = Queue.build(snapshot.items(), store.states(), filter, Pages.session(ctx).editor());
        Map<String, Object> model = pages.model(ctx, "Queue");
        model.put("queue", queue);
        model.put("filter", filter);
        model.put("editors", editors.names());
        model.put("reports", snapshot.reports());
        model.put("problems", snapshot.problems());
        model.put("location", library.location().toString());
        pages.render(ctx, "queue", model);
    }

    void page(Context ctx) {
        // one look at the report folder per page: the conflict and its queue come from the same reports
        ReportLibrary.Snapshot snapshot = library.snapshot();
        render(ctx, snapshot, item(snapshot, ctx.pathParam("id")), Pages.session(ctx).takeProblem());
    }

    void act(Context ctx) {
        ReviewItem item = item(library.snapshot(), ctx.pathParam("id"));
        Session session = Pages.session(ctx);
        String editor = session.editor();
        try {
            Decision decision = decision(ctx, item, editor);
            store.apply(decision);
            ActivityLog.acted(editor, decision.action().name().toLowerCase(Locale.ROOT), item.id());
            session.flash(done(decision));
        } catch (IllegalArgumentException e) {
            session.problem(capitalised(e.getMessage()) + ". Nothing was saved.");
        } catch (StaleDecisionException e) {
            session.problem(capitalised(e.getMessage()) + ". Nothing was saved: check the conflict as it is "
                    + "now and act again.");
        }
        ctx.redirect(path(item), HttpStatus.SEE_OTHER);
    }

    private static String path(ReviewItem item) {
        return "/conflicts/" + URLEncoder.encode(item.id(), StandardCharsets.UTF_8);
    }

    private Decision decision(Context ctx, ReviewItem item, String editor) {
        Action action = Action.parse(nonNull(ctx.formParam("action")));
        int version;
        try {
            version = Integer.parseInt(nonNull(ctx.formParam("version")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the form lacks the conflict's version; reload the page");
        }
        String reasonText = ctx.formParam("reason");
        DismissReason reason = action == Action.DISMISS && reasonText != null && !reasonText.isBlank()
                ? DismissReason.parse(reasonText) : null;
        if (action == Action.CONFIRM && item.update()) {
            throw new IllegalArgumentException("an update is not a discrepancy to confirm: acknowledge it, or dismiss it");
        }
        if (action == Action.ACKNOWLEDGE && !item.update()) {
            throw new IllegalArgumentException("only an update is acknowledged: confirm a discrepancy, or dismiss it");
        }
        String assignee = ctx.formParam("assignee");
        if (action == Action.ASSIGN && assignee != null && !assignee.isBlank() && !editors.exists(assignee.strip())) {
            throw new IllegalArgumentException("there is no editor named '" + assignee.strip() + "'");
        }
        return new Decision(item.id(), editor, action, version, reason, assignee, ctx.formParam("note"),
                new ConflictLabel(item.rule(), item.category(), item.severity()));
    }

    private void render(Context ctx, ReportLibrary.Snapshot snapshot, ReviewItem item, String problem) {
        ConflictState state = store.state(item.id());
        Map<String, Object> model = pages.model(ctx, item.headline());
        model.put("next", Queue.nextOpen(snapshot.items(), store.states(), item.id()));
        model.put("item", item);
        model.put("state", state);
        model.put("history", store.history(item.id()).stream().map(HistoryLine::of).toList());
        model.put("editors", editors.names());
        model.put("reasons", List.of(DismissReason.values()));
        model.put("problem", problem);
        pages.render(ctx, "conflict", model);
    }

    private static ReviewItem item(ReportLibrary.Snapshot snapshot, String id) {
        ReviewItem item = snapshot.byId().get(id);
        if (item == null) {
            throw new PageError(404, "No such conflict",
                    "Conflict " + id + " is not in any report the review app has read.");
        }
        return item;
    }

    private static String done(Decision d) {
        return switch (d.action()) {
            case CONFIRM -> "Confirmed.";
            case ACKNOWLEDGE -> "Acknowledged.";
            case DISMISS -> "Dismissed as " + d.reason().label() + ".";
            case FOLLOW_UP -> "Marked for follow-up.";
            case REOPEN -> "Reopened.";
            case ASSIGN -> d.assignee() == null ? "Unassigned." : "Assigned to " + d.assignee() + ".";
            case COMMENT -> "Comment added.";
        };
    }

    private static String nonNull(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("the form is incomplete; reload the page and try again");
        }
        return s;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
