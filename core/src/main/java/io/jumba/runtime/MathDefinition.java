package io.jumba.runtime;

import io.jumba.array.Complex;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Everything about one registered math function ({@link MathFn}), written as a chain starting from its typing
 * ({@link #floats}, {@link #keepsType}, ...):
 *
 * @param names      the qualified Python names that call it ({@code "math.sqrt"}, {@code "numpy.sqrt"})
 * @param floatNames further names that call it but compute in floats whatever the operands ({@code math.fabs})
 * @param typing     how arguments and result are typed
 * @param scalar     the scalar implementation generated code calls and the interpreter evaluates
 * @param integers   the implementation on integer operands ({@link MathTyping#KEEPS_TYPE} only), or null
 * @param onIntegers the function that replaces this one on integer operands (fmin is min there), or null
 * @param lane       the vector form, or why there is none
 * @param ufunc      the NumPy ufunc built on it, or null for none
 */
public record MathDefinition(List<String> names, List<String> floatNames, MathTyping typing,
                             ScalarImplementation scalar, IntegerImplementation integers, MathFn onIntegers,
                             LaneForm lane, UfuncForm ufunc) {
    public MathDefinition {
        names = List.copyOf(names);
        floatNames = List.copyOf(floatNames);
    }

    static MathDefinition floats(String... names) { return of(MathTyping.FLOAT, names); }

    static MathDefinition float64(String... names) { return of(MathTyping.FLOAT64, names); }

    static MathDefinition keepsType(String... names) { return of(MathTyping.KEEPS_TYPE, names); }

    static MathDefinition predicate(String... names) { return of(MathTyping.PREDICATE, names); }

    static MathDefinition complex(String... names) { return of(MathTyping.COMPLEX, names); }

    private static MathDefinition of(MathTyping typing, String... names) {
        return new MathDefinition(List.of(names), List.of(), typing, null, null, null, null, null);
    }

    MathDefinition alsoInFloats(String... floatNames) {
        return new MathDefinition(names, List.of(floatNames), typing, scalar, integers, onIntegers, lane, ufunc);
    }

    MathDefinition unary(String call, DoubleUnaryOperator f) { return scalar(new ScalarImplementation.Unary(call, f)); }

    MathDefinition binary(String call, DoubleBinaryOperator f) { return scalar(new ScalarImplementation.Binary(call, f)); }

    MathDefinition ternary(String call, ScalarImplementation.Ternary.Operator f) {
        return scalar(new ScalarImplementation.Ternary(call, f));
    }

    MathDefinition onComplex(String call, ScalarImplementation.Result result, Function<Complex, Object> f) {
        return scalar(new ScalarImplementation.OnComplex(call, 1, false, result, args -> f.apply((Complex) args[0])));
    }

    MathDefinition onComplex(String call, BinaryOperator<Complex> f) {
        return scalar(new ScalarImplementation.OnComplex(call, 2, false, ScalarImplementation.Result.COMPLEX,
                args -> f.apply((Complex) args[0], (Complex) args[1])));
    }

    MathDefinition onReals(String call, BiFunction<Double, Double, Complex> f) {
        return scalar(new ScalarImplementation.OnComplex(call, 2, true, ScalarImplementation.Result.COMPLEX,
                args -> f.apply((Double) args[0], (Double) args[1])));
    }

    MathDefinition test(String call, DoublePredicate f, boolean onIntegers) {
        return scalar(new ScalarImplementation.Test(call, f, onIntegers));
    }

    private MathDefinition scalar(ScalarImplementation s) {
        return new MathDefinition(names, floatNames, typing, s, integers, onIntegers, lane, ufunc);
    }

    MathDefinition ints(LongUnaryOperator f) { return integers(new IntegerImplementation.Unary(f)); }

    MathDefinition ints(LongBinaryOperator f) { return integers(new IntegerImplementation.Binary(f)); }

    private MathDefinition integers(IntegerImplementation i) {
        return new MathDefinition(names, floatNames, typing, scalar, i, onIntegers, lane, ufunc);
    }

    MathDefinition onIntegers(MathFn fn) {
        return new MathDefinition(names, floatNames, typing, scalar, integers, fn, lane, ufunc);
    }

    MathDefinition lane(LaneForm l) {
        return new MathDefinition(names, floatNames, typing, scalar, integers, onIntegers, l, ufunc);
    }

    /** The ufunc of that name with the loops its typing implies (floats; ints and floats; every type to bool). */
    MathDefinition ufunc(String name) {
        return ufunc(UfuncForm.of(name, switch (typing) {
            case FLOAT, FLOAT64 -> UfuncForm.Loops.FLOATS;
            case KEEPS_TYPE -> UfuncForm.Loops.NUMERIC;
            case PREDICATE -> UfuncForm.Loops.ALL_TO_BOOL;
            case COMPLEX -> throw new IllegalStateException("no ufunc of complex functions yet: " + name);
        }));
    }

    MathDefinition ufunc(UfuncForm u) {
        return new MathDefinition(names, floatNames, typing, scalar, integers, onIntegers, lane, u);
    }
}
