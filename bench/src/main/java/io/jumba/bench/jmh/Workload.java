package io.jumba.bench.jmh;

/**
 * One implementation of one suite case bound to its arguments: what a benchmark call runs. It returns the
 * kernel's scalar result, or 0 when the kernel writes its output arrays instead.
 */
@FunctionalInterface
public interface Workload {
    double run() throws Throwable;
}
