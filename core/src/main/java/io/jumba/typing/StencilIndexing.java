package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a stencil kernel's body from relative to absolute indexing: {@code a[-1, 0]} becomes
 * {@code a[i0 + -1, i1 + 0]} for every relatively indexed array {@code a}, and records each index it rewrote.
 */
final class StencilIndexing {
    private final Set<String> relative;
    private final SourcePos at;
    private int ndim;
    private final List<List<PyExpr>> accesses = new ArrayList<>();

    /** @param ndim the number of dimensions if known (from {@code neighborhood}), else -1: the first access sets it */
    StencilIndexing(Set<String> relative, int ndim, SourcePos at) {
        this.relative = relative;
        this.ndim = ndim;
        this.at = at;
    }

    /** The index components of every relative access rewritten so far, in source order. */
    List<List<PyExpr>> accesses() { return List.copyOf(accesses); }

    /** The dimensions the accesses use; -1 when there was none. */
    int ndim() { return ndim; }

    /** The loop index of dimension d, which stands for the point the stencil computes. */
    PyExpr.Name indexVar(int d) { return new PyExpr.Name("__stencil_i" + d, at); }

    List<PyStmt> body(List<PyStmt> body) { return body.stream().map(this::stmt).toList(); }

    private PyStmt stmt(PyStmt s) {
        return switch (s) {
            case PyStmt.Assign a -> new PyStmt.Assign(a.targets().stream().map(this::target).toList(), expr(a.value()), a.pos());
            case PyStmt.AugAssign a -> new PyStmt.AugAssign(target(a.target()), a.op(), expr(a.value()), a.pos());
            case PyStmt.If i -> new PyStmt.If(expr(i.test()), body(i.body()), body(i.orElse()), i.pos());
            case PyStmt.For f -> new PyStmt.For(f.target(), expr(f.iter()), body(f.body()), f.pos());
            case PyStmt.While w -> new PyStmt.While(expr(w.test()), body(w.body()), w.pos());
            case PyStmt.Return r -> new PyStmt.Return(r.value() == null ? null : expr(r.value()), r.pos());
            case PyStmt.ExprStmt e -> new PyStmt.ExprStmt(expr(e.value()), e.pos());
            case PyStmt.Raise r -> r;
            case PyStmt.Assert a -> new PyStmt.Assert(expr(a.test()), a.message(), a.pos());
            case PyStmt.Break b -> b;
            case PyStmt.Continue c -> c;
            case PyStmt.Pass p -> p;
            case PyStmt.Try t -> new PyStmt.Try(body(t.body()), t.handler() == null ? null : body(t.handler()),
                    body(t.orElse()), body(t.finalBody()), t.pos());
        };
    }

    private PyExpr target(PyExpr t) {
        if (t instanceof PyExpr.Subscript(PyExpr.Name n, PyExpr _, var pos) && relative.contains(n.id())) {
            throw new TypingError(pos, "Assignments to arrays passed to stencil kernels is not allowed");
        }
        return t instanceof PyExpr.Subscript || t instanceof PyExpr.Tuple ? expr(t) : t;
    }

    private List<PyExpr> exprs(List<PyExpr> es) { return es.stream().map(this::expr).toList(); }

    private PyExpr expr(PyExpr e) {
        return switch (e) {
            case PyExpr.Subscript(PyExpr.Name n, PyExpr index, var pos) when relative.contains(n.id()) ->
                    new PyExpr.Subscript(n, absolute(index), pos);
            case PyExpr.Subscript s -> new PyExpr.Subscript(expr(s.value()), expr(s.index()), s.pos());
            case PyExpr.BinOp b -> new PyExpr.BinOp(b.op(), expr(b.left()), expr(b.right()), b.pos());
            case PyExpr.UnaryOp u -> new PyExpr.UnaryOp(u.op(), expr(u.operand()), u.pos());
            case PyExpr.Compare c -> new PyExpr.Compare(expr(c.left()), c.ops(), exprs(c.comparators()), c.pos());
            case PyExpr.BoolOp b -> new PyExpr.BoolOp(b.isAnd(), exprs(b.values()), b.pos());
            case PyExpr.IfExp i -> new PyExpr.IfExp(expr(i.test()), expr(i.body()), expr(i.orElse()), i.pos());
            case PyExpr.Call c -> new PyExpr.Call(expr(c.func()), exprs(c.args()), c.keywords().stream()
                    .map(k -> new PyExpr.Keyword(k.name(), expr(k.value()), k.pos())).toList(), c.pos());
            case PyExpr.Attribute a -> new PyExpr.Attribute(expr(a.value()), a.attr(), a.pos());
            case PyExpr.Slice s -> new PyExpr.Slice(orNull(s.lower()), orNull(s.upper()), orNull(s.step()), s.pos());
            case PyExpr.Tuple t -> new PyExpr.Tuple(exprs(t.elements()), t.pos());
            case PyExpr.ListLit l -> new PyExpr.ListLit(exprs(l.elements()), l.pos());
            case PyExpr.ListComp c -> new PyExpr.ListComp(expr(c.element()), c.target(), expr(c.iter()), exprs(c.conditions()), c.pos());
            case PyExpr.Name _, PyExpr.IntLit _, PyExpr.FloatLit _, PyExpr.ImagLit _, PyExpr.BoolLit _, PyExpr.NoneLit _,
                 PyExpr.EllipsisLit _, PyExpr.StrLit _ -> e;
        };
    }

    private PyExpr orNull(PyExpr e) { return e == null ? null : expr(e); }

    /** {@code (di, dj)} → {@code (i0 + di, i1 + dj)}; the offsets may themselves use relative accesses. */
    private PyExpr absolute(PyExpr index) {
        List<PyExpr> offsets = index instanceof PyExpr.Tuple t ? t.elements() : List.of(index);
        if (ndim < 0) ndim = offsets.size();
        if (offsets.size() != ndim) {
            throw new TypingError(index.pos(), "Stencil index does not match array dimensionality.");
        }
        accesses.add(offsets);
        List<PyExpr> shifted = new ArrayList<>();
        for (int d = 0; d < offsets.size(); d++) {
            PyExpr offset = expr(offsets.get(d));
            shifted.add(new PyExpr.BinOp(io.jumba.frontend.ast.BinaryOp.ADD, indexVar(d), offset, offset.pos()));
        }
        return shifted.size() == 1 ? shifted.getFirst() : new PyExpr.Tuple(shifted, index.pos());
    }
}
