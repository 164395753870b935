package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.KernelOptions;
import io.jumba.interp.Interpreter;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlanner;
import io.jumba.plan.LoopPlans;
import io.jumba.plan.VectorAnalysis;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** A LoopEmitter plugged into the generator and compiler: here a tiny Vector API loop with a scalar tail. */
class LoopEmitterTest {
    private static final Var X = var("x", arr(DType.FLOAT64, 1)), Y = var("y", arr(DType.FLOAT64, 1)),
            I = var("i", I64);

    /** def f(x, y): for i in range(x.shape[0]): y[i] = x[i] * 2.0 ; return i */
    private static Program doubling() {
        return program(fn("f", List.of(X, Y), I64,
                set(I, i64(-1)),
                loop(I, i64(0), new Expr.Dim(l(X), 0), i64(1),
                        store(l(Y), bin(BinOp.MUL, load(l(X), 2, l(I)), f64(2.0)), 2, l(I))),
                ret(l(I))));
    }

    /** The plan of the doubling loop: vectorized, with nothing for the emitter to read beyond it. */
    private static final LoopPlan DOUBLED = new LoopPlan.Vectorized(new LoopPlan.Species("float64", 0, "preferred", 0),
            1, LoopPlan.Tail.MASKED_STEP, List.of(), "doubled by vectors", new VectorAnalysis() {});

    /** Plans exactly the doubling loop as vector code: full vectors first, then the generator's scalar loop. */
    private static final LoopEmitter SIMD = new LoopEmitter() {
        @Override public LoopPlanner planner() {
            return f -> new LoopPlans(Map.of(f.body().get(1), DOUBLED));
        }

        @Override public String emit(Stmt.ForRange loop, LoopPlan plan, KernelOptions options, Host host) {
            assertSame(DOUBLED, plan);
            return doubled(loop, host);
        }
    };

    private static String doubled(Stmt.ForRange loop, LoopEmitter.Host host) {
        host.member("private static final jdk.incubator.vector.VectorSpecies SPECIES"
                + " = jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED;");
        String i = host.fresh("i"), n = host.fresh("n"), rest = host.fresh("rest"), x = host.local(X), y = host.local(Y);
        return "{\n"
                + "    long " + n + " = " + host.expr(loop.stop()) + ";\n"
                + "    int " + i + " = 0;\n"
                + "    for (; " + i + " + SPECIES.length() <= " + n + "; " + i + " += SPECIES.length()) {\n"
                + "        jdk.incubator.vector.DoubleVector.fromArray(SPECIES, (double[]) " + x + ".data(), "
                + x + ".offset() + " + i + ").mul(2.0).intoArray((double[]) " + y + ".data(), " + y + ".offset() + " + i + ");\n"
                + "    }\n"
                // The tail starts where the vectors stopped.
                + "    long " + rest + " = " + i + ";\n"
                + "    if (" + i + " > 0) " + host.local(loop.index()) + " = " + i + " - 1;\n"
                + host.scalarLoop(loop, rest, n).indent(4)
                + "}";
    }

    @Test
    void emittedLoopsCompileUnderTheSandboxAndAgreeWithTheInterpreter() {
        Program p = doubling();
        CompiledKernel simd = KernelCompiler.compile(p, SIMD);
        assertTrue(simd.javaSource().contains("DoubleVector.fromArray"), simd.javaSource());
        assertTrue(simd.javaSource().contains("    private static final jdk.incubator.vector.VectorSpecies SPECIES ="),
                simd.javaSource());
        assertTrue(simd.javaSource().contains("        // line 1: doubled by vectors\n        {\n            long n = "),
                simd.javaSource());
        for (int n : new int[] {0, 1, 3, 8, 17, 100}) {
            NDArray x = NDArray.empty(DType.FLOAT64, n), y1 = NDArray.zeros(DType.FLOAT64, n), y2 = NDArray.zeros(DType.FLOAT64, n);
            for (int k = 0; k < n; k++) x.setDouble(k * 1.5 - 3, k);
            assertEquals(Interpreter.run(p, x, y1), simd.invoke(x, y2), simd.javaSource());
            for (int k = 0; k < n; k++) assertEquals(y1.getDouble(k), y2.getDouble(k));
        }
    }

    @Test
    void withoutAnEmitterLoopsStayScalar() {
        String src = JavaSourceGenerator.generate(doubling(), "K", LoopEmitter.NONE);
        assertFalse(src.contains("jdk.incubator"));
        assertEquals(src, JavaSourceGenerator.generate(doubling(), "K"));
    }

    @Test
    void faultsInTheScalarTailStillPointAtTheKernel() {
        Program p = doubling();
        CompiledKernel simd = KernelCompiler.compile(p, SIMD);
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class,
                () -> simd.invoke(NDArray.zeros(DType.FLOAT64, 5), NDArray.zeros(DType.FLOAT64, 3)));
        assertEquals("IndexError", e.pythonName());
        assertEquals(2, e.pos().line());
        assertEquals(Type.INT64, p.entry().returnType());
    }
}
