package dev.crosscheck.nightly;

import java.util.function.Supplier;

/** A value made on first use, once, however many threads ask: for models a run may not need at all. */
public final class Once<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public Once(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** True once the value has been made. */
    public boolean made() {
        return value != null;
    }
}
