package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Black-Scholes kernel in the form of bench/kernels/black_scholes.py: after inlining cnd it vectorizes, with its
 * divisions guarded and erf from the runtime's vector erf, and matches the interpreter at every species width.
 */
class BlackScholesSimdTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            RISK_FREE = 0.02
            VOLATILITY = 0.30


            @njit
            def cnd(d):
                return 0.5 * (1.0 + math.erf(d / math.sqrt(2.0)))


            @njit
            def black_scholes(price, strike, years, call, put):
                for i in range(price.shape[0]):
                    s = price[i]
                    k = strike[i]
                    t = years[i]
                    sqrt_t = math.sqrt(t)
                    d1 = (math.log(s / k) + (RISK_FREE + 0.5 * VOLATILITY * VOLATILITY) * t) / (VOLATILITY * sqrt_t)
                    d2 = d1 - VOLATILITY * sqrt_t
                    discounted = k * math.exp(-RISK_FREE * t)
                    call[i] = s * cnd(d1) - discounted * cnd(d2)
                    put[i] = discounted * cnd(-d2) - s * cnd(-d1)
            """;

    private static final Type F64 = Type.array(DType.FLOAT64, 1, Layout.C);

    private static Program lowered() {
        return SimdPipeline.with(VectorOptions.DEFAULT).lower(TypeInference.specialize(Parser.parse(SOURCE, "black_scholes.py"),
                "black_scholes", Collections.nCopies(5, F64)));
    }

    @Test
    void vectorizesWithGuardedDivisions() {
        String text = Explain.of(lowered(), VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertTrue(text.contains("line 15: vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 1, tail: masked "
                + "vector step, last iteration scalar, reductions: none, division guarded: 2 divisors per vector step"), text);
        String java = KernelCompiler.compile(lowered(), new Vectorizer(VectorOptions.DEFAULT)).javaSource();
        assertTrue(java.contains("import io.jumba.runtime.VectorMathFunctions;") && java.contains("VectorMathFunctions.erf("),
                java);
    }

    /** Random inputs in [-2, 2) (NaNs from log and sqrt included) at trip counts around the lane counts. */
    @Test
    void matchesTheInterpreterAtEveryWidth() {
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(lowered(), true, VectorOptions.DEFAULT.withWidth(w), "black_scholes @" + w);
        }
    }

    /** Market-like inputs; a zero strike raises ZeroDivisionError in s / k where the interpreter does. */
    @Test
    void pricesMatchAndAZeroStrikeRaises() {
        Program p = lowered();
        int n = 1003;
        NDArray price = NDArray.random(1, n), strike = NDArray.random(2, n), years = NDArray.random(3, n);
        for (int q = 0; q < n; q++) {
            price.setDouble(50 + 100 * price.getDouble(q), q);
            strike.setDouble(50 + 100 * strike.getDouble(q), q);
            years.setDouble(0.1 + 3 * years.getDouble(q), q);
        }
        for (SpeciesWidth w : SpeciesWidth.values()) {
            CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT.withWidth(w));
            NDArray call1 = NDArray.zeros(DType.FLOAT64, n), put1 = NDArray.zeros(DType.FLOAT64, n);
            NDArray call2 = NDArray.zeros(DType.FLOAT64, n), put2 = NDArray.zeros(DType.FLOAT64, n);
            Interpreter.run(p, price, strike, years, call1, put1);
            k.invoke(price, strike, years, call2, put2);
            for (int q = 0; q < n; q++) {
                assertEquals(call1.getDouble(q), call2.getDouble(q), 1e-12 * Math.abs(call1.getDouble(q)) + 1e-13, w + " call " + q);
                assertEquals(put1.getDouble(q), put2.getDouble(q), 1e-12 * Math.abs(put1.getDouble(q)) + 1e-13, w + " put " + q);
            }
        }
        NDArray zeroStrike = strike.copy();
        zeroStrike.setDouble(0.0, 517);
        KernelRuntimeError expected = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, price, zeroStrike, years,
                NDArray.zeros(DType.FLOAT64, n), NDArray.zeros(DType.FLOAT64, n)));
        NDArray call = NDArray.zeros(DType.FLOAT64, n), put = NDArray.zeros(DType.FLOAT64, n);
        KernelRuntimeError actual = assertThrows(KernelRuntimeError.class, () -> KernelCompiler.compile(p,
                new Vectorizer(VectorOptions.DEFAULT)).invoke(price, zeroStrike, years, call, put));
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals(0.0, call.getDouble(517));
        assertTrue(call.getDouble(516) > 0 && put.getDouble(516) > 0, "iterations before the zero completed");
    }
}
