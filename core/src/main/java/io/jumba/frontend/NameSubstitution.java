package io.jumba.frontend;

import io.jumba.frontend.ast.PyExpr;

/**
 * Replaces a name by an expression throughout an expression: how a module constant keeps the value a name had
 * when it was bound ({@code N = 1; M = N * 2; N = 5} leaves M at 2, as in Python) once the name is bound again, and
 * how a list comprehension's variable gets a name of its own (Python scopes it to the comprehension).
 */
public final class NameSubstitution {
    private final String name;
    private final PyExpr value;

    public NameSubstitution(String name, PyExpr value) {
        this.name = name;
        this.value = value;
    }

    private boolean binds(PyExpr target) {
        return target instanceof PyExpr.Name n ? n.id().equals(name)
                : target instanceof PyExpr.Tuple t && t.elements().stream().anyMatch(this::binds);
    }

    /** e with every occurrence of the name replaced. */
    public PyExpr apply(PyExpr e) {
        return switch (e) {
            case null -> null;
            case PyExpr.Name n -> n.id().equals(name) ? value : n;
            case PyExpr.BinOp b -> new PyExpr.BinOp(b.op(), apply(b.left()), apply(b.right()), b.pos());
            case PyExpr.UnaryOp u -> new PyExpr.UnaryOp(u.op(), apply(u.operand()), u.pos());
            case PyExpr.Compare c -> new PyExpr.Compare(apply(c.left()), c.ops(), c.comparators().stream().map(this::apply).toList(), c.pos());
            case PyExpr.BoolOp b -> new PyExpr.BoolOp(b.isAnd(), b.values().stream().map(this::apply).toList(), b.pos());
            case PyExpr.IfExp i -> new PyExpr.IfExp(apply(i.test()), apply(i.body()), apply(i.orElse()), i.pos());
            case PyExpr.Call c -> new PyExpr.Call(apply(c.func()), c.args().stream().map(this::apply).toList(), c.keywords().stream()
                    .map(k -> new PyExpr.Keyword(k.name(), apply(k.value()), k.pos())).toList(), c.pos());
            case PyExpr.Attribute a -> new PyExpr.Attribute(apply(a.value()), a.attr(), a.pos());
            case PyExpr.Subscript s -> new PyExpr.Subscript(apply(s.value()), apply(s.index()), s.pos());
            case PyExpr.Slice s -> new PyExpr.Slice(apply(s.lower()), apply(s.upper()), apply(s.step()), s.pos());
            case PyExpr.Tuple t -> new PyExpr.Tuple(t.elements().stream().map(this::apply).toList(), t.pos());
            case PyExpr.ListLit l -> new PyExpr.ListLit(l.elements().stream().map(this::apply).toList(), l.pos());
            case PyExpr.ListComp c -> binds(c.target()) // the comprehension's own variable shadows the name inside it
                    ? new PyExpr.ListComp(c.element(), c.target(), apply(c.iter()), c.conditions(), c.pos())
                    : new PyExpr.ListComp(apply(c.element()), apply(c.target()), apply(c.iter()),
                            c.conditions().stream().map(this::apply).toList(), c.pos());
            case PyExpr.IntLit _, PyExpr.FloatLit _, PyExpr.ImagLit _, PyExpr.BoolLit _, PyExpr.NoneLit _, PyExpr.EllipsisLit _, PyExpr.StrLit _ -> e;
        };
    }
}
