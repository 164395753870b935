package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlanner;
import io.jumba.plan.LoopPlans;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vectorize module's {@link LoopPlanner}: every innermost loop, every {@link LoopAnalysis#isOuterCandidate
 * two-level nest} and every {@link LoopAnalysis#isTileCandidate loop around one} that {@link LoopAnalysis} accepts is
 * planned as vector code ({@link LoopPlan.Vectorized}, {@link LoopPlan.OuterVectorized}, {@link LoopPlan.Tiled});
 * every other loop stays scalar, with the reason. Outer loops are planned as well as the loops inside them: an
 * accepted nest runs as planned, and its scalar fallback runs the inner loops by their own plans (also planned for
 * the analysis' rewrite of the nest, {@link IntNarrowing}, which the fallback runs).
 */
public final class SimdPlanner implements LoopPlanner {
    private static final LoopPlan WHILE = new LoopPlan.Scalar("not vectorized: while loop: trip count not known on entry");
    private static final LoopPlan WHILE_INSIDE = new LoopPlan.Scalar("not outer-loop vectorized: body holds a while loop");
    private static final LoopPlan DEEP_NEST = new LoopPlan.Scalar(
            "not vectorized: holds a while loop or a loop nest (its inner loops are considered by themselves)");

    private final VectorOptions options;

    public SimdPlanner(VectorOptions options) { this.options = options; }

    @Override public LoopPlans plan(Function f) { return plan(f, CallReasons.NONE); }

    /** As {@link #plan(Function)}; a loop left scalar by a call says why that call was not inlined. */
    @Override public LoopPlans plan(Program program, Function f) { return plan(f, new CallReasons(program)); }

    private LoopPlans plan(Function f, CallReasons calls) {
        Map<Stmt, LoopPlan> plans = new HashMap<>();
        walk(f.body(), f.options(), calls, plans);
        return new LoopPlans(plans);
    }

    /** Plans every loop of body, each before the loops nested in it (which a vector plan's rewrite may have planned). */
    private void walk(List<Stmt> body, KernelOptions k, CallReasons calls, Map<Stmt, LoopPlan> plans) {
        Stmts.walk(body).forEach(s -> {
            if (s instanceof Stmt.ForRange f && !plans.containsKey(f)) plans.put(f, plan(f, k, calls, plans));
            // Vector steps need the trip count on entry; a while loop's is known only as it runs.
            if (s instanceof Stmt.While w) plans.put(w, WHILE);
        });
    }

    /** The plan of f; plans the loops of its rewrite, where its vector code falls back to the rewrite. */
    private LoopPlan plan(Stmt.ForRange f, KernelOptions k, CallReasons calls, Map<Stmt, LoopPlan> plans) {
        if (!LoopAnalysis.isInnermost(f) && !LoopAnalysis.isOuterCandidate(f) && !LoopAnalysis.isTileCandidate(f)) {
            return containsWhile(f.body()) ? WHILE_INSIDE : DEEP_NEST;
        }
        return switch (LoopAnalysis.analyze(f, k, options, calls)) {
            case LoopVerdict.Scalar s -> new LoopPlan.Scalar(PlanSummary.of(s, options));
            case LoopVerdict.Vectorizable v -> {
                walk(v.loop().body(), k, calls, plans);
                yield v.outer() ? outer(v) : new LoopPlan.Vectorized(species(v), v.unroll(options), tail(v),
                        PlanSummary.reductions(v), PlanSummary.of(v, options), v);
            }
            case LoopVerdict.Tiled t -> new LoopPlan.Tiled(t.rows(), t.groups(options), outer(t.nest()),
                    PlanSummary.of(t, options), t);
        };
    }

    private LoopPlan.OuterVectorized outer(LoopVerdict.Vectorizable v) {
        return new LoopPlan.OuterVectorized(species(v), v.unroll(options), tail(v), PlanSummary.reductions(v),
                v.innerLoops(), v.earlyExits(), PlanSummary.of(v, options), v);
    }

    private LoopPlan.Species species(LoopVerdict.Vectorizable v) {
        int bits = options.width().bits();
        return new LoopPlan.Species(v.reportedTypes(), bits / 8 / v.elementBytes(),
                options.width().speciesSuffix().toLowerCase(), bits);
    }

    private static LoopPlan.Tail tail(LoopVerdict.Vectorizable v) {
        return v.scalarLastIteration() ? LoopPlan.Tail.MASKED_STEP_LAST_ITERATION_SCALAR : LoopPlan.Tail.MASKED_STEP;
    }

    /** Whether a while loop is nested in body. */
    static boolean containsWhile(List<Stmt> body) {
        return Stmts.walk(body).anyMatch(s -> s instanceof Stmt.While);
    }
}
