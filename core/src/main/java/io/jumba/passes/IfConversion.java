package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an {@code if} that only picks a scalar variable's value into a select, in a whole body (an inlined callee,
 * {@link InlinedBody}): {@code if c: v = a else: v = b} becomes {@code v = a if c else b}, and {@code if c: v = a}
 * (or {@code else: v = b} alone) becomes {@code v = a if c else v} when v was assigned before it in the same block,
 * unconditionally (so reading v cannot find it unassigned). A select evaluates the condition and then only the
 * chosen side, exactly as the {@code if} did, so faults and their order are unchanged.
 *
 * <p>First, a branch's leading assignments of variables local to that branch (assigned once in the body, read only
 * in the branch) whose value cannot fault, read memory or have an effect are moved before the {@code if}: computing
 * them on the other path too changes nothing. So {@code if x < lo: return lo} followed by {@code y = x * x; return y}
 * becomes one select.
 */
final class IfConversion {
    private final Map<Var, Integer> assignments = new HashMap<>();
    private final Map<Var, Integer> reads = new HashMap<>();

    private IfConversion(List<Stmt> body) {
        Stmts.walk(body).forEach(s -> {
            if (s instanceof Stmt.Assign a) assignments.merge(a.target(), 1, Integer::sum);
            if (s instanceof Stmt.ForRange f) assignments.merge(f.index(), 2, Integer::sum);
        });
        reads.putAll(readCounts(body));
    }

    /** body with such ifs converted, nested blocks first. */
    static List<Stmt> apply(List<Stmt> body) {
        return new IfConversion(body).block(body);
    }

    private List<Stmt> block(List<Stmt> block) {
        List<Stmt> out = new ArrayList<>();
        Set<Var> assigned = new HashSet<>();
        for (Stmt s : block) {
            Stmt nested = Stmts.mapBodies(s, this::block);
            if (nested instanceof Stmt.If i) {
                List<Stmt> then = new ArrayList<>(i.then()), otherwise = new ArrayList<>(i.otherwise());
                hoistLocals(then, out, assigned);
                hoistLocals(otherwise, out, assigned);
                nested = convert(new Stmt.If(i.cond(), then, otherwise), assigned);
            }
            out.add(nested);
            if (nested instanceof Stmt.Assign a) assigned.add(a.target());
        }
        return out;
    }

    /** Moves branch's leading assignments of its own stable variables to out (before the if). */
    private void hoistLocals(List<Stmt> branch, List<Stmt> out, Set<Var> assigned) {
        Map<Var, Integer> branchReads = readCounts(branch);
        while (!branch.isEmpty() && branch.getFirst() instanceof Stmt.Assign a && assignments.get(a.target()) == 1
                && a.target().type() instanceof Type.Scalar
                && branchReads.getOrDefault(a.target(), 0).equals(reads.getOrDefault(a.target(), 0))
                && Exprs.walk(a.value()).allMatch(Inlining::stable)) {
            out.add(branch.removeFirst());
            assigned.add(a.target());
        }
    }

    private static Stmt convert(Stmt.If i, Set<Var> assigned) {
        Stmt.Assign yes = single(i.then()), no = single(i.otherwise());
        if (yes != null && no != null && yes.target().equals(no.target())) {
            return new Stmt.Assign(yes.target(), select(i.cond(), yes.value(), no.value()));
        }
        if (yes != null && i.otherwise().isEmpty() && assigned.contains(yes.target())) {
            return new Stmt.Assign(yes.target(), select(i.cond(), yes.value(), new Expr.Local(yes.target())));
        }
        if (no != null && i.then().isEmpty() && assigned.contains(no.target())) {
            return new Stmt.Assign(no.target(), select(i.cond(), new Expr.Local(no.target()), no.value()));
        }
        return i;
    }

    private static Map<Var, Integer> readCounts(List<Stmt> block) {
        Map<Var, Integer> counts = new HashMap<>();
        Stmts.nodes(block).forEach(e -> {
            if (e instanceof Expr.Local l) counts.merge(l.var(), 1, Integer::sum);
        });
        return counts;
    }

    private static Stmt.Assign single(List<Stmt> block) {
        return block.size() == 1 && block.getFirst() instanceof Stmt.Assign a && a.target().type() instanceof Type.Scalar
                ? a : null;
    }

    private static Expr select(Expr cond, Expr ifTrue, Expr ifFalse) {
        return new Expr.Select(cond, ifTrue, ifFalse, ifTrue.type());
    }
}
