package dev.crosscheck.group;

import dev.crosscheck.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Groups a feed's articles into stories, one per reported event, on this machine: the
 * {@link GroupingStages} run one after the other over lists. Articles whose feed record carried a
 * {@code story} field were grouped upstream and are grouped by that field alone; the rest are grouped by
 * how alike they are with average linkage. A preset story's id is the feed's value; a computed story's id
 * comes from its articles' ids ({@link StoryIds}).
 *
 * <p>The result depends only on the set of articles, not on their order: stories come in order of their
 * earliest article, and each story's articles in publication order. Word statistics (how rare a word is)
 * come from the whole batch, so an article's story can change when the rest of the feed does. Time and
 * memory grow about linearly with the feed. A grouper holds no state between calls and can be shared
 * between threads.
 */
public final class StoryGrouper {

    /** Publication order, undated articles last; the id (then the path) settles ties: a story's article order. */
    public static final Comparator<Article> PUBLICATION_ORDER = Comparator
            .comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id)
            .thenComparing(Article::path, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final GroupingStages stages;

    public StoryGrouper() {
        this(GroupingSettings.DEFAULTS);
    }

    public StoryGrouper(GroupingSettings settings) {
        this.stages = new GroupingStages(settings);
    }

    /** The stories of {@code articles}: every article is in exactly one story. */
    public List<Story> group(List<Article> articles) {
        List<Article> sorted = articles.stream().sorted(GroupingStages.CANONICAL_ORDER).toList();
        List<ArticleTerms> terms = sorted.stream().map(stages::terms).toList();
        DocumentFrequencies df = DocumentFrequencies.of(terms);
        List<ArticleProfile> profiles = IntStream.range(0, sorted.size())
                .mapToObj(i -> stages.profile(i, sorted.get(i), terms.get(i), df)).toList();
        List<Edge> edges = edges(profiles);
        return plans(profiles, edges).stream().sorted(StoryPlan.ORDER)
                .map(plan -> GroupingStages.story(plan, sorted::get)).toList();
    }

    /** Every pair of articles filed under a shared key, compared once. */
    private List<Edge> edges(List<ArticleProfile> profiles) {
        Map<Long, List<ArticleProfile>> filed = new HashMap<>();
        for (ArticleProfile p : profiles) {
            for (long key : p.keys()) {
                filed.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        List<Edge> edges = new ArrayList<>();
        filed.forEach((key, articles) -> edges.addAll(stages.edgesUnder(key, articles)));
        return edges;
    }

    /** The plans of each part of the graph of joining edges. */
    private List<StoryPlan> plans(List<ArticleProfile> profiles, List<Edge> edges) {
        Components components = new Components();
        edges.stream().filter(stages::joins).forEach(e -> components.join(e.a(), e.b()));
        Map<String, List<ArticleProfile>> members = new TreeMap<>();
        Map<String, List<Edge>> within = new HashMap<>();
        for (ArticleProfile p : profiles) {
            members.computeIfAbsent(GroupingStages.part(p.story(), components.of(p.index())), k -> new ArrayList<>()).add(p);
        }
        for (Edge e : edges) {
            String part = GroupingStages.partOf(e, components::of);
            if (part != null) {
                within.computeIfAbsent(part, k -> new ArrayList<>()).add(e);
            }
        }
        List<StoryPlan> plans = new ArrayList<>();
        members.forEach((part, articles) -> plans.addAll(stages.plans(articles, within.getOrDefault(part, List.of()))));
        return plans;
    }
}
