package dev.crosscheck.nightly;

/** Told how far a run has got; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} articles have been read (annotated and extracted, or taken from the cache). */
    void articles(int done, int total);
}
