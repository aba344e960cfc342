package dev.crosscheck.group;

import dev.crosscheck.ingest.Article;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The steps of grouping a feed into stories, each a pure function of its inputs, so that an engine can run
 * each where its data is (one machine: {@link StoryGrouper}; a cluster: the Spark engine) and get the same
 * stories:
 * <ol>
 *   <li>{@link #terms} of each article, and from all of them the {@link DocumentFrequencies};</li>
 *   <li>a {@link #profile} of each article: TF-IDF vectors and the distinctive words it is filed under;</li>
 *   <li>pairs of the articles filed under one word, and the {@link #edge} between each such pair
 *       ({@link #edgesUnder}): only these pairs are ever compared, so the work grows with the feed, not with
 *       its square;</li>
 *   <li>the parts of the graph joined by edges that can merge groups ({@link #joins}, {@link Components});</li>
 *   <li>the {@link #plans} of each part ({@link #partOf}): average linkage into story plans, or one plan per
 *       story the feed already gave (a {@code story} field);</li>
 *   <li>each plan with its articles makes a {@link #story}.</li>
 * </ol>
 * Serializable: a cluster ships it to its workers.
 */
public final class GroupingStages implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One order for any input: indices refer to it, so nothing depends on the order articles came in. */
    public static final Comparator<Article> CANONICAL_ORDER = Comparator.comparing(Article::id)
            .thenComparing(Article::path, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Article::body);

    private static final Comparator<Edge> EDGE_ORDER = Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b);

    private final GroupingSettings settings;
    private final ArticleSimilarity similarity;

    public GroupingStages(GroupingSettings settings) {
        this.settings = settings;
        this.similarity = new ArticleSimilarity(settings);
    }

    public ArticleTerms terms(Article article) {
        if (article.id() == null || article.body() == null) {
            throw new IllegalArgumentException("cannot group an article without an id or a body: " + article.path());
        }
        return TermExtractor.extract(article, settings.titleWeight());
    }

    /** @param index the article's place in the feed's {@link #CANONICAL_ORDER} */
    public ArticleProfile profile(int index, Article article, ArticleTerms terms, DocumentFrequencies df) {
        Map<String, Double> words = new HashMap<>();
        terms.words().forEach((w, count) -> words.put(w, sublinear(count) * df.idf(w)));
        Map<String, Double> title = new HashMap<>();
        terms.titleWords().forEach((w, count) -> title.put(w, sublinear(count) * df.idf(w)));
        Map<String, Double> names = new HashMap<>();
        terms.names().forEach((w, count) -> {
            // a name in many articles or many months (a company, a country, a recurring event's venue) tells no event
            if (df.of(w) <= settings.keyArticles() && df.monthsOf(w) <= settings.nameMonths()) {
                names.put(w, sublinear(count) * df.idf(w));
            }
        });
        return new ArticleProfile(index, article.id(), article.path(), article.title(), article.published(),
                article.story(), TermVector.unit(words), TermVector.unit(title), !terms.names().isEmpty(), TermVector.unit(names),
                keys(words, df));
    }

    /**
     * The article's most distinctive words (highest TF-IDF weight, then by hash), among those that some other
     * article shares and that at most {@code keyArticles} articles have.
     */
    private long[] keys(Map<String, Double> weights, DocumentFrequencies df) {
        return weights.entrySet().stream()
                .filter(e -> df.of(e.getKey()) >= 2 && df.of(e.getKey()) <= settings.keyArticles())
                .map(e -> Map.entry(TermVector.hash(e.getKey()), e.getValue()))
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.keysPerArticle())
                .mapToLong(Map.Entry::getKey)
                .sorted()
                .toArray();
    }

    /**
     * The edges among the articles filed under one word. A pair filed together under several words is compared
     * only under the lowest of them, so each pair is compared once over all words, with no set of pairs seen.
     */
    public List<Edge> edgesUnder(long key, List<ArticleProfile> filed) {
        List<ArticleProfile> sorted = filed.stream().sorted(Comparator.comparingInt(ArticleProfile::index)).toList();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                ArticleProfile x = sorted.get(i);
                ArticleProfile y = sorted.get(j);
                if (lowestShared(x.keys(), y.keys()) == key) {
                    edge(x, y).ifPresent(edges::add);
                }
            }
        }
        return edges;
    }

    /** The lowest value two sorted arrays share; {@code Long.MAX_VALUE} when they share none. */
    static long lowestShared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * The similarity of two articles, when it matters: both without a story from the feed, or both in the
     * same one (for its title); empty when they are not alike at all.
     */
    public Optional<Edge> edge(ArticleProfile x, ArticleProfile y) {
        if (!Objects.equals(x.story(), y.story())) {
            return Optional.empty();
        }
        double s = similarity.between(x, y);
        if (!(s > 0)) {
            return Optional.empty();
        }
        return Optional.of(x.index() < y.index() ? new Edge(x.index(), y.index(), s, x.story())
                : new Edge(y.index(), x.index(), s, x.story()));
    }

    /**
     * The part an article is planned in: its story from the feed, or else the component of the graph of
     * joining edges it belongs to (named by its lowest index).
     */
    public static String part(String story, int component) {
        return story != null ? "story " + story : "part " + component;
    }

    /**
     * The part an edge lies within, given each article's component of the graph of joining edges; null when it
     * links two parts (two articles no chain of joining edges links are never in one story).
     */
    public static String partOf(Edge edge, IntUnaryOperator component) {
        if (edge.story() == null && component.applyAsInt(edge.a()) != component.applyAsInt(edge.b())) {
            return null;
        }
        return part(edge.story(), component.applyAsInt(edge.a()));
    }

    /**
     * The story plans of one part (see {@link #part}): the story the feed gave its articles, or else its articles
     * clustered by average linkage. {@code among}: the edges within the part.
     */
    public List<StoryPlan> plans(List<ArticleProfile> members, List<Edge> among) {
        String story = members.get(0).story();
        return story != null ? List.of(preset(story, members, among)) : cluster(members, among);
    }

    /** True for an edge between articles to be grouped that is strong enough to merge them. */
    public boolean joins(Edge edge) {
        return edge.story() == null && edge.similarity() >= settings.threshold();
    }

    /**
     * The story plans of one part: articles without a story from the feed that no joining edge links to
     * any article outside them, clustered by average linkage over the edges among them.
     */
    List<StoryPlan> cluster(List<ArticleProfile> part, List<Edge> edges) {
        List<ArticleProfile> sorted = part.stream().sorted(Comparator.comparingInt(ArticleProfile::index)).toList();
        Map<Integer, ArticleProfile> byIndex = new HashMap<>();
        sorted.forEach(p -> byIndex.put(p.index(), p));
        List<Edge> ordered = edges.stream().sorted(EDGE_ORDER).toList();
        List<int[]> groups = AverageLinkage.cluster(sorted.stream().mapToInt(ArticleProfile::index).toArray(), ordered,
                settings.threshold());
        Map<Integer, Integer> groupOf = new HashMap<>();
        List<List<Edge>> within = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int index : groups.get(g)) {
                groupOf.put(index, g);
            }
            within.add(new ArrayList<>());
        }
        for (Edge e : ordered) {
            Integer g = groupOf.get(e.a());
            if (g != null && g.equals(groupOf.get(e.b()))) {
                within.get(g).add(e);
            }
        }
        List<StoryPlan> plans = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<ArticleProfile> members = Arrays.stream(groups.get(g)).mapToObj(byIndex::get).toList();
            plans.add(plan(StoryIds.of(members.stream().map(ArticleProfile::id).toList()), members, within.get(g)));
        }
        return plans;
    }

    /** The plan of a story the feed gave: all its articles, whatever their similarity; {@code edges} those among them. */
    StoryPlan preset(String story, List<ArticleProfile> members, List<Edge> edges) {
        return plan(story, members, edges.stream().sorted(EDGE_ORDER).toList());
    }

    /** A planned story with its articles: {@code articles} gives each member's article by its index. */
    public static Story story(StoryPlan plan, IntFunction<Article> articles) {
        return new Story(plan.id(), plan.title(), plan.members().stream().map(m -> articles.apply(m.index())).toList());
    }

    /** @param within the edges among the members, in {@link #EDGE_ORDER} */
    private static StoryPlan plan(String id, List<ArticleProfile> members, List<Edge> within) {
        List<ArticleProfile> ordered = members.stream()
                .sorted(Comparator.comparing(ArticleProfile::member, StoryPlan.PUBLICATION_ORDER)).toList();
        return new StoryPlan(id, StoryTitles.representative(ordered, within),
                ordered.stream().map(ArticleProfile::member).toList());
    }

    /** 1 + ln(count) from a count of 1 up; a fractional count (a lightly weighted title word) stays as it is. */
    private static double sublinear(double count) {
        return count <= 1 ? count : 1 + Math.log(count);
    }
}
