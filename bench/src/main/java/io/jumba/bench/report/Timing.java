package io.jumba.bench.report;

/** A measured time per call in microseconds: the median and the spread (lowest and highest sample). */
public record Timing(double medianUs, double minUs, double maxUs) {}
