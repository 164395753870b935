package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every loop of every built-in: the compiled kernel's result equals the reference interpreter's (the same ufunc
 * with {@link Engine.Interpreted}), and where one raises (integer power of a negative exponent) so does the other,
 * with the same error.
 */
class CompiledMatchesInterpreterTest {
    private static final double[] VALUES = {-3, 0, 1, 2, 5, 7, -0.5, 2.75, 100};

    @TestFactory
    Stream<DynamicTest> everyLoopOfEveryBuiltin() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, UFunc> e : UFuncs.all().entrySet()) {
            UFunc f = e.getValue();
            for (Loop loop : f.loops()) {
                tests.add(DynamicTest.dynamicTest(e.getKey() + " " + loop.types(), () -> check(f, loop)));
            }
        }
        return tests.stream();
    }

    private static void check(UFunc f, Loop loop) {
        Object[] inputs = new Object[loop.nin()];
        for (int k = 0; k < inputs.length; k++) {
            DType d = loop.inputTypes().get(k);
            inputs[k] = array(d, k == 0 ? VALUES : reversed(VALUES));
        }
        Object compiled = outcome(f, loop, inputs);
        Object reference = outcome(f.withEngine(new Engine.Interpreted()), loop, inputs);
        if (compiled instanceof NDArray c && reference instanceof NDArray r) {
            assertTrue(c.contentEquals(r), () -> "compiled " + c + " but interpreted " + r);
        } else {
            assertEquals(reference, compiled);
        }
    }

    /** The loop's result on inputs, or the error it raised as "Name: message". */
    private static Object outcome(UFunc f, Loop loop, Object[] inputs) {
        try {
            return f.on(inputs).dtype(loop.outputType()).run();
        } catch (UFuncException e) {
            return e.pythonName() + ": " + e.getMessage();
        }
    }

    private static double[] reversed(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = v[v.length - 1 - i];
        return r;
    }

    private static NDArray array(DType d, double[] v) {
        NDArray a = NDArray.empty(d, v.length);
        for (int i = 0; i < v.length; i++) a.writeDouble(i, d.isFloat() ? v[i] : Math.abs(v[i]) < 1 ? 0 : v[i]);
        return a;
    }
}
