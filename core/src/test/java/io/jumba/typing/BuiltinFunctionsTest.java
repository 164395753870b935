package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Python built-ins and math functions over iterables and integers, compiled and interpreted, against CPython's
 * values for the same calls (Numba 0.56 has divmod, sum and min/max over iterables and math.gcd/ldexp/frexp; the
 * others follow CPython). Transcendental results may differ from CPython's libm by an ulp or two.
 */
class BuiltinFunctionsTest {
    private static final String SOURCE = """
            import math
            import numpy as np
            from numba import njit
            
            
            @njit
            def f_divmod(a, b):
                return divmod(a, b), divmod(7.5, -2.0), divmod(-7, 2)
            
            
            @njit
            def f_sum(a, n):
                return sum(range(n)), sum(a), sum((1, 2, 3)), sum(range(1, n, 2))
            
            
            @njit
            def f_anyall(a):
                return any(a), all(a), any((0, 0, 1)), all((1, 2, 0))
            
            
            @njit
            def f_pow(a, b, m):
                return pow(a, b, m), pow(a, b), pow(-a, b + 1, m)
            
            
            @njit
            def f_minmax(a):
                return min(a), max(a), min((3, 1, 2)), max(range(5))
            
            
            @njit
            def f_intmath(a, b):
                return math.gcd(a, b), math.lcm(a, b), math.factorial(a), math.comb(a, 2), math.gcd(-12, 18)
            
            
            @njit
            def f_floatmath(x):
                return math.ldexp(1.5, 3), math.frexp(x), math.isclose(x, x + 1e-10), math.log2(x), math.log(x, 3.0)
            """;

    @Test
    void builtinsMatchCPython() {
        Module m = Parser.parse(SOURCE, "builtins.py");
        NDArray a4 = NDArray.arange(4).astype(DType.FLOAT64), bools = array(0.0, 1.0), mixed = array(3.0, -1.0, 2.0);
        for (boolean compiled : new boolean[] {true, false}) {
            String how = compiled ? "compiled" : "interpreted";
            assertArrayEquals(new Object[] {new Object[] {-4L, -1L}, new Object[] {-4.0, -0.5}, new Object[] {-4L, 1L}},
                    (Object[]) run(m, "f_divmod", compiled, 7L, -2L), how);
            assertArrayEquals(new Object[] {10L, 6.0, 6L, 4L}, (Object[]) run(m, "f_sum", compiled, a4, 5L), how);
            assertArrayEquals(new Object[] {true, false, true, false}, (Object[]) run(m, "f_anyall", compiled, bools), how);
            assertArrayEquals(new Object[] {1L, 81L, 2L}, (Object[]) run(m, "f_pow", compiled, 3L, 4L, 5L), how);
            assertArrayEquals(new Object[] {-1.0, 3.0, 1L, 4L}, (Object[]) run(m, "f_minmax", compiled, mixed), how);
            assertArrayEquals(new Object[] {2L, 12L, 720L, 15L, 6L}, (Object[]) run(m, "f_intmath", compiled, 6L, 4L), how);
            Object[] fm = (Object[]) run(m, "f_floatmath", compiled, 12.0);
            assertEquals(12.0, fm[0], how);
            assertArrayEquals(new Object[] {0.75, 4}, (Object[]) fm[1], how);  // Numba's exponent is an int32
            assertEquals(true, fm[2], how);
            assertEquals(3.584962500721156, (Double) fm[3], 1e-15, how);
            assertEquals(2.2618595071429146, (Double) fm[4], 1e-15, how);
        }
    }

    @Test
    void integerAndFloatEdgesMatchCPython() {
        Module m = Parser.parse("""
                import math


                def edges(big):
                    return (pow(7, 10**15, -13), pow(-7, 3, 10), pow(123456789, 987654321, big), pow(5, 0, 1),
                            math.gcd(0, 0), math.lcm(-4, 6), math.comb(60, 30), math.comb(5, 7), math.factorial(20))


                def float_edges(x):
                    return (math.frexp(x), math.frexp(0.0), math.ldexp(3.0, -1074), math.isclose(1.0, 1.1, rel_tol=0.1),
                            math.isclose(0.0, 1e-12, abs_tol=1e-11), math.log2(1024.0))
                """, "edges.py");
        for (boolean compiled : new boolean[] {true, false}) {
            String how = compiled ? "compiled" : "interpreted";
            assertArrayEquals(new Object[] {-4L, 7L, 7304489514424542795L, 0L, 0L, 12L, 118264581564861424L, 0L,
                    2432902008176640000L}, (Object[]) run(m, "edges", compiled, 9223372036854775783L), how);
            assertArrayEquals(new Object[] {new Object[] {-0.8, -3}, new Object[] {0.0, 0}, 3 * Double.MIN_VALUE, true, true, 10.0},
                    (Object[]) run(m, "float_edges", compiled, -0.1), how);
        }
    }

    @Test
    void modularInversesCombinationsAndMixedTuplesMatchCPython() {
        Module m = Parser.parse("""
                import math


                def inverses(a, m):
                    return pow(a, -1, m), pow(3, -2, -7), pow(-4, -3, 11), pow(2, -5, 1), pow(a, -3, m)


                def combinations(n):
                    # results within int64 whose naive running products overflow it
                    return math.comb(n, n // 2), math.comb(66, 33), math.comb(1000, 5)


                def mixed_tuples(a, x):
                    # Numba sums a tuple of mixed types in the type unifying its partial sums; any/all as Python
                    return (sum((1.5, a)), sum((a, True, 2)), sum((a, x), 10), sum((True, False)), any((0, x)),
                            all((a, 0.0)), any((0, 0.0, False)), all((a, x, True)))
                """, "more_edges.py");
        for (boolean compiled : new boolean[] {true, false}) {
            String how = compiled ? "compiled" : "interpreted";
            assertArrayEquals(new Object[] {4L, -3L, 6L, 0L, 9L}, (Object[]) run(m, "inverses", compiled, 3L, 11L), how);
            assertArrayEquals(new Object[] {465428353255261088L, 7219428434016265740L, 8250291250200L},
                    (Object[]) run(m, "combinations", compiled, 62L), how);
            assertArrayEquals(new Object[] {4.5, 6L, 12.5, 1L, true, false, false, true},
                    (Object[]) run(m, "mixed_tuples", compiled, 3L, -0.5), how);
        }
    }

    private static NDArray array(double... values) {
        NDArray a = NDArray.empty(DType.FLOAT64, values.length);
        for (int i = 0; i < values.length; i++) a.setDouble(values[i], i);
        return a;
    }

    private static Object run(Module m, String function, boolean compiled, Object... args) {
        Dispatcher d = new Dispatcher(m, function, Pipeline.standard(), false);
        return compiled ? d.call(args) : d.interpret(args);
    }
}
