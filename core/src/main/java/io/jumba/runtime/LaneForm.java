package io.jumba.runtime;

/**
 * How a registered math function ({@link MathFn}) computes a whole vector of lanes, which the vectorize module turns
 * into Vector API code; or why it has no such form, so loops calling it stay scalar.
 */
public sealed interface LaneForm {
    /** One {@code VectorOperators} operator named op, lanewise on float lanes and, when integers, on integer lanes. */
    record Operator(String op, boolean integers) implements LaneForm {}

    /**
     * A static method of this package taking and giving vectors ({@code "VectorMathFunctions.erf"}), with float64 and
     * float32 overloads, or float64 only.
     */
    record Runtime(String call, boolean float64Only) implements LaneForm {}

    /**
     * Several operators with blends, written by the vectorize module's {@code LaneFunctions} for this function (whose
     * scalar result a single operator does not match lane for lane).
     */
    record Composite() implements LaneForm {}

    /** No vector form, for the reason given: loops calling the function stay scalar. */
    record ScalarOnly(String reason) implements LaneForm {}

    static LaneForm operator(String op) { return new Operator(op, false); }

    static LaneForm runtime(String call) { return new Runtime(call, false); }

    static LaneForm runtimeFloat64(String call) { return new Runtime(call, true); }

    static LaneForm composite() { return new Composite(); }

    static LaneForm scalarOnly(String reason) { return new ScalarOnly(reason); }
}
