package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an {@code if} that only picks a scalar variable's value into a select: {@code if c: v = a else: v = b} becomes
 * {@code v = a if c else b}, and {@code if c: v = a} (or {@code else: v = b} alone) becomes {@code v = a if c else v}
 * when v was assigned before it in the same block, unconditionally (so reading v cannot find it unassigned). A
 * select evaluates the condition and then only the chosen side, exactly as the {@code if} did, so faults and their
 * order are unchanged. Used on inlined callee bodies ({@link InlinedBody}).
 */
final class IfConversion {
    private IfConversion() {}

    /** block with such ifs converted, nested blocks first. */
    static List<Stmt> block(List<Stmt> block) {
        List<Stmt> out = new ArrayList<>();
        Set<Var> assigned = new HashSet<>();
        for (Stmt s : block) {
            Stmt converted = convert(Stmts.mapBodies(s, IfConversion::block), assigned);
            out.add(converted);
            if (converted instanceof Stmt.Assign a) assigned.add(a.target());
        }
        return out;
    }

    private static Stmt convert(Stmt s, Set<Var> assigned) {
        if (!(s instanceof Stmt.If i)) return s;
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
        return s;
    }

    private static Stmt.Assign single(List<Stmt> block) {
        return block.size() == 1 && block.getFirst() instanceof Stmt.Assign a && a.target().type() instanceof Type.Scalar
                ? a : null;
    }

    private static Expr select(Expr cond, Expr ifTrue, Expr ifFalse) {
        return new Expr.Select(cond, ifTrue, ifFalse, ifTrue.type());
    }
}
