package dev.crosscheck.nightly;

import dev.crosscheck.group.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs a task per story on a fixed pool of threads and returns the results in the stories' order, whatever
 * order they finished in. The biggest stories start first, so that the threads finish together.
 */
final class ParallelStories {

    private ParallelStories() {
    }

    static <T> List<T> map(List<Story> stories, int threads, Function<Story, T> task) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            List<Future<T>> futures = new ArrayList<>(Collections.nCopies(stories.size(), null));
            IntStream.range(0, stories.size()).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> -stories.get(i).articles().size())
                            .thenComparingInt(i -> i))
                    .forEach(i -> futures.set(i, pool.submit(() -> task.apply(stories.get(i)))));
            List<T> results = new ArrayList<>(stories.size());
            for (Future<T> future : futures) {
                results.add(result(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T result(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a story task failed", cause);
        }
    }

    /** Daemon threads with readable names, so a stuck run shows where in a thread dump. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "crosscheck-story-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
