package io.jumba.frontend;

import io.jumba.frontend.ast.PyExpr;

import java.util.ArrayList;
import java.util.List;

/** Whether an expression tree is deeper than a limit, found without recursing deeper than that limit. */
final class ExpressionHeight {
    private ExpressionHeight() {}

    /** Whether e has more than limit levels. */
    static boolean exceeds(PyExpr e, int limit) {
        if (limit < 0) return true;
        for (PyExpr child : children(e)) if (exceeds(child, limit - 1)) return true;
        return false;
    }

    private static List<PyExpr> children(PyExpr e) {
        return switch (e) {
            case PyExpr.Name n -> List.of();
            case PyExpr.IntLit l -> List.of();
            case PyExpr.FloatLit l -> List.of();
            case PyExpr.ImagLit l -> List.of();
            case PyExpr.BoolLit l -> List.of();
            case PyExpr.NoneLit l -> List.of();
            case PyExpr.EllipsisLit l -> List.of();
            case PyExpr.StrLit l -> List.of();
            case PyExpr.BinOp b -> List.of(b.left(), b.right());
            case PyExpr.UnaryOp u -> List.of(u.operand());
            case PyExpr.Compare c -> concat(List.of(c.left()), c.comparators());
            case PyExpr.BoolOp b -> b.values();
            case PyExpr.IfExp i -> List.of(i.test(), i.body(), i.orElse());
            case PyExpr.Call c -> concat(concat(List.of(c.func()), c.args()),
                    c.keywords().stream().map(PyExpr.Keyword::value).toList());
            case PyExpr.Attribute a -> List.of(a.value());
            case PyExpr.Subscript s -> List.of(s.value(), s.index());
            case PyExpr.Slice s -> nonNull(s.lower(), s.upper(), s.step());
            case PyExpr.Tuple t -> t.elements();
            case PyExpr.ListLit l -> l.elements();
            case PyExpr.ListComp c -> concat(List.of(c.element(), c.target(), c.iter()), c.conditions());
        };
    }

    private static List<PyExpr> concat(List<PyExpr> a, List<PyExpr> b) {
        List<PyExpr> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<PyExpr> nonNull(PyExpr... parts) {
        List<PyExpr> present = new ArrayList<>();
        for (PyExpr p : parts) if (p != null) present.add(p);
        return present;
    }
}
