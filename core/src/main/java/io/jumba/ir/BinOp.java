package io.jumba.ir;

/** Scalar binary operators of the IR (comparisons are {@link CmpOp}). */
public enum BinOp { ADD, SUB, MUL, DIV, FLOORDIV, MOD, POW, BITAND, BITOR, BITXOR, SHL, SHR }
