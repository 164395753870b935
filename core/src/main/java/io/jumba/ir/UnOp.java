package io.jumba.ir;

/** Scalar unary operators of the IR. */
public enum UnOp { NEG, NOT, INVERT }
