package io.jumba.runtime;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * A {@link MathTyping#KEEPS_TYPE} function's implementation on integers (in int64, wrapped to the operand type by
 * the caller): the long overload of its {@link ScalarImplementation#call()} method, as a Java function.
 */
public sealed interface IntegerImplementation {
    /** x -> f(x). */
    record Unary(LongUnaryOperator f) implements IntegerImplementation {}

    /** (x, y) -> f(x, y). */
    record Binary(LongBinaryOperator f) implements IntegerImplementation {}
}
