package io.jumba.lower;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Emits a perfect nest of {@code for i in range(0, extent)} loops, outermost first (C order). In a
 * {@code parallel=True} function the outermost loop of a whole-array nest may be marked parallel (a prange), so the
 * planner gives it the same parallel plan as a prange the user wrote.
 */
final class LoopNest {
    private LoopNest() {}

    /** What goes inside the innermost loop, given the index of every loop. */
    @FunctionalInterface
    interface Body {
        void emit(List<Expr> indices, Emitter inner);
    }

    /** One serial loop per extent; with no extents the body is emitted once, directly into out. */
    static void emit(Emitter out, List<Expr> extents, SourcePos pos, Body body) {
        emit(out, extents, pos, false, body);
    }

    /** As {@link #emit(Emitter, List, SourcePos, Body)}, the outermost loop marked parallel when {@code parallel}. */
    static void emit(Emitter out, List<Expr> extents, SourcePos pos, boolean parallel, Body body) {
        List<Var> vars = new ArrayList<>();
        for (int d = 0; d < extents.size(); d++) vars.add(out.fresh("i", Type.INT64));
        emitLevel(out, extents, vars, 0, pos, parallel, body);
    }

    private static void emitLevel(Emitter out, List<Expr> extents, List<Var> vars, int level, SourcePos pos,
                                  boolean parallel, Body body) {
        if (level == extents.size()) {
            body.emit(vars.stream().<Expr>map(Expr.Local::new).toList(), out);
            return;
        }
        Emitter inner = out.child();
        emitLevel(inner, extents, vars, level + 1, pos, false, body);
        out.add(new Stmt.ForRange(vars.get(level), Ir.i64(0), extents.get(level), Ir.i64(1), inner.stmts(), parallel, pos));
    }
}
