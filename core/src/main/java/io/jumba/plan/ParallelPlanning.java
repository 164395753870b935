package io.jumba.plan;

import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.parallel.IterationWork;
import io.jumba.parallel.LoopSharing;
import io.jumba.parallel.RaceDetection;
import io.jumba.types.Type;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the prange loops of a {@code parallel=True} function into {@link LoopPlan.Parallel} plans, over the plans a
 * {@link LoopPlanner} chose for its loops. As in Numba, prange runs serially (as range) in a kernel without
 * {@code parallel=True}. {@link RaceDetection} must accept each loop first; an unsafe loop throws its
 * {@link io.jumba.diag.ParallelSafetyError}, a compile error at the kernel line. Only the outermost prange of a
 * nest runs in parallel (inner ones run serially inside its chunks); a prange that must stay serial (it breaks or
 * returns) keeps its plan, with the reason. A vector plan of a loop around a parallel prange is dropped for a
 * scalar one, so the prange is reached as a loop of its own.
 */
final class ParallelPlanning {
    private final LoopPlanner planner;
    private final Program program;
    private final Function function;
    private final Map<Stmt, LoopSharing> sharing = new HashMap<>();
    private final Map<Stmt, LoopPlan> plans;
    private int chunks;

    private ParallelPlanning(Program program, Function function, LoopPlanner planner, LoopPlans base) {
        this.planner = planner;
        this.program = program;
        this.function = function;
        this.plans = new HashMap<>(base.byLoop());
        for (LoopSharing s : RaceDetection.analyze(program, function, RaceDetection.ComputedIndices.WARN)) {
            sharing.put(s.loop(), s);
        }
    }

    /** base with f's prange loops planned parallel, when f is compiled with {@code parallel=True}. */
    static LoopPlans apply(Program program, Function f, LoopPlanner planner, LoopPlans base) {
        if (!f.options().parallel()) return base;
        ParallelPlanning p = new ParallelPlanning(program, f, planner, base);
        p.walk(f.body());
        return new LoopPlans(p.plans);
    }

    /** Plans the prange loops of body; whether body holds a parallel loop. */
    private boolean walk(List<Stmt> body) {
        boolean any = false;
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f when f.parallel() && sharing.containsKey(f) && sharing.get(f).serialReason() == null -> {
                    plans.put(f, parallel(f, sharing.get(f)));
                    any = true;
                }
                case Stmt.ForRange f -> {
                    boolean inside = walk(f.body());
                    LoopPlan own = plans.get(f);
                    if (f.parallel() && sharing.containsKey(f) && own instanceof LoopPlan.Scalar) {
                        plans.put(f, new LoopPlan.Scalar("prange runs serially: " + sharing.get(f).serialReason()));
                    } else if (inside && !(own instanceof LoopPlan.Scalar)) {
                        plans.put(f, new LoopPlan.Scalar("not vectorized: holds a parallel prange loop"));
                    }
                    any |= inside;
                }
                case Stmt.While w -> any |= walk(w.body());
                case Stmt.If i -> {
                    boolean t = walk(i.then());
                    any |= walk(i.otherwise()) | t;
                }
                // A prange inside a try runs serially, planned scalar by TryBlocks (RaceDetection skips it too).
                case Stmt.Try t -> { }
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
        return any;
    }

    /** The plan of a prange loop: its chunk loop planned by the planner (inner loops included). */
    private LoopPlan.Parallel parallel(Stmt.ForRange f, LoopSharing s) {
        int k = chunks++;
        Var from = new Var("chunk$from" + k, Type.INT64), to = new Var("chunk$to" + k, Type.INT64);
        Stmt.ForRange chunkLoop = new Stmt.ForRange(f.index(), new Expr.Local(from), new Expr.Local(to), f.step(),
                f.body(), false, f.pos());
        Function alone = new Function(function.name(), function.pythonName(), function.params(), function.returnType(),
                List.of(chunkLoop), function.options(), function.pos());
        plans.putAll(planner.plan(program, alone).byLoop());
        return new LoopPlan.Parallel(s, IterationWork.of(f), from, to, chunkLoop, plans.get(chunkLoop));
    }
}
