package io.jumba.lower;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which variables' data an array may share, found conservatively over a whole function (flow-insensitive):
 * a variable assigned from a view, transpose, conditional, tuple element or call result of another variable
 * may share that variable's data. Parameters are assumed not to share data with each other, as NumPy code
 * that writes through one argument while reading an overlapping other one has no defined order anyway.
 */
final class AliasRoots {
    private final Map<String, Set<String>> roots;

    private AliasRoots(Map<String, Set<String>> roots) { this.roots = roots; }

    static AliasRoots of(List<Stmt> body) {
        Map<String, Set<String>> roots = new HashMap<>();
        AliasRoots result = new AliasRoots(roots);
        boolean changed = true;
        while (changed) changed = result.propagate(body);
        return result;
    }

    private boolean propagate(List<Stmt> stmts) {
        boolean changed = false;
        for (Stmt s : Stmts.walk(stmts).toList()) {
            if (s instanceof Stmt.Assign a && mayHoldArray(a.target().type())) {
                changed |= rootsMutable(a.target()).addAll(rootsOf(a.value()));
            }
        }
        return changed;
    }

    private Set<String> rootsMutable(Var v) {
        return roots.computeIfAbsent(v.name(), name -> new HashSet<>(Set.of(name)));
    }

    /** The variables whose data the value of e may share; empty for fresh arrays and scalars. */
    Set<String> rootsOf(Expr e) {
        return switch (e) {
            case Expr.Local l -> roots.getOrDefault(l.var().name(), Set.of(l.var().name()));
            case Expr.View v -> rootsOf(v.array());
            case Expr.Transpose t -> rootsOf(t.array());
            case Expr.ShapeView s -> rootsOf(s.array());
            case Expr.TupleGet t -> rootsOf(t.tuple());
            case Expr.Select s -> union(rootsOf(s.ifTrue()), rootsOf(s.ifFalse()));
            case Expr.TupleNew t -> unionOf(t.elements());
            case Expr.Call c -> unionOf(c.args());
            case Expr.Threads t -> Set.of();
            case Expr.Random r -> Set.of();
            case Expr.Wrap w -> rootsOf(w.value());
            case Expr.Unwrap u -> rootsOf(u.optional());
            // fresh arrays
            case Expr.Alloc x -> Set.of();
            case Expr.Arange x -> Set.of();
            case Expr.Linspace x -> Set.of();
            case Expr.Library x -> Set.of();
            case Expr.Collection x -> Set.of();
            case Expr.Elementwise x -> Set.of();
            case Expr.Reduce x -> Set.of();
            case Expr.Dot x -> Set.of();
            // scalars
            case Expr.Const x -> Set.of();
            case Expr.Element x -> Set.of();
            case Expr.Binary x -> Set.of();
            case Expr.Unary x -> Set.of();
            case Expr.Compare x -> Set.of();
            case Expr.Logical x -> Set.of();
            case Expr.Cast x -> Set.of();
            case Expr.Load x -> Set.of();
            case Expr.Dim x -> Set.of();
            case Expr.Size x -> Set.of();
            case Expr.Intrinsic x -> Set.of();
            case Expr.NoneValue x -> Set.of();
            case Expr.DTypeOf x -> Set.of();
            case Expr.IsNone x -> Set.of();
        };
    }

    /** The roots of every variable that may hold an array mentioned anywhere in e (what evaluating e may read). */
    Set<String> rootsRead(Expr e) {
        Set<String> all = new HashSet<>();
        Exprs.walk(e).forEach(x -> {
            if (x instanceof Expr.Local l && mayHoldArray(l.type())) all.addAll(rootsOf(l));
        });
        return all;
    }

    private Set<String> unionOf(List<Expr> es) {
        Set<String> all = new HashSet<>();
        for (Expr e : es) all.addAll(rootsOf(e));
        return all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean mayHoldArray(Type t) { return t instanceof Type.Array || t instanceof Type.Tuple; }
}
