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

    @Override
    void close();
}
