package dev.crosscheck.report;

import dev.crosscheck.check.StoryResult;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the story's other articles said on a conflict's point: for each article the conflict does not cite, its
 * first claim of the same attribute about the same subject (or, for counts, of the same group: the dead, the
 * injured; for amounts, of the same thing measured), so an editor sees whether the rest of the press sides with one version. An update needs none: its
 * timeline already lists every report.
 */
final class OnThePoint {

    /** Enough to see where the press stands, few enough to read. */
    static final int MAX_ARTICLES = 12;

    private final List<Assertion> claims;

    private OnThePoint(List<Assertion> claims) {
        this.claims = claims;
    }

    static OnThePoint of(StoryResult story) {
        return new OnThePoint(story.articles().stream().flatMap(e -> e.assertions().stream()).toList());
    }

    /** One claim per other article on the conflict's point, earliest published first. */
    List<Assertion> said(Conflict c) {
        if (!c.timeline().isEmpty() || c.evidence().isEmpty()) {
            return List.of();
        }
        Assertion point = c.evidence().get(0);
        boolean realSubject = !point.placeholderSubject();
        Set<String> cited = c.evidence().stream().map(Assertion::article).collect(Collectors.toSet());
        Map<String, Assertion> firstPerArticle = new LinkedHashMap<>();
        claims.stream()
                .filter(a -> !cited.contains(a.article()))
                .filter(a -> onThePoint(a, point, realSubject))
                .sorted(Comparator.comparing(Assertion::article).thenComparingInt(a -> a.at().start()))
                .forEach(a -> firstPerArticle.putIfAbsent(a.article(), a));
        return firstPerArticle.values().stream()
                .sorted(Comparator.comparing((Assertion a) -> a.at().published(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Assertion::article))
                .limit(MAX_ARTICLES)
                .toList();
    }

    private static boolean onThePoint(Assertion a, Assertion point, boolean realSubject) {
        if (!a.attribute().equals(point.attribute()) || !a.comparableWith(point)) {
            return false;
        }
        return (realSubject && a.subject().equals(point.subject()))
                || (point.frame().group() != null && Objects.equals(a.frame().group(), point.frame().group()))
                || ("QUANTITY".equals(point.kind()) && "QUANTITY".equals(a.kind()) && a.sameThing(point));
    }
}
