package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a repeated math-function expression once per block: after {@link ConstantFolding}'s exact rewrites
 * (e.g. erf(-x) as -erf(x)), an expression holding a math intrinsic that a block evaluates more than once, with
 * none of its variables assigned in between, is assigned to a fresh temporary before its first use and read from it
 * after. Black-Scholes thereby evaluates erf twice per element instead of four times. HotSpot does not do this
 * itself: it does not merge two calls of the runtime's vector erf.
 *
 * <p>Only expressions that cannot fault (no loads, calls, or divisions by anything but a non-zero constant) are
 * shared, and only where they are evaluated unconditionally (not in a branch of a conditional expression or the
 * right side of {@code and}/{@code or}), so moving their evaluation earlier is invisible.
 */
public final class CommonSubexpressions {
    private int next;
    /**
     * Per node (by identity), its {@link #key} and its {@link Facts}, each computed once from its children's: asked
     * afresh at every node of a long chain ({@code sin(x) + sin(x) + ... }) they made this pass quadratic.
     */
    private final Map<Expr, Expr> keys = new IdentityHashMap<>();
    private final Map<Expr, Facts> facts = new IdentityHashMap<>();

    /** Whether a subtree holds a math intrinsic, and whether nothing in it can fault or depends on memory. */
    private record Facts(boolean intrinsic, boolean faultFree) {}

    private CommonSubexpressions() {}

    /** The program with repeated math expressions of every block computed once. */
    public static Program apply(Program program) {
        return new Program(function(program.entry()), program.functions().stream().map(CommonSubexpressions::function).toList());
    }

    private static Function function(Function f) {
        List<Stmt> body = new CommonSubexpressions().block(f.body());
        return body.equals(f.body()) ? f : f.withBody(body);
    }

