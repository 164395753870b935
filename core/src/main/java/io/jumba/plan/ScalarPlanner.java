package io.jumba.plan;

import io.jumba.ir.Function;
import io.jumba.ir.Stmt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans every loop as a scalar loop: the planner of a pipeline without a vectorizer. */
public final class ScalarPlanner implements LoopPlanner {
    /** The scalar planner of a pipeline that has no vectorizer by design. */
    public static final ScalarPlanner INSTANCE = new ScalarPlanner("scalar loop");

    private static final LoopPlan WHILE = new LoopPlan.Scalar("while loop, scalar");

    private final LoopPlan forPlan;

    private ScalarPlanner(String why) { this.forPlan = new LoopPlan.Scalar(why); }

    /** A scalar planner that gives why as the reason of every {@code for} loop's plan (which explain shows). */
    public static ScalarPlanner because(String why) { return new ScalarPlanner(why); }

    @Override public LoopPlans plan(Function f) {
        Map<Stmt, LoopPlan> plans = new HashMap<>();
        walk(f.body(), plans);
        return new LoopPlans(plans);
    }

    private void walk(List<Stmt> body, Map<Stmt, LoopPlan> plans) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f -> {
                    plans.put(f, forPlan);
                    walk(f.body(), plans);
                }
                case Stmt.While w -> {
                    plans.put(w, WHILE);
                    walk(w.body(), plans);
                }
                case Stmt.If i -> {
                    walk(i.then(), plans);
                    walk(i.otherwise(), plans);
                }
                case Stmt.Try t -> {
                    walk(t.body(), plans);
                    walk(t.handler(), plans);
                    walk(t.finalBody(), plans);
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
