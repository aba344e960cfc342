package dev.crosscheck.group;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A story as grouping decides it, before its articles are gathered: its id, its title, and its members
 * (by index in the feed's canonical order) in publication order. Small, so that it can travel where the
 * articles are.
 */
public record StoryPlan(String id, String title, List<Member> members) implements Serializable {

    /** One member: enough to order it. */
    public record Member(int index, String id, String path, LocalDate published) implements Serializable {
    }

    /** Publication order, undated articles last; the id (then the path) settles ties. */
    public static final Comparator<Member> PUBLICATION_ORDER = Comparator
            .comparing(Member::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::id)
            .thenComparing(Member::path, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Stories in order of their earliest article, then by id. */
    public static final Comparator<StoryPlan> ORDER = Comparator
            .comparing((StoryPlan p) -> p.members().get(0), PUBLICATION_ORDER)
            .thenComparing(StoryPlan::id);

    public StoryPlan {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
        members = List.copyOf(members);
    }
}
