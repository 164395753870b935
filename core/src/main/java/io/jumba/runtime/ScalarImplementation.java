package io.jumba.runtime;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.DoubleUnaryOperator;

/**
 * A registered math function's scalar implementation on doubles: the static method generated code calls
 * ({@link #call()}, a class of this package and a method, such as {@code "MathFunctions.sqrt"}), and that same
 * method as a Java function, which the interpreter evaluates. Float32 callers compute in double and round once.
 */
public sealed interface ScalarImplementation {
    /** The static method generated code calls, as {@code Class.method}. */
    String call();

    /** How many arguments it takes. */
    int arity();

    /** x -> f(x). */
    record Unary(String call, DoubleUnaryOperator f) implements ScalarImplementation {
        public int arity() { return 1; }
    }

    /** (x, y) -> f(x, y). */
    record Binary(String call, DoubleBinaryOperator f) implements ScalarImplementation {
        public int arity() { return 2; }
    }

    /** (x, y, z) -> f(x, y, z). */
    record Ternary(String call, Operator f) implements ScalarImplementation {
        public int arity() { return 3; }

        /** A function of three doubles. */
        @FunctionalInterface
        public interface Operator {
            double applyAsDouble(double x, double y, double z);
        }
    }

    /**
     * A function of complex arguments, or of two floats giving a complex ({@code realArguments}: {@code cmath.rect},
     * {@code complex(a, b)}),
     * computed in double precision: {@link ComplexMath}'s method, and that method for the interpreter, which passes
     * {@link io.jumba.array.Complex} or {@code Double} arguments.
     */
    record OnComplex(String call, int arity, boolean realArguments, Result result, Function<Object[], Object> f)
            implements ScalarImplementation {}

    /** What a complex function gives: a complex number, a float (abs, phase, a part) or a bool (isnan). */
    enum Result { COMPLEX, REAL, BOOL }

    /** A bool-valued test of x; on integers (never NaN nor infinite) it is the constant onIntegers. */
    record Test(String call, DoublePredicate f, boolean onIntegers) implements ScalarImplementation {
        public int arity() { return 1; }
    }
}
