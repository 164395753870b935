package io.jumba.dispatch;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scalar pipeline keeps methods JIT-compilable too: a function too big for HotSpot is split per loop nest. */
class StandardPipelineFitTest {
    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final int LOOPS = 100;

    /** LOOPS consecutive dot-product loops in one function. */
    private static Program typed() {
        StringBuilder src = new StringBuilder("from numba import njit\n\n@njit\ndef big(a, b):\n    t = 0.0\n");
        for (int k = 0; k < LOOPS; k++) {
            src.append("    s").append(k).append(" = 0.0\n");
            src.append("    for i in range(a.shape[0]):\n");
            src.append("        s").append(k).append(" += a[i] * b[i] + ").append(k).append(".5\n");
            src.append("    t += s").append(k).append("\n");
        }
        src.append("    return t\n");
        return TypeInference.specialize(Parser.parse(src.toString(), "big.py"), "big", List.of(C1, C1));
    }

    @Test
    void aFunctionTooBigToJitIsSplitIntoOneMethodPerLoopNest() {
        Pipeline standard = Pipeline.standard();
        Program lowered = standard.lower(typed());
        CompiledKernel whole = KernelCompiler.compile(lowered);
        assertTrue(whole.methodSizes().get(lowered.entry().name()) > CompiledKernel.HUGE_METHOD_BYTES,
                whole.methodSizes().toString());

        CompiledKernel fitted = standard.compile(typed());
        assertEquals(LOOPS + 1, fitted.methodCount(lowered.entry().name()));
        assertTrue(fitted.hugeFunctions().isEmpty(), fitted.methodSizes().toString());
        List<String> notes = fitted.plans().orElseThrow().notes();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.getFirst().startsWith("split into " + (LOOPS + 1) + " methods (one per top-level loop nest): big was "),
                notes.getFirst());

        NDArray a = NDArray.arange(0.0, 50.0, 1.0), b = NDArray.full(DType.FLOAT64, 0.5, 50);
        assertEquals(Interpreter.run(lowered, a, b), fitted.invoke(a, b));
    }
}
