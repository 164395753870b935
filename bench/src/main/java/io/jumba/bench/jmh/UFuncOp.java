package io.jumba.bench.jmh;

import io.jumba.ufunc.UFunc;
import io.jumba.ufunc.UFuncs;

import java.util.Locale;

/**
 * The operations {@link UFuncBenchmark} times: built-in ufuncs and two defined through the fluent builder, each with
 * its arity, the range its float64 inputs are drawn from (uniform, as {@code bench/numpy_ufuncs.py}) and how
 * closely the ufunc must agree with the plain Java loop. The benchmark parameter is the lower-case name.
 */
public enum UFuncOp {
    ADD(UFuncs.add, 0, 1, 0),
    MULTIPLY(UFuncs.multiply, 0, 1, 0),
    /** add again, defined by a user: the fluent path costs the same as the built-in. */
    FLUENT_ADD(UFunc.builder("fluent_add").loop("dd->d", x -> x.get(0).add(x.get(1))).build(), 0, 1, 0),
    /** {@code a * b + c} in one pass, which NumPy needs two ufunc calls for. */
    MULADD(UFunc.builder("muladd").loop("ddd->d", x -> x.get(0).mul(x.get(1)).add(x.get(2))).build(), 0, 1, 0),
    EXP(UFuncs.exp, -5, 5, 1e-13),
    LOG(UFuncs.log, 0.01, 10, 1e-12),
    SIN(UFuncs.sin, 0.01, 10, 1e-12);

    private final UFunc ufunc;
    private final double low, high, rtol;

    UFuncOp(UFunc ufunc, double low, double high, double rtol) {
        this.ufunc = ufunc;
        this.low = low;
        this.high = high;
        this.rtol = rtol;
    }

    /** The op for a benchmark parameter value such as "fluent_add". */
    public static UFuncOp of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public UFunc ufunc() { return ufunc; }

    public int arity() { return ufunc.nin(); }

    public double low() { return low; }

    public double high() { return high; }

    /** Allowed max|got - ref| / max|ref| against the plain loop: 0 for arithmetic, which must be bit-exact. */
    public double rtol() { return rtol; }
}
