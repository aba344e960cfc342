package dev.crosscheck.review.web;

import dev.crosscheck.review.DismissReason;
import dev.crosscheck.review.Status;
import dev.crosscheck.review.db.ConflictState;
import dev.crosscheck.review.reports.ReviewItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * For rule authors: per rule, how the editors judged its conflicts. Decided conflicts count even when
 * their report is gone (the rule is kept with the decision); open ones are those in the current reports.
 */
final class RuleStats {

    /**
     * One rule's tally; {@code dismissedBy} maps a reason key to its count, in the reasons' order. Acknowledged
     * updates are counted apart: an update is neither a confirmed discrepancy nor a false flag.
     */
    record Tally(String rule, int total, int open, int followUp, int confirmed, int acknowledged, int dismissed,
                 Map<String, Integer> dismissedBy) {

        /** Share of judged conflicts (confirmed + dismissed) that were confirmed, in whole percent; -1 if none. */
        public int precisionPercent() {
            int judged = confirmed + dismissed;
            return judged == 0 ? -1 : Math.round(100f * confirmed / judged);
        }
    }

    static final String UNKNOWN_RULE = "(rule not recorded)";

    private RuleStats() {
    }

    static List<Tally> tally(List<ReviewItem> items, Map<String, ConflictState> states) {
        Map<String, String> ruleOf = new HashMap<>();
        states.values().forEach(s -> ruleOf.put(s.conflictId(),
                s.label() != null && s.label().rule() != null ? s.label().rule() : UNKNOWN_RULE));
        items.forEach(i -> ruleOf.put(i.id(), i.rule() == null ? UNKNOWN_RULE : i.rule()));
        Map<String, List<Status>> statuses = new TreeMap<>();
        Map<String, List<DismissReason>> reasons = new HashMap<>();
        Set<String> ids = new TreeSet<>(ruleOf.keySet());
        for (String id : ids) {
            String rule = ruleOf.get(id);
            ConflictState s = states.get(id);
            statuses.computeIfAbsent(rule, r -> new ArrayList<>()).add(s == null ? Status.OPEN : s.status());
            if (s != null && s.status() == Status.DISMISSED && s.reason() != null) {
                reasons.computeIfAbsent(rule, r -> new ArrayList<>()).add(s.reason());
            }
        }
        List<Tally> tallies = new ArrayList<>();
        statuses.forEach((rule, list) -> {
            Map<String, Integer> by = new LinkedHashMap<>();
            for (DismissReason r : DismissReason.values()) {
                by.put(r.key(), (int) reasons.getOrDefault(rule, List.of()).stream().filter(r::equals).count());
            }
            tallies.add(new Tally(rule, list.size(), count(list, Status.OPEN), count(list, Status.FOLLOW_UP),
                    count(list, Status.CONFIRMED), count(list, Status.ACKNOWLEDGED), count(list, Status.DISMISSED), by));
        });
        return tallies;
    }

    private static int count(List<Status> list, Status status) {
        return (int) list.stream().filter(status::equals).count();
    }
}
