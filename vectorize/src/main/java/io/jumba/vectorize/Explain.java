package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.jit.KernelPlans;
import io.jumba.jit.MethodSizeFit;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlans;

import java.util.ArrayList;
import java.util.List;

/**
 * A text report of the plans a kernel was compiled with ({@link KernelPlans}): each innermost loop, each outer-loop
 * candidate that is outer-loop vectorized or holds a loop that stays scalar, each tiled nest, each nest holding a
 * while loop, each while loop and each prange loop, with its plan; a parallel loop with what its iterations share
 * and how its reductions combine. It reads the plans; it compiles and analyses nothing.
 */
public final class Explain {
    private Explain() {}

    /**
     * One line per function header plus one per reported loop, e.g. {@code "  line 3: vectorized: float64 x 4 ..."},
     * for the code as compiled: where a function had to be split into several methods or the unroll reduced to keep
     * methods JIT-compilable ({@link MethodSizeFit}), the loops are reported with the unroll used, followed by
     * {@code "bytecode: ..."} lines saying what was done and why.
     */
    public static String of(KernelPlans plans) {
        Program program = plans.planned().program();
        List<Function> functions = new ArrayList<>();
        functions.add(program.entry());
        for (Function f : program.functions()) if (!f.name().equals(program.entry().name())) functions.add(f);
        StringBuilder sb = new StringBuilder();
        for (Function f : functions) sb.append(of(f, plans.planned().plans(f)));
        for (String note : plans.notes()) sb.append("bytecode: ").append(note).append('\n');
        return sb.toString();
    }

    /** The report for a loop-level program compiled now as the SIMD pipeline does (for tests and tools). */
    public static String of(Program program, VectorOptions options) {
        return of(MethodSizeFit.compile(program, new Vectorizer(options)).kernel().plans().orElseThrow());
    }

    /** The report for one function. */
    private static String of(Function function, LoopPlans plans) {
        StringBuilder sb = new StringBuilder("function " + function.pythonName() + " (" + function.name() + "):\n");
        List<Reported> reports = new ArrayList<>();
        report(function.body(), plans, reports);
        if (reports.isEmpty()) sb.append("  no loops\n");
        for (Reported r : reports) {
            sb.append("  line ").append(r.line()).append(": ").append(r.plan().summary()).append('\n');
            if (r.plan() instanceof LoopPlan.Parallel p) sb.append(sharing(p));
        }
        return sb.toString();
    }

    /** A parallel loop's sharing (privates, reductions, warnings), indented under its line. */
    private static String sharing(LoopPlan.Parallel p) {
        StringBuilder sb = new StringBuilder();
        String[] lines = p.sharing().describe().split("\n");
        for (int k = 1; k < lines.length; k++) sb.append("  ").append(lines[k]).append('\n');
        if (!p.sharing().reductions().isEmpty()) {
            sb.append("    reductions combine per-chunk partials in a fixed tree: the same bits for any thread count\n");
        }
        return sb.toString();
    }

    /** A loop's line and plan, as reported. */
    private record Reported(int line, LoopPlan plan) {}

    private static void report(List<Stmt> body, LoopPlans plans, List<Reported> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f when plans.of(f) instanceof LoopPlan.Parallel p -> {
                    out.add(new Reported(f.pos().line(), p));
                    report(p.chunkLoop().body(), plans, out);
                }
                case Stmt.ForRange f when f.parallel() && !LoopAnalysis.isInnermost(f) -> {
                    out.add(new Reported(f.pos().line(), plans.of(f)));  // a prange that stays serial, and why
                    report(f.body(), plans, out);
                }
                case Stmt.ForRange f when LoopAnalysis.isInnermost(f) -> out.add(new Reported(f.pos().line(), plans.of(f)));
                case Stmt.ForRange f when LoopAnalysis.isTileCandidate(f) -> {
                    if (plans.of(f) instanceof LoopPlan.Tiled t) out.add(new Reported(f.pos().line(), t));
                    report(f.body(), plans, out);
                }
                case Stmt.ForRange f when LoopAnalysis.isOuterCandidate(f) -> {
                    // An outer loop left scalar is worth a line only when one of its inner loops is scalar too.
                    List<Reported> inner = new ArrayList<>();
                    report(f.body(), plans, inner);
                    LoopPlan outer = plans.of(f);
                    if (outer instanceof LoopPlan.OuterVectorized || inner.stream().anyMatch(r -> r.plan() instanceof LoopPlan.Scalar)) {
                        out.add(new Reported(f.pos().line(), outer));
                    }
                    out.addAll(inner);
                }
                case Stmt.ForRange f -> {
                    if (SimdPlanner.containsWhile(f.body())) out.add(new Reported(f.pos().line(), plans.of(f)));
                    report(f.body(), plans, out);
                }
                case Stmt.While w -> {
                    out.add(new Reported(w.pos().line(), plans.of(w)));
                    report(w.body(), plans, out);
                }
                case Stmt.If i -> {
                    report(i.then(), plans, out);
                    report(i.otherwise(), plans, out);
                }
                case Stmt.Try t -> {
                    report(t.body(), plans, out);
                    report(t.handler(), plans, out);
                    report(t.finalBody(), plans, out);
                }
                case Stmt.Assign a -> { }
                case Stmt.Store st -> { }
                case Stmt.ArrayStore st -> { }
                case Stmt.Return r -> { }
                case Stmt.Eval e -> { }
                case Stmt.Raise r -> { }
                case Stmt.Print p -> { }
                case Stmt.Break b -> { }
                case Stmt.Continue c -> { }
            }
        }
    }
}
