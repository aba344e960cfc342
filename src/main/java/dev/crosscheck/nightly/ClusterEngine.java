package dev.crosscheck.nightly;

import dev.crosscheck.rules.RuleBook;
import java.nio.file.Path;
import java.util.List;

/**
 * An engine that reads, groups and checks a feed on a cluster (Apache Spark: {@code
 * dev.crosscheck.engine.spark.SparkEngine}, built with the {@code spark} Maven profile) and hands back the
 * same {@link CheckedFeed} as this machine's engine, for {@link NightlyJob#report}.
 */
public interface ClusterEngine extends AutoCloseable {

    /**
     * @param feed      the feed as given: paths, or URIs of a Hadoop file system
     * @param cacheRoot the caches' folder, which the workers must reach (a local run always does)
     */
    CheckedFeed check(NightlyJob.Request request, List<String> feed, RuleBook book, Path cacheRoot);

    /**
     * Copies a day's report set (the files of {@code daySet}) to {@code target}/{@code day}/ on a Hadoop file system
     * (any URI Hadoop reads: {@code hdfs://}, {@code s3a://}, {@code file://}): written under a temporary name
     * first, then renamed into place, so that a reader finds the previous set, none, or the whole new one.
     *
     * @return where the set now is
     */
    String publish(Path daySet, String target, java.time.LocalDate day) throws java.io.IOException;

    @Override
    void close();
}
