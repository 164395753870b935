package io.jumba.ir;

/** Whole-array reductions: np.sum, np.prod, np.min, np.max, np.mean, np.argmin, np.argmax, np.any, np.all. */
public enum ReduceOp { SUM, PROD, MIN, MAX, MEAN, ARGMIN, ARGMAX, ANY, ALL }
