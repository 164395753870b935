package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A callee's body as statements of its caller, for one call: what {@link Inlining} puts in place of the call.
 * <ul>
 *   <li>Arguments are evaluated once, in order, before the body, as Python does: each goes to a fresh variable,
 *       except a constant or a caller variable for a parameter the callee never assigns (nothing the callee does can
 *       change a caller's variable), which is used in place.</li>
 *   <li>Every variable of the callee (loop indices too) gets a fresh name in the caller.</li>
 *   <li>{@code return e} becomes {@code result = e} and structured control flow: the statements after an
 *       {@code if} whose one branch always returns move into its other branch; otherwise a flag {@code done} is set,
 *       a loop left by {@code break} (and every enclosing loop of the callee by {@code if done: break}), and the
 *       rest of the body runs under {@code if not done}.</li>
 *   <li>What is left as {@code if c: v = a else: v = b} (or one branch, when v was assigned before in the same
 *       block) becomes {@code v = a if c else b}: a select evaluates only the chosen side, so this is the same
 *       program, and a loop holding it has no conditional assignment left to keep it from vectorizing.</li>
 * </ul>
 * Expressions keep their source positions, so a fault inside the callee still points into the callee.
 *
 * @param statements what runs in place of the call
 * @param result     the call's value (a fresh variable), or null for a function returning None
 */
record InlinedBody(List<Stmt> statements, Expr result) {
    private static final Expr TRUE = new Expr.Const(true, Type.BOOL);
    private static final Expr FALSE = new Expr.Const(false, Type.BOOL);

    /**
     * callee's body for a call with args (already free of inlinable calls), its variables named by names. callee
     * must {@link #alwaysReturns always return} unless it returns None.
     */
    static InlinedBody of(Function callee, List<Expr> args, FreshNames names) {
        String prefix = callee.pythonName() + "$";
        Set<Var> assigned = Stmts.assigned(callee.body());
        Map<Var, Expr> renamed = new HashMap<>();
        List<Stmt> out = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            Var param = callee.params().get(k);
            Expr arg = args.get(k);
            if ((arg instanceof Expr.Const || arg instanceof Expr.Local) && !assigned.contains(param)) {
                renamed.put(param, arg);
            } else {
                Var v = names.fresh(prefix + param.name(), param.type());
                out.add(new Stmt.Assign(v, arg));
                renamed.put(param, new Expr.Local(v));
            }
        }
        for (Var v : assigned) renamed.putIfAbsent(v, new Expr.Local(names.fresh(prefix + v.name(), v.type())));
        boolean value = !(callee.returnType() instanceof Type.None);
        Var result = value ? names.fresh(prefix + "return", callee.returnType()) : null;
        Var done = names.fresh(prefix + "done", Type.BOOL);
        List<Stmt> body = new Returns(result, done).block(rename(callee.body(), renamed), false);
        if (Stmts.reads(body).contains(done)) {
            out.add(new Stmt.Assign(done, FALSE));
        } else {
            body = withoutAssignmentsTo(body, done);
        }
        out.addAll(IfConversion.apply(body));
        return new InlinedBody(out, value ? new Expr.Local(result) : null);
    }

    /** Whether every path through block ends in a {@code return} or {@code raise} (loops are not looked into). */
    static boolean alwaysReturns(List<Stmt> block) {
        return block.stream().anyMatch(s -> switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Raise r -> true;
            case Stmt.If i -> alwaysReturns(i.then()) && alwaysReturns(i.otherwise());
            default -> false;
        });
    }

    private static List<Stmt> rename(List<Stmt> block, Map<Var, Expr> renamed) {
        return block.stream().map(s -> {
            Stmt m = Stmts.mapBodies(Stmts.mapExprs(s, e -> Exprs.rewrite(e,
                    x -> x instanceof Expr.Local l && renamed.containsKey(l.var()) ? renamed.get(l.var()) : x)),
                    b -> rename(b, renamed));
            return switch (m) {
                case Stmt.Assign a -> new Stmt.Assign(variable(renamed, a.target()), a.value());
                case Stmt.ForRange f -> new Stmt.ForRange(variable(renamed, f.index()), f.start(), f.stop(), f.step(),
                        f.body(), f.parallel(), f.pos());
                default -> m;
            };
        }).toList();
    }

    private static Var variable(Map<Var, Expr> renamed, Var v) { return ((Expr.Local) renamed.get(v)).var(); }

    private static List<Stmt> withoutAssignmentsTo(List<Stmt> block, Var v) {
        return block.stream().filter(s -> !(s instanceof Stmt.Assign a && a.target().equals(v)))
                .map(s -> Stmts.mapBodies(s, b -> withoutAssignmentsTo(b, v))).toList();
    }

    /** Rewrites returns into assignments of result and structured control flow, with done as the flag. */
    private record Returns(Var result, Var done) {
        /** block without returns; inLoop: block is (inside) the body of one of the callee's loops. */
        List<Stmt> block(List<Stmt> block, boolean inLoop) {
            List<Stmt> out = new ArrayList<>();
            for (int k = 0; k < block.size(); k++) {
                Stmt s = block.get(k);
                List<Stmt> rest = block.subList(k + 1, block.size());
                switch (s) {
                    case Stmt.Return r -> {
                        if (r.value() != null && result != null) out.add(new Stmt.Assign(result, r.value()));
                        out.add(new Stmt.Assign(done, TRUE));
                        if (inLoop) out.add(new Stmt.Break());
                        return out;  // what follows a return never runs
                    }
                    case Stmt.If i when returns(i) && !inLoop -> {
                        boolean thenExits = alwaysReturns(i.then()), elseExits = alwaysReturns(i.otherwise());
                        if (thenExits || elseExits) {
                            out.add(new Stmt.If(i.cond(), block(thenExits ? i.then() : concat(i.then(), rest), false),
                                    block(elseExits ? i.otherwise() : concat(i.otherwise(), rest), false)));
                            return out;
                        }
                        out.add(new Stmt.If(i.cond(), block(i.then(), false), block(i.otherwise(), false)));
                        return notDone(out, rest);
                    }
                    case Stmt.ForRange f when returns(f) -> {
                        out.add(new Stmt.ForRange(f.index(), f.start(), f.stop(), f.step(), block(f.body(), true),
                                f.parallel(), f.pos()));
                        if (!inLoop) return notDone(out, rest);
                        out.add(new Stmt.If(new Expr.Local(done), List.of(new Stmt.Break()), List.of()));
                    }
                    case Stmt.While w when returns(w) -> {
                        out.add(new Stmt.While(w.cond(), block(w.body(), true), w.pos()));
                        if (!inLoop) return notDone(out, rest);
                        out.add(new Stmt.If(new Expr.Local(done), List.of(new Stmt.Break()), List.of()));
                    }
                    // Inside a loop, a return in a branch sets the flag and breaks by itself.
                    default -> out.add(Stmts.mapBodies(s, b -> block(b, inLoop)));
                }
            }
            return out;
        }

        private List<Stmt> notDone(List<Stmt> out, List<Stmt> rest) {
            List<Stmt> tail = block(rest, false);
            if (!tail.isEmpty()) {
                out.add(new Stmt.If(new Expr.Unary(UnOp.NOT, new Expr.Local(done), Type.BOOL), tail, List.of()));
            }
            return out;
        }

        private static boolean returns(Stmt s) {
            return Stmts.walk(List.of(s)).anyMatch(Stmt.Return.class::isInstance);
        }

        private static List<Stmt> concat(List<Stmt> a, List<Stmt> b) {
            List<Stmt> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
