package io.jumba.plan;

import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;

import java.util.HashMap;
import java.util.Map;

/**
 * Loops inside the body of a {@code try} run as plain scalar loops, whatever the planner chose: when an exception
 * is caught, the handler must see every variable and element as Python leaves them at the failing iteration, which a
 * vector loop (lanes ahead, partial reductions) or a parallel prange (other chunks' iterations) does not give.
 */
final class TryBlocks {
    static final LoopPlan.Scalar INSIDE_TRY = new LoopPlan.Scalar(
            "inside a try block: scalar, so that a caught exception leaves variables as Python would");

    private TryBlocks() {}

    /** planned with every loop inside a try body of f planned scalar. */
    static LoopPlans scalarInside(Function f, LoopPlans planned) {
        Map<Stmt, LoopPlan> plans = new HashMap<>(planned.byLoop());
        boolean changed = false;
        for (Stmt s : Stmts.walk(f.body()).toList()) {
            if (!(s instanceof Stmt.Try t)) continue;
            for (Stmt inner : Stmts.walk(t.body()).toList()) {
                if (inner instanceof Stmt.ForRange || inner instanceof Stmt.While) {
                    plans.put(inner, INSIDE_TRY);
                    changed = true;
                }
            }
        }
        return changed ? new LoopPlans(plans) : planned;
    }
}
