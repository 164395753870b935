package io.jumba.passes;

import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Index-set splitting and loop unswitching of an innermost {@code for j in range(lo, hi)} loop whose body branches on
 * the ends of its range or on loop invariants: {@code S1; if C: A else: B; S2} at the body's top level, where C is an
 * {@code or} of terms {@code j == lo}, {@code j == hi - 1} and terms that read neither j nor anything the body
 * assigns (e.g. a stencil's {@code i == 0 or j == 0 or i == n - 1 or j == m - 1}).
 * <ul>
 *   <li>the invariant terms T are tested once (unswitching): {@code if T: for j: S1; A; S2 else: (the rest)};</li>
 *   <li>{@code j == lo} peels the first iteration ({@code if lo < hi: j = lo; S1; A; S2}), {@code j == hi - 1} the
 *       last one; the loop over the iterations between runs {@code S1; B; S2} with no test, so a vectorizer takes it
 *       without a mask.</li>
 * </ul>
 * C and the bounds must be pure (no load, call or division: evaluating them once or again changes nothing) and read
 * nothing the body assigns; the body may not leave the loop early or raise ({@code break}, {@code continue},
 * {@code return}, {@code raise}, {@code try}, loops). Iterations run in their order and j ends with its last value,
 * as in Python.
 */
public final class IndexSetSplitting {
    /** Bodies over this many expression nodes are not copied. */
    static final int MAX_NODES = 256;

    private IndexSetSplitting() {}

    /** The program with the loops of every function split where their bodies test their ends or invariants. */
    public static Program apply(Program program) {
        return new Program(function(program.entry()), program.functions().stream().map(IndexSetSplitting::function).toList());
    }

    private static Function function(Function f) {
        List<Stmt> body = block(f.body());
        return body.equals(f.body()) ? f : f.withBody(body);
    }

    private static List<Stmt> block(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            Stmt inner = Stmts.mapBodies(s, IndexSetSplitting::block);
            List<Stmt> split = inner instanceof Stmt.ForRange loop ? split(loop) : null;
            if (split == null) out.add(inner);
            else out.addAll(split);
        }
        return out;
    }

    /** The terms of a splittable condition: the invariant ones, and whether it tests the first or last index. */
    private record Terms(List<Expr> invariant, boolean first, boolean last) {}

    /** The statements that replace loop, or null when it stays as it is. */
    private static List<Stmt> split(Stmt.ForRange loop) {
        if (loop.parallel() || !(loop.step() instanceof Expr.Const c && Long.valueOf(1L).equals(c.value()))
                || !Type.INT64.equals(loop.index().type()) || !simple(loop.body())
                || Stmts.nodes(loop.body()).count() > MAX_NODES) {
            return null;
        }
        Set<Var> assigned = Stmts.assigned(loop.body());
        if (!pure(loop.start(), assigned) || !pure(loop.stop(), assigned)) return null;
        for (int at = 0; at < loop.body().size(); at++) {
            if (loop.body().get(at) instanceof Stmt.If branch) {
                Terms terms = terms(branch.cond(), loop, assigned);
                if (terms != null) return split(loop, at, branch, terms);
            }
        }
        return null;
    }

    private static List<Stmt> split(Stmt.ForRange loop, int at, Stmt.If branch, Terms terms) {
        List<Stmt> taken = spliced(loop.body(), at, branch.then());
        List<Stmt> notTaken = spliced(loop.body(), at, branch.otherwise());
        List<Stmt> rest = terms.first() || terms.last() ? peeled(loop, terms, taken, notTaken) : List.of(withBody(loop, notTaken));
        if (terms.invariant().isEmpty()) return rest;
        Expr hoisted = terms.invariant().stream().reduce((a, b) -> new Expr.Logical(false, a, b)).orElseThrow();
        return List.of(new Stmt.If(hoisted, List.of(withBody(loop, taken)), rest));
    }

    /** The first and/or last iteration run taken, the ones between notTaken. */
    private static List<Stmt> peeled(Stmt.ForRange loop, Terms terms, List<Stmt> taken, List<Stmt> notTaken) {
        Var j = loop.index();
        Expr lo = loop.start(), hi = loop.stop();
        Expr from = terms.first() ? plus(lo, 1, loop) : lo;
        Expr to = terms.last() ? plus(hi, -1, loop) : hi;
        List<Stmt> out = new ArrayList<>();
        if (terms.first()) out.add(new Stmt.If(new Expr.Compare(CmpOp.LT, lo, hi), iteration(j, lo, taken), List.of()));
        out.add(new Stmt.ForRange(j, from, to, loop.step(), notTaken, false, loop.pos()));
        // the last index runs taken unless it is the first (already run) or the range is empty
        if (terms.last()) out.add(new Stmt.If(new Expr.Compare(CmpOp.GE, to, from), iteration(j, to, taken), List.of()));
        return out;
    }

    private static List<Stmt> iteration(Var j, Expr value, List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(j, value));
        out.addAll(body);
        return out;
    }

    private static Stmt.ForRange withBody(Stmt.ForRange loop, List<Stmt> body) {
        return new Stmt.ForRange(loop.index(), loop.start(), loop.stop(), loop.step(), body, false, loop.pos());
    }

    /** body with its statement at replaced by the statements of branch. */
    private static List<Stmt> spliced(List<Stmt> body, int at, List<Stmt> branch) {
        List<Stmt> out = new ArrayList<>(body.subList(0, at));
        out.addAll(branch);
        out.addAll(body.subList(at + 1, body.size()));
        return out;
    }

    private static Expr plus(Expr e, long k, Stmt.ForRange loop) {
        if (e instanceof Expr.Const c && c.value() instanceof Long v) return new Expr.Const(v + k, Type.INT64);
        return new Expr.Binary(k > 0 ? BinOp.ADD : BinOp.SUB, e, new Expr.Const(Math.abs(k), Type.INT64), Type.INT64, loop.pos());
    }

    /** The terms of cond (an {@code or} of them), or null when one of them is neither invariant nor an end test. */
    private static Terms terms(Expr cond, Stmt.ForRange loop, Set<Var> assigned) {
        List<Expr> all = new ArrayList<>();
        disjuncts(cond, all);
        List<Expr> invariant = new ArrayList<>();
        boolean first = false, last = false;
        for (Expr t : all) {
            if (!Exprs.reads(t, loop.index()) && pure(t, assigned)) {
                invariant.add(t);
            } else if (endTest(t, loop, loop.start())) {
                first = true;
            } else if (lastTest(t, loop)) {
                last = true;
            } else {
                return null;
            }
        }
        return new Terms(invariant, first, last);
    }

    private static void disjuncts(Expr e, List<Expr> out) {
        if (e instanceof Expr.Logical l && !l.isAnd()) {
            disjuncts(l.left(), out);
            disjuncts(l.right(), out);
        } else {
            out.add(e);
        }
    }

    /** Whether t is {@code j == end} or {@code end == j}. */
    private static boolean endTest(Expr t, Stmt.ForRange loop, Expr end) {
        return t instanceof Expr.Compare c && c.op() == CmpOp.EQ
                && (isIndex(c.left(), loop) && c.right().equals(end) || isIndex(c.right(), loop) && c.left().equals(end));
    }

    /** Whether t is {@code j == hi - 1} (either side) with hi the loop's stop, whatever the position of the minus. */
    private static boolean lastTest(Expr t, Stmt.ForRange loop) {
        if (!(t instanceof Expr.Compare c) || c.op() != CmpOp.EQ) return false;
        Expr other = isIndex(c.left(), loop) ? c.right() : isIndex(c.right(), loop) ? c.left() : null;
        return other instanceof Expr.Binary b && b.op() == BinOp.SUB && b.left().equals(loop.stop())
                && b.right() instanceof Expr.Const k && Long.valueOf(1L).equals(k.value());
    }

    private static boolean isIndex(Expr e, Stmt.ForRange loop) {
        return e instanceof Expr.Local l && l.var().equals(loop.index());
    }

    /** Whether e can be evaluated anywhere in the loop, any number of times: no fault, no effect, nothing the body assigns. */
    private static boolean pure(Expr e, Set<Var> assigned) {
        return Exprs.walk(e).allMatch(x -> switch (x) {
            case Expr.Const c -> true;
            case Expr.Local l -> !assigned.contains(l.var());
            case Expr.Binary b -> b.op() == BinOp.ADD || b.op() == BinOp.SUB || b.op() == BinOp.MUL;
            case Expr.Compare c -> true;
            case Expr.Logical l -> true;
            case Expr.Unary u -> true;
            case Expr.Dim d -> true;
            default -> false;
        });
    }

    /** Whether body is straight-line code and ifs: no loop, and nothing that leaves the loop or raises. */
    private static boolean simple(List<Stmt> body) {
        return Stmts.walk(body).allMatch(s -> s instanceof Stmt.Assign || s instanceof Stmt.Store || s instanceof Stmt.If);
    }
}
