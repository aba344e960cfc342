package dev.crosscheck.engine.spark;

import dev.crosscheck.group.ArticleProfile;
import dev.crosscheck.group.ArticleTerms;
import dev.crosscheck.group.Components;
import dev.crosscheck.group.DocumentFrequencies;
import dev.crosscheck.group.Edge;
import dev.crosscheck.group.GroupingSettings;
import dev.crosscheck.group.GroupingStages;
import dev.crosscheck.group.Story;
import dev.crosscheck.group.StoryPlan;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.nightly.CheckedFeed;
import dev.crosscheck.nightly.ClusterEngine;
import dev.crosscheck.nightly.NightlyJob;
import dev.crosscheck.nightly.StoryTask;
import dev.crosscheck.rules.RuleBook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The nightly's engine on Apache Spark: the same stages as on one machine, run where the data is. The
 * feed is read on the workers ({@link FeedLines}); grouping runs its {@link GroupingStages} as Spark steps
 * (terms and profiles per article, document frequencies summed, candidate pairs per filing word, the
 * graph's parts on the driver, each part clustered on a worker); each story is checked on a worker by the
 * nightly's {@link StoryTask} (caches included), with the rules and models loaded once per worker
 * ({@link Worker}); the driver collects the stories' report parts in story order and hands them back, so
 * that {@link NightlyJob#report} makes the same report as the local engine.
 */
public final class SparkEngine implements ClusterEngine {

    private final JavaSparkContext spark;

    /** @param master a Spark master URL; ignored when spark-submit has set one */
    public SparkEngine(String master) {
        SparkConf conf = new SparkConf().setAppName("crosscheck nightly").setIfMissing("spark.master", master);
        if (conf.get("spark.master").startsWith("local")) {
            // embedded: this machine only, no web UI
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                    .setIfMissing("spark.ui.enabled", "false");
        }
        this.spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN");
    }

    /** Reads, groups and checks {@code feed} (paths or Hadoop URIs) with {@code book}'s rules. */
    @Override
    public CheckedFeed check(NightlyJob.Request request, List<String> feed, RuleBook book, Path cacheRoot) {
        Worker.share(book);
        Broadcast<RulesBundle> rules = spark.broadcast(RulesBundle.of(book));
        FeedLines.Read read = FeedLines.read(spark, feed, rules,
                new ArticleReader(book.knowledge().boilerplate(), new LanguageIdentifier()));
        GroupingStages stages = new GroupingStages(GroupingSettings.DEFAULTS);

        // every article's place in the canonical order: the same indices as on one machine
        JavaPairRDD<Integer, byte[]> articles = read.articles()
                .sortBy(SparkEngine::canonicalKey, true, spark.defaultParallelism())
                .zipWithIndex().mapToPair(t -> new Tuple2<>(Math.toIntExact(t._2()), t._1())).cache();
        JavaPairRDD<Integer, ArticleTerms> terms = articles
                .mapValues(bytes -> stages.terms(Rows.read(bytes, Article.class))).cache();
        long count = articles.count();
        Map<String, Long> counted = terms.values().flatMap(t -> t.words().keySet().iterator())
                .mapToPair(word -> new Tuple2<>(word, 1L)).reduceByKey(Long::sum).collectAsMap();
        Map<String, Integer> frequencies = new HashMap<>();
        counted.forEach((word, n) -> frequencies.put(word, Math.toIntExact(n)));
        // in how many months each name appears: (name, month) pairs made distinct, then counted per name
        Map<String, Long> months = terms.values().filter(t -> t.month() != null)
                .flatMapToPair(t -> t.names().keySet().stream().map(name -> new Tuple2<>(name, t.month())).iterator())
                .distinct()
                .mapToPair(nameMonth -> new Tuple2<>(nameMonth._1(), 1L))
                .reduceByKey(Long::sum).collectAsMap();
        Map<String, Integer> nameMonths = new HashMap<>();
        months.forEach((name, n) -> nameMonths.put(name, Math.toIntExact(n)));
        Broadcast<DocumentFrequencies> df = spark.broadcast(new DocumentFrequencies(Math.toIntExact(count), frequencies,
                nameMonths));
        JavaPairRDD<Integer, ArticleProfile> profiles = articles.join(terms).mapToPair(t -> new Tuple2<>(t._1(),
                stages.profile(t._1(), Rows.read(t._2()._1(), Article.class), t._2()._2(), df.value()))).cache();

        // candidate pairs: the articles filed under each distinctive word, compared once per pair
        JavaRDD<Edge> edges = profiles.values()
                .flatMapToPair(p -> Arrays.stream(p.keys()).mapToObj(k -> new Tuple2<>(k, p)).iterator())
                .groupByKey()
                .flatMap(filed -> stages.edgesUnder(filed._1(), list(filed._2())).iterator())
                .cache();

        // the parts of the graph of joining edges (small: two indices per edge), on the driver
        List<int[]> joining = edges.filter(stages::joins).map(e -> new int[] {e.a(), e.b()}).collect();
        Components components = new Components();
        joining.forEach(pair -> components.join(pair[0], pair[1]));
        Map<Integer, Integer> part = new HashMap<>();
        for (int[] pair : joining) {
            part.put(pair[0], components.of(pair[0]));
            part.put(pair[1], components.of(pair[1]));
        }
        Broadcast<Map<Integer, Integer>> parts = spark.broadcast(part);
        JavaPairRDD<String, ArticleProfile> profilesByPart = profiles.values().mapToPair(p -> new Tuple2<>(
                GroupingStages.part(p.story(), parts.value().getOrDefault(p.index(), p.index())), p));
        JavaPairRDD<String, Edge> edgesByPart = edges
                .mapToPair(e -> new Tuple2<>(GroupingStages.partOf(e, i -> parts.value().getOrDefault(i, i)), e))
                .filter(e -> e._1() != null);
        List<StoryPlan> plans = new ArrayList<>(profilesByPart.cogroup(edgesByPart)
                .flatMap(p -> stages.plans(list(p._2()._1()), list(p._2()._2())).iterator())
                .collect());
        plans.sort(StoryPlan.ORDER);

        // each story checked on a worker, with its articles gathered there
        List<Tuple2<Integer, Integer>> storyOf = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            for (StoryPlan.Member m : plans.get(s).members()) {
                storyOf.add(new Tuple2<>(m.index(), s));
            }
        }
        Broadcast<List<StoryPlan>> planned = spark.broadcast(plans);
        String cache = request.useCache() ? cacheRoot.toString() : null;
        int slices = Math.max(1, Math.min(plans.size(), spark.defaultParallelism() * 4));
        Map<Integer, byte[]> done = spark.parallelizePairs(storyOf, spark.defaultParallelism())
                .join(articles)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey(slices)
                .mapToPair(story -> new Tuple2<>(story._1(), Rows.write(check(planned.value().get(story._1()),
                        story._2(), rules.value(), cache))))
                .collectAsMap();
        List<StoryTask.Done> stories = new ArrayList<>();
        for (int s = 0; s < plans.size(); s++) {
            stories.add(Rows.read(done.get(s), StoryTask.Done.class));
        }
        return new CheckedFeed(stories, read.skipped(), read.labels(),
                StoryTask.cacheScopes(book, cacheRoot, request.useCache()));
    }

    private static <T> List<T> list(Iterable<T> items) {
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static StoryTask.Done check(StoryPlan plan, Iterable<Tuple2<Integer, byte[]>> members, RulesBundle rules,
                                        String cacheRoot) {
        Map<Integer, Article> byIndex = new HashMap<>();
        members.forEach(m -> byIndex.put(m._1(), Rows.read(m._2(), Article.class)));
        Story story = GroupingStages.story(plan, byIndex::get);
        return Worker.task(rules, cacheRoot).run(story, n -> { });
    }

    /** {@link GroupingStages#CANONICAL_ORDER} as one string: id, path, body, each ended by a character below any other. */
    private static String canonicalKey(byte[] bytes) {
        Article a = Rows.read(bytes, Article.class);
        return a.id() + '\u0000' + (a.path() == null ? "" : a.path()) + '\u0000' + a.body();
    }

    @Override
    public String publish(Path daySet, String target, java.time.LocalDate day) throws java.io.IOException {
        return Publisher.publish(spark.hadoopConfiguration(), daySet, target, day);
    }

    @Override
    public void close() {
        spark.close();
    }
}
