package io.jumba.ir;

/** Scalar comparisons of the IR. */
public enum CmpOp { LT, LE, GT, GE, EQ, NE }
