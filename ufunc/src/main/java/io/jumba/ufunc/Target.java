package io.jumba.ufunc;

/** Where a ufunc runs: one thread, or the outermost dimension split across the common ForkJoinPool. */
public enum Target { CPU, PARALLEL }
