package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fully unrolls {@code for k in range(a, b, c)} loops with constant bounds and at most {@value #MAX_TRIPS}
 * iterations (innermost first): each iteration becomes {@code k = value} followed by a copy of the body, and
 * {@link ConstantPropagation} then folds what the constant index decides, e.g. a tuple index
 * ({@code COEFFS[k]} is a select chain on k) or its range check. The index keeps its last value as in Python;
 * assignments nobody reads are dropped by {@link DeadConstants}. The enclosing loop thereby becomes innermost,
 * so a vectorizer can take it (Horner's rule over a constant coefficient tuple).
 *
 * <p>A loop stays as it is when its body could leave it early ({@code break}/{@code continue} of this loop,
 * {@code return}, a {@code while}), when an unrolled copy would raise or return unconditionally (the Java code
 * after it would be unreachable), or when the copies would exceed {@value #MAX_NODES} expression nodes.
 */
public final class SmallLoopUnrolling {
    static final int MAX_TRIPS = 16;
    static final int MAX_NODES = 2048;

    private SmallLoopUnrolling() {}

    /** The program with small constant loops of every function unrolled. */
    public static Program apply(Program program) {
        return new Program(function(program.entry()), program.functions().stream().map(SmallLoopUnrolling::function).toList());
    }

    private static Function function(Function f) {
        List<Stmt> body = block(f.body());
        if (body.equals(f.body())) return f;
        return f.withBody(DeadConstants.apply(body));
    }

    private static List<Stmt> block(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            Stmt inner = Stmts.mapBodies(s, SmallLoopUnrolling::block);
            List<Stmt> unrolled = inner instanceof Stmt.ForRange loop ? unroll(loop) : null;
            if (unrolled == null) out.add(inner);
            else out.addAll(unrolled);
        }
        return out;
    }

    /** The straight-line replacement of loop, or null when it stays a loop. */
    private static List<Stmt> unroll(Stmt.ForRange loop) {
        if (loop.parallel() || !(constant(loop.start()) instanceof Long start) || !(constant(loop.stop()) instanceof Long stop)
                || !(constant(loop.step()) instanceof Long step) || step == 0 || leavesEarly(loop.body(), true)) {
            return null;
        }
        long trips = step > 0 ? Math.max(0, Math.ceilDiv(stop - start, step)) : Math.max(0, Math.ceilDiv(start - stop, -step));
        if (trips > MAX_TRIPS || trips * nodes(loop.body()) > MAX_NODES) return null;
        Type.Scalar indexType = (Type.Scalar) loop.index().type();
        List<Stmt> copies = new ArrayList<>();
        for (long t = 0; t < trips; t++) {
            copies.add(new Stmt.Assign(loop.index(), new Expr.Const(start + t * step, indexType)));
            copies.addAll(loop.body());
        }
        List<Stmt> folded = ConstantPropagation.apply(copies, Map.of());
        for (Stmt s : folded) if (s instanceof Stmt.Raise || s instanceof Stmt.Return) return null;
        return folded;
    }

    private static Object constant(Expr e) { return e instanceof Expr.Const c ? c.value() : null; }

    /** Whether body may leave the loop early; break/continue count only at this loop's level (ownLevel). */
    private static boolean leavesEarly(List<Stmt> body, boolean ownLevel) {
        for (Stmt s : body) {
            boolean leaves = switch (s) {
                case Stmt.Break b -> ownLevel;
                case Stmt.Continue c -> ownLevel;
                case Stmt.Return r -> true;
                case Stmt.While w -> true;
                case Stmt.If i -> leavesEarly(i.then(), ownLevel) || leavesEarly(i.otherwise(), ownLevel);
                case Stmt.ForRange f -> leavesEarly(f.body(), false);
                // A loop holding a try stays a loop: its handler may leave at any iteration, and the try's blocks
                // are where Java's reachability rules must still see the loop's breaks.
                case Stmt.Try t -> true;
                case Stmt.Assign a -> false;
                case Stmt.Store st -> false;
                case Stmt.ArrayStore st -> false;
                case Stmt.Eval e -> false;
                case Stmt.Raise r -> false;
                case Stmt.Print p -> false;
            };
            if (leaves) return true;
        }
        return false;
    }

    /** Expression nodes of a statement list, the size measure of the unrolled code. */
    private static int nodes(List<Stmt> body) {
        int n = 0;
        for (Stmt s : body) {
            n += 1 + switch (s) {
                case Stmt.Assign a -> Exprs.nodes(a.value());
                case Stmt.Store st -> Exprs.nodes(st.value()) + st.indices().stream().mapToInt(Exprs::nodes).sum();
                case Stmt.If i -> Exprs.nodes(i.cond()) + nodes(i.then()) + nodes(i.otherwise());
                case Stmt.ForRange f -> Exprs.nodes(f.start()) + Exprs.nodes(f.stop()) + nodes(f.body());
                case Stmt.Eval e -> Exprs.nodes(e.value());
                case Stmt.Raise r -> r.args().stream().mapToInt(Exprs::nodes).sum();
                case Stmt.Print p -> p.values().stream().mapToInt(Exprs::nodes).sum();
                case Stmt.Try t -> nodes(t.body()) + nodes(t.handler()) + nodes(t.finalBody());
                case Stmt.While w -> Exprs.nodes(w.cond()) + nodes(w.body());
                case Stmt.Return r -> r.value() == null ? 0 : Exprs.nodes(r.value());
                case Stmt.ArrayStore st -> Exprs.nodes(st.target()) + Exprs.nodes(st.value());
                case Stmt.Break b -> 0;
                case Stmt.Continue c -> 0;
            };
        }
        return n;
    }
}
