package io.jumba.vectorize;

import io.jumba.ir.Var;

/** A scalar accumulator of a loop, updated only as {@code var = var op value}. */
public record Reduction(Var var, ReductionOp op) {}
