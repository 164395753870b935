package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes assignments of a constant to a variable that no expression of the function reads (such as the
 * {@code k = 3} markers and folded temporaries that {@link SmallLoopUnrolling} leaves behind). A constant has no
 * effect, so only the unobservable store disappears.
 */
final class DeadConstants {
    private DeadConstants() {}

    static List<Stmt> apply(List<Stmt> body) {
        Set<Var> read = Stmts.nodes(body).filter(Expr.Local.class::isInstance).map(e -> ((Expr.Local) e).var())
                .collect(Collectors.toSet());
        return keep(body, read);
    }

    private static List<Stmt> keep(List<Stmt> body, Set<Var> read) {
        return body.stream()
                .filter(s -> !(s instanceof Stmt.Assign a && a.value() instanceof Expr.Const && !read.contains(a.target())))
                .map(s -> Stmts.mapBodies(s, b -> keep(b, read)))
                .toList();
    }
}
