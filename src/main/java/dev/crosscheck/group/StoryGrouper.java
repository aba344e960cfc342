package dev.crosscheck.group;

import dev.crosscheck.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups a feed's articles into stories, one per reported event. Articles whose feed record carried a
 * {@code story} field were grouped upstream and are grouped by that field alone; the rest are grouped by
 * how alike they are ({@link ArticleSimilarity}) with average linkage ({@link AverageLinkage}). A preset
 * story's id is the feed's value; a computed story's id comes from its articles' ids ({@link StoryIds}).
 *
 * <p>The result depends only on the set of articles, not on their order: stories come in order of their
 * earliest article, and each story's articles in publication order. Word statistics (how rare a word is)
 * come from the whole batch, so an article's story can change when the rest of the feed does. A grouper
 * holds no state between calls and can be shared between threads.
 */
public final class StoryGrouper {

    /** Publication order, undated articles last; the id (then the path) settles ties. */
    static final Comparator<Article> PUBLICATION_ORDER = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id)
            .thenComparing(Article::path, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** One order for any input: every index below refers to it, so nothing depends on input order. */
    private static final Comparator<Article> CANONICAL_ORDER = Comparator.comparing(Article::id)
            .thenComparing(Article::path, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Article::body);

    private final GroupingSettings settings;

    public StoryGrouper() {
        this(GroupingSettings.DEFAULTS);
    }

    public StoryGrouper(GroupingSettings settings) {
        this.settings = settings;
    }

    /** The stories of {@code articles}: every article is in exactly one story. */
    public List<Story> group(List<Article> articles) {
        for (Article article : articles) {
            if (article.id() == null || article.body() == null) {
                throw new IllegalArgumentException("cannot group an article without an id or a body: " + article.path());
            }
        }
        List<Article> sorted = articles.stream().sorted(CANONICAL_ORDER).toList();
        double[][] similarity = new ArticleSimilarity(settings).matrix(sorted);

        Map<String, List<Integer>> preset = new TreeMap<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            String story = sorted.get(i).story();
            if (story != null) {
                preset.computeIfAbsent(story, s -> new ArrayList<>()).add(i);
            } else {
                open.add(i);
            }
        }
        List<Story> stories = new ArrayList<>();
        preset.forEach((id, members) -> stories.add(story(id, members, sorted, similarity)));
        for (List<Integer> members : AverageLinkage.cluster(similarity, open, settings.threshold())) {
            String id = StoryIds.of(members.stream().map(i -> sorted.get(i).id()).toList());
            stories.add(story(id, members, sorted, similarity));
        }
        stories.sort(Comparator.comparing((Story s) -> s.articles().get(0), PUBLICATION_ORDER)
                .thenComparing(Story::id));
        return List.copyOf(stories);
    }

    private static Story story(String id, List<Integer> members, List<Article> articles, double[][] similarity) {
        List<Article> ordered = members.stream().map(articles::get).sorted(PUBLICATION_ORDER).toList();
        return new Story(id, StoryTitles.representative(members, articles, similarity), ordered);
    }
}
