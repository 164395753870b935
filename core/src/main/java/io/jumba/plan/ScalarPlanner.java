package io.jumba.plan;

import io.jumba.ir.Function;
import io.jumba.ir.Stmt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans every loop as a scalar loop: the planner of a pipeline without a vectorizer. */
public final class ScalarPlanner implements LoopPlanner {
    /** The one scalar planner. */
    public static final ScalarPlanner INSTANCE = new ScalarPlanner();

    private static final LoopPlan FOR = new LoopPlan.Scalar("scalar loop");
    private static final LoopPlan WHILE = new LoopPlan.Scalar("while loop, scalar");

    private ScalarPlanner() {}

    @Override public LoopPlans plan(Function f) {
        Map<Stmt, LoopPlan> plans = new HashMap<>();
        walk(f.body(), plans);
        return new LoopPlans(plans);
    }

    private static void walk(List<Stmt> body, Map<Stmt, LoopPlan> plans) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f -> {
                    plans.put(f, FOR);
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
                default -> { }
            }
        }
    }
}
