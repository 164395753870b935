package io.jumba.frontend.ast;

/** Python unary operators: {@code -x}, {@code +x}, {@code not x}, {@code ~x}. */
public enum UnaryOperator { NEG, POS, NOT, INVERT }