    private List<Stmt> block(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : stmts) out.add(normalized(s));
        for (Expr shared = repeated(out); shared != null; shared = repeated(out)) out = hoist(out, shared);
        return out;
    }

    /** s with its expressions folded and its nested blocks processed. */
    private Stmt normalized(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> new Stmt.Assign(a.target(), fold(a.value()));
            case Stmt.Store st -> new Stmt.Store(st.array(), st.indices().stream().map(CommonSubexpressions::fold).toList(),
                    fold(st.value()), st.pos());
            case Stmt.If i -> new Stmt.If(fold(i.cond()), block(i.then()), block(i.otherwise()));
            case Stmt.ForRange f -> new Stmt.ForRange(f.index(), f.start(), f.stop(), f.step(), block(f.body()), f.parallel(), f.pos());
            case Stmt.While w -> new Stmt.While(w.cond(), block(w.body()), w.pos());
            case Stmt.Return r -> new Stmt.Return(r.value() == null ? null : fold(r.value()));
            case Stmt.Try t -> new Stmt.Try(block(t.body()), t.catches(), block(t.handler()), block(t.finalBody()), t.pos());
            case Stmt.ArrayStore st -> st;
            case Stmt.Eval e -> e;
            case Stmt.Raise r -> r;
            case Stmt.Print p -> p;
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
        };
    }

    private static Expr fold(Expr e) { return ConstantFolding.fold(e, Map.of()); }

    /** The largest shareable expression evaluated twice or more in stmts with its variables unchanged, or null. */
    private Expr repeated(List<Stmt> stmts) {
        Map<Expr, List<Integer>> uses = new LinkedHashMap<>();
        for (int k = 0; k < stmts.size(); k++) {
            for (Expr e : evaluated(stmts.get(k))) collect(e, k, uses);
        }
        return uses.entrySet().stream()
                .filter(u -> u.getValue().size() > 1 && unchangedBetween(u.getKey(), stmts, u.getValue()))
                .map(Map.Entry::getKey)
                .max(Comparator.comparingInt(Exprs::nodes))
                .orElse(null);
    }

    /** The expressions a statement always evaluates (a compound statement: only its own condition or bounds). */
    private static List<Expr> evaluated(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> List.of(a.value());
            case Stmt.Store st -> append(st.indices(), st.value());
            case Stmt.If i -> List.of(i.cond());
            case Stmt.Return r -> r.value() == null ? List.of() : List.of(r.value());
            // A try's blocks may stop at any statement: nothing in them is always evaluated.
            case Stmt.Try t -> List.of();
            case Stmt.ForRange f -> List.of();
            case Stmt.While w -> List.of();
            case Stmt.ArrayStore st -> List.of();
            case Stmt.Eval e -> List.of();
            case Stmt.Raise r -> List.of();
            case Stmt.Print p -> List.of();
            case Stmt.Break b -> List.of();
            case Stmt.Continue c -> List.of();
        };
    }

    /** Records at statement k every shareable subexpression of e that is evaluated whenever e is. */
    private void collect(Expr e, int k, Map<Expr, List<Integer>> uses) {
        if (shareable(e)) uses.computeIfAbsent(key(e), x -> new ArrayList<>()).add(k);
        switch (e) {
            case Expr.Select s -> collect(s.cond(), k, uses);
            case Expr.Logical l -> collect(l.left(), k, uses);
            default -> Exprs.children(e).forEach(c -> collect(c, k, uses));
        }
    }

    /**
     * e without source positions: two occurrences of {@code v * 2.0} at different columns are the same value (the
     * positions only name the line of a fault, and shared expressions cannot fault).
     */
    private Expr key(Expr e) {
        Expr known = keys.get(e);
        if (known != null) return known;
        Expr children = Exprs.mapScalar(e, this::key);
        Expr key = children instanceof Expr.Binary b ? new Expr.Binary(b.op(), b.left(), b.right(), b.type(), null) : children;
        keys.put(e, key);
        return key;
    }

    /** Holds a math intrinsic and nothing that can fault or depends on memory. */
    private boolean shareable(Expr e) {
        Facts f = facts(e);
        return f.intrinsic() && f.faultFree();
    }

    private Facts facts(Expr e) {
        Facts known = facts.get(e);
        if (known != null) return known;
        boolean intrinsic = e instanceof Expr.Intrinsic, faultFree = faultFreeItself(e);
        for (Expr c : Exprs.children(e)) {
            Facts f = facts(c);
            intrinsic |= f.intrinsic();
            faultFree &= f.faultFree();
        }
        Facts f = new Facts(intrinsic, faultFree);
        facts.put(e, f);
        return f;
    }

    private static boolean faultFreeItself(Expr e) {
        return switch (e) {
            case Expr.Const c -> true;
            case Expr.Local l -> true;
            case Expr.Binary b -> switch (b.op()) {
                case DIV, FLOORDIV, MOD -> b.right() instanceof Expr.Const c && c.value() instanceof Number n
                        && n.doubleValue() != 0.0;
                case POW -> false;
                default -> true;
            };
            case Expr.Unary u -> true;
            case Expr.Compare c -> true;
            case Expr.Logical l -> true;
            case Expr.Select s -> true;
            case Expr.Cast c -> true;
            case Expr.Intrinsic in -> true;
            default -> false;
        };
    }

    /** Whether no variable of e is assigned by the statements from its first use up to (not including) its last. */
    private static boolean unchangedBetween(Expr e, List<Stmt> stmts, List<Integer> at) {
        Set<Var> assigned = Stmts.assigned(stmts.subList(at.getFirst(), at.getLast()));
        return assigned.stream().noneMatch(v -> Exprs.reads(e, v));
    }

    /** stmts with shared (a {@link #key}) assigned to a fresh temporary before its first use, every unconditional use reading it. */
    private List<Stmt> hoist(List<Stmt> stmts, Expr shared) {
        Var temp = new Var("$cse" + next++, shared.type());
        Expr read = new Expr.Local(temp);
        List<Stmt> out = new ArrayList<>();
        boolean assigned = false;
        for (Stmt s : stmts) {
            Expr original = assigned ? null : first(evaluated(s), shared);
            if (original != null) {
                out.add(new Stmt.Assign(temp, original));
                assigned = true;
            }
            out.add(replaceIn(s, shared, read));
        }
        return out;
    }

    /** The first unconditionally evaluated subexpression of es whose key is shared, or null. */
    private Expr first(List<Expr> es, Expr shared) {
        for (Expr e : es) {
            if (key(e).equals(shared)) return e;
            List<Expr> inner = switch (e) {
                case Expr.Select s -> List.of(s.cond());
                case Expr.Logical l -> List.of(l.left());
                default -> Exprs.children(e);
            };
            if (first(inner, shared) instanceof Expr found) return found;
        }
        return null;
    }

    private Stmt replaceIn(Stmt s, Expr shared, Expr read) {
        return switch (s) {
            case Stmt.Assign a -> new Stmt.Assign(a.target(), replace(a.value(), shared, read));
            case Stmt.Store st -> new Stmt.Store(st.array(), st.indices().stream().map(i -> replace(i, shared, read)).toList(),
                    replace(st.value(), shared, read), st.pos());
            case Stmt.If i -> new Stmt.If(replace(i.cond(), shared, read), i.then(), i.otherwise());
            case Stmt.Return r -> new Stmt.Return(r.value() == null ? null : replace(r.value(), shared, read));
            case Stmt.Try t -> t;
            case Stmt.ForRange f -> f;
            case Stmt.While w -> w;
            case Stmt.ArrayStore st -> st;
            case Stmt.Eval e -> e;
            case Stmt.Raise r -> r;
            case Stmt.Print p -> p;
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
        };
    }

    /** e with its unconditionally evaluated occurrences of shared (a key) replaced by read. */
    private Expr replace(Expr e, Expr shared, Expr read) {
        if (key(e).equals(shared)) return read;
        return switch (e) {
            case Expr.Select s -> new Expr.Select(replace(s.cond(), shared, read), s.ifTrue(), s.ifFalse(), s.type());
            case Expr.Logical l -> new Expr.Logical(l.isAnd(), replace(l.left(), shared, read), l.right());
            default -> Exprs.mapScalar(e, x -> replace(x, shared, read));
        };
    }

    private static List<Expr> append(List<Expr> init, Expr last) {
        List<Expr> all = new ArrayList<>(init);
        all.add(last);
        return all;
    }
}
