package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlans;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The SIMD planner records on each loop its schedule and the reasons, before any code is written. */
class SimdPlannerTest {
    private static final VectorOptions AT_256 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);
    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C), C2 = Type.array(DType.FLOAT64, 2, Layout.C);

    private static LoopPlans plans(Program p) { return new SimdPlanner(AT_256).plan(p.entry()); }

    /** The k-th loop of f's body, counted in source order through nests. */
    private static Stmt.ForRange loop(Function f, int k) {
        List<Stmt.ForRange> loops = new java.util.ArrayList<>();
        collect(f.body(), loops);
        return loops.get(k);
    }

    private static void collect(List<Stmt> body, List<Stmt.ForRange> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ForRange f) {
                out.add(f);
                collect(f.body(), out);
            }
        }
    }

    @Test
    void aLoopCarriedDependenceKeepsTheLoopScalarWithItsReason() {
        Program p = Kernels.shiftRecurrence();
        LoopPlan plan = plans(p).of(loop(p.entry(), 0));
        assertEquals(new LoopPlan.Scalar("not vectorized: loop-carried dependence through array a (offsets 1 and 0)"), plan);
    }

    @Test
    void anInnermostSumIsVectorizedWithSpeciesUnrollTailAndReductions() {
        Program p = Kernels.sum(DType.FLOAT64);
        LoopPlan.Vectorized v = assertInstanceOf(LoopPlan.Vectorized.class, plans(p).of(loop(p.entry(), 0)));
        assertEquals(new LoopPlan.Species("float64", 4, "256", 256), v.species());
        assertEquals(4, v.unroll());
        assertEquals(LoopPlan.Tail.MASKED_STEP, v.tail());
        assertEquals(List.of("s (+)"), v.reductions());
        assertEquals("vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 4, tail: masked vector step, "
                + "reductions: s (+)", v.summary());
        assertEquals(1, new SimdPlanner(AT_256.withMaxUnroll(1)).plan(p.entry()).of(loop(p.entry(), 0)) instanceof
                LoopPlan.Vectorized w ? w.unroll() : -1, "the unroll follows the planner's maximum");
    }

    @Test
    void aColumnSumNestIsOuterVectorizedWithItsInnerLoopPerLane() {
        Program p = PythonKernels.compile("""
                from numba import njit

                @njit
                def colsums(a, out):
                    n, m = a.shape
                    for j in range(m):
                        s = 0.0
                        for i in range(n):
                            s += a[i, j]
                        out[j] = s
                """, "colsums", List.of(C2, C1));
        LoopPlans plans = plans(p);
        Stmt.ForRange outer = loop(p.entry(), 0), inner = loop(p.entry(), 1);
        LoopPlan.OuterVectorized o = assertInstanceOf(LoopPlan.OuterVectorized.class, plans.of(outer));
        assertEquals(4, o.species().lanes());
        assertEquals(List.of(inner), o.innerLoops());
        assertEquals(LoopPlan.Tail.MASKED_STEP_LAST_ITERATION_SCALAR, o.tail(), "s is a temporary of the outer loop");
        // The scalar fallback runs the inner loop by its own plan: planned too, with the reason it is scalar.
        assertInstanceOf(LoopPlan.Scalar.class, plans.of(inner));
    }

    @Test
    void aMatmulNestIsRegisterTiled() {
        Program p = PythonKernels.compile("""
                from numba import njit

                @njit
                def matmul(A, B, C):
                    n, m = C.shape
                    for i in range(n):
                        for j in range(m):
                            s = 0.0
                            for k in range(A.shape[1]):
                                s += A[i, k] * B[k, j]
                            C[i, j] = s
                """, "matmul", List.of(C2, C2, C2));
        LoopPlans plans = plans(p);
        LoopPlan.Tiled t = assertInstanceOf(LoopPlan.Tiled.class, plans.of(loop(p.entry(), 0)));
        assertEquals(4, t.rows());
        assertEquals(List.of(loop(p.entry(), 2)), t.nest().innerLoops());
        assertEquals("register-tiled: 4 rows of i at a time jammed into the outer-loop vectorized j loop (line 7), 4 x "
                + t.groups() + " vector steps per inner iteration; remaining rows as below", t.summary());
        assertInstanceOf(LoopPlan.OuterVectorized.class, plans.of(loop(p.entry(), 1)), "rows left over run j outer-vectorized");
    }

    @Test
    void theGeneratedCommentIsThePlan() {
        Program p = Kernels.sum(DType.FLOAT64);
        String java = io.jumba.codegen.JavaSourceGenerator.generate(p, "K", new Vectorizer(AT_256));
        LoopPlan plan = plans(p).of(loop(p.entry(), 0));
        assertEquals(1, java.lines().filter(l -> l.trim().equals("// line 3: " + plan.summary())).count(), java);
        assertSame(LoopPlan.Vectorized.class, plan.getClass());
    }
}
