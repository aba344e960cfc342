package dev.crosscheck.group;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An article as grouping sees it: where it stands in the feed's canonical order, what identifies and
 * orders it in a story, its TF-IDF vectors (words, title; {@code names}: the names it shares with few other
 * articles, {@code named}: whether it uses any name at all), and the distinctive words it is filed
 * under to find the articles worth comparing it with ({@code keys}). {@code story} is a grouping the feed
 * already made, or null.
 */
public record ArticleProfile(int index, String id, String path, String title, LocalDate published, String story,
                             TermVector words, TermVector titleWords, boolean named, TermVector names,
                             long[] keys)
        implements Serializable {

    /** The light part that a story plan keeps of each member. */
    public StoryPlan.Member member() {
        return new StoryPlan.Member(index, id, path, published);
    }
}
