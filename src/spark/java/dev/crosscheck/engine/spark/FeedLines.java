package dev.crosscheck.engine.spark;

import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.Skipped;
import dev.crosscheck.nightly.FeedLabels;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Reads a feed on Spark: JSONL files (on any Hadoop file system: a path, {@code hdfs://}, {@code s3a://}; a
 * folder URI stands for its {@code .jsonl} files) line by line on the workers, each line through the same
 * {@link ArticleReader#jsonLine} as on one machine; anything else (local folders of articles, HTML, JSON)
 * by the {@link ArticleReader} on the driver, with the event labels its records carry. What is skipped keeps
 * the feed's order.
 */
final class FeedLines {

    /**
     * One input's outcome, with where it stands in the feed: an article (as bytes), a skipped input (its path
     * and reason), or an event label (an article id and its label).
     */
    record Item(int input, long line, byte[] article, String skippedPath, String reason, String id, String label)
            implements Serializable {

        static Item article(int input, long line, Article a) {
            return new Item(input, line, Rows.write(a), null, null, null, null);
        }

        static Item skipped(int input, long line, Skipped s) {
            return new Item(input, line, null, s.path(), s.reason(), null, null);
        }

        Skipped skipped() {
            return skippedPath == null ? null : new Skipped(skippedPath, reason);
        }
    }

    /** The feed read: its articles (as bytes), what was skipped in feed order, and the event labels. */
    record Read(JavaRDD<byte[]> articles, List<Skipped> skipped, Map<String, String> labels) {
    }

    private FeedLines() {
    }

    static Read read(JavaSparkContext spark, List<String> feed, Broadcast<RulesBundle> rules, ArticleReader local) {
        List<JavaRDD<Item>> parts = new ArrayList<>();
        for (int input = 0; input < feed.size(); input++) {
            String path = feed.get(input);
            int at = input;
            List<String> jsonl = jsonlFiles(spark, path);
            if (jsonl.isEmpty()) {
                Ingested read = local.read(List.of(Path.of(path)));
                List<Item> items = new ArrayList<>();
                long n = 0;
                for (Skipped s : read.skipped()) {
                    items.add(Item.skipped(at, n++, s));
                }
                for (Article a : read.articles()) {
                    items.add(Item.article(at, n++, a));
                }
                for (Map.Entry<String, String> label : FeedLabels.read(List.of(Path.of(path))).entrySet()) {
                    items.add(new Item(at, n++, null, null, null, label.getKey(), label.getValue()));
                }
                parts.add(spark.parallelize(items));
                continue;
            }
            for (String file : jsonl) {
                String label = file.contains("://") ? file : Path.of(file).toString(); // as the local reader names it
                parts.add(spark.textFile(file).zipWithIndex().flatMap(line -> lineItems(at, label, line, rules.value())
                        .iterator()));
            }
        }
        JavaRDD<Item> items = parts.isEmpty() ? spark.emptyRDD() : spark.union(parts.toArray(JavaRDD[]::new));
        items.cache();
        List<Item> notes = items.filter(i -> i.article() == null).collect();
        List<Skipped> skipped = notes.stream().filter(i -> i.skipped() != null)
                .sorted(Comparator.comparingInt(Item::input).thenComparingLong(Item::line)).map(Item::skipped).toList();
        Map<String, String> labels = new TreeMap<>();
        notes.stream().filter(i -> i.label() != null).forEach(i -> labels.put(i.id(), i.label()));
        return new Read(items.filter(i -> i.article() != null).map(Item::article), skipped, labels);
    }

    /** A line of a JSONL feed: the article or the reason it was skipped, and the event label it carries. */
    private static List<Item> lineItems(int input, String file, Tuple2<String, Long> line, RulesBundle rules) {
        long number = line._2() + 1;
        Ingested read = Worker.reader(rules).jsonLine(file, Math.toIntExact(number), line._1());
        List<Item> items = new ArrayList<>();
        read.skipped().forEach(s -> items.add(Item.skipped(input, number, s)));
        read.articles().forEach(a -> items.add(Item.article(input, number, a)));
        FeedLabels.ofLine(line._1()).ifPresent(e -> items.add(new Item(input, number, null, null, null, e.getKey(),
                e.getValue())));
        return items;
    }

    /**
     * The JSONL files a feed argument stands for on a Hadoop file system: itself when it is a {@code .jsonl}
     * file, the {@code .jsonl} files of a folder given as a URI; none for anything the local reader reads.
     */
    private static List<String> jsonlFiles(JavaSparkContext spark, String path) {
        boolean uri = path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
        if (!uri) {
            return path.endsWith(".jsonl") && Files.isRegularFile(Path.of(path)) ? List.of(path) : List.of();
        }
        try {
            Configuration conf = spark.hadoopConfiguration();
            org.apache.hadoop.fs.Path hadoop = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = FileSystem.get(URI.create(path), conf);
            if (fs.getFileStatus(hadoop).isFile()) {
                return List.of(path);
            }
            List<String> files = new ArrayList<>();
            for (FileStatus status : fs.listStatus(hadoop)) {
                if (status.isFile() && status.getPath().getName().endsWith(".jsonl")) {
                    files.add(status.getPath().toString());
                }
            }
            files.sort(Comparator.naturalOrder());
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
