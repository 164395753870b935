package io.jumba.vectorize;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which variables of a vectorized loop's body may be read before the same iteration assigned them (loop-carried
 * scalars, which lanes cannot run side by side). Vector code gives every lane its own copy of each variable, fresh
 * per iteration, so a read is exact only where every path from the body's start has assigned the variable.
 *
 * <p>Paths are told apart by the bool flags they have set to constants, so that the inliner's early-return shape
 * ({@code done = False; for k: if c: r = k; done = True; break} then {@code if not done: r = m}) reads r defined on
 * both the break path and the fall-through path. Inner loops run zero or more times: their exits are the states at
 * the start of an iteration (the loop test failed) and those at each {@code break}.
 */
final class LaneDefinedness {
    /** More paths than this merge into one (defined: the intersection; flags: those all agree on). */
    private static final int MAX_PATHS = 8;
    /** Rounds of a loop's body that keep the flags apart; later rounds merge every path into one. */
    private static final int MAX_ROUNDS = 4;

    /** One path's knowledge: the variables it surely assigned, the bool flags it surely set to a constant. */
    private record State(Set<Var> defined, Map<Var, Boolean> flags) {
        State assign(Var v, Expr value) {
            Set<Var> d = new HashSet<>(defined);
            d.add(v);
            Map<Var, Boolean> f = new HashMap<>(flags);
            if (value instanceof Expr.Const c && c.value() instanceof Boolean b) f.put(v, b); else f.remove(v);
            return new State(d, f);
        }

        State forget(Set<Var> vars) {
            Map<Var, Boolean> f = new HashMap<>(flags);
            f.keySet().removeAll(vars);
            return new State(defined, f);
        }
    }

    private final Set<Var> tracked;
    /** The variables read where some path has not assigned them, in the order found. */
    private final Set<Var> carried = new LinkedHashSet<>();
    /** The states that leave the innermost loop being analysed by a break. */
    private List<State> breaks = new ArrayList<>();

    private LaneDefinedness(Set<Var> tracked) { this.tracked = tracked; }

    /**
     * The variables of body (among those body assigns, other than the defined ones) that a statement may read before
     * the iteration assigned them.
     */
    static Set<Var> carried(List<Stmt> body, Set<Var> defined) {
        Set<Var> tracked = new HashSet<>(Stmts.assigned(body));
        tracked.removeAll(defined);
        LaneDefinedness d = new LaneDefinedness(tracked);
        d.block(body, List.of(new State(Set.of(), Map.of())));
        return d.carried;
    }

    private List<State> block(List<Stmt> body, List<State> in) {
        List<State> states = in;
        for (Stmt s : body) {
            if (states.isEmpty()) break;
            states = merge(statement(s, states));
        }
        return states;
    }

    private List<State> statement(Stmt s, List<State> in) {
        return switch (s) {
            case Stmt.Assign a -> {
                reads(a.value(), in);
                yield in.stream().map(st -> st.assign(a.target(), a.value())).toList();
            }
            case Stmt.If i -> {
                reads(i.cond(), in);
                List<State> out = new ArrayList<>();
                for (State st : in) {
                    Boolean known = known(i.cond(), st);
                    if (known == null || known) out.addAll(block(i.then(), List.of(st)));
                    if (known == null || !known) out.addAll(block(i.otherwise(), List.of(st)));
                }
                yield out;
            }
            case Stmt.ForRange f -> {
                reads(f.start(), in);
                reads(f.stop(), in);
                reads(f.step(), in);
                yield loop(f.body(), null, in.stream().map(st -> st.assign(f.index(), f.start())).toList());
            }
            case Stmt.While w -> loop(w.body(), w.cond(), in);
            case Stmt.Break b -> {
                breaks.addAll(in);
                yield List.of();
            }
            default -> {
                for (Expr e : Stmts.exprs(s)) reads(e, in);
                for (List<Stmt> b : Stmts.bodies(s)) block(b, in);
                yield in;
            }
        };
    }

    /**
     * A loop entered in the states in (its index, if any, already assigned): the states at the start of an
     * iteration, to a fixed point, then its exits: those states (the test failed) and the breaks.
     */
    private List<State> loop(List<Stmt> body, Expr cond, List<State> in) {
        Set<Var> changed = Stmts.assigned(body);
        List<State> outerBreaks = breaks;
        List<State> starts = merge(in);
        // Rounds keep the flags each path set; past MAX_ROUNDS, one path that knows none of the flags the loop sets.
        for (int round = 0; ; round++) {
            breaks = new ArrayList<>();
            if (cond != null) reads(cond, starts);
            List<State> next = new ArrayList<>(starts);
            next.addAll(block(body, starts));
            next = round < MAX_ROUNDS ? merge(next) : one(next.stream().map(st -> st.forget(changed)).toList());
            if (next.equals(starts)) break;
            starts = next;
        }
        List<State> exits = new ArrayList<>(starts);
        exits.addAll(breaks);
        breaks = outerBreaks;
        return merge(exits);
    }

    /** The value of cond on a path where it reads a flag the path set ({@code flag}, {@code not flag}); else null. */
    private static Boolean known(Expr cond, State st) {
        return switch (cond) {
            case Expr.Local l -> st.flags().get(l.var());
            case Expr.Unary u when u.op() == UnOp.NOT && known(u.operand(), st) instanceof Boolean b -> !b;
            default -> null;
        };
    }

    private void reads(Expr e, List<State> states) {
        for (Var v : Exprs.reads(e)) {
            if (tracked.contains(v) && states.stream().anyMatch(st -> !st.defined().contains(v))) carried.add(v);
        }
    }

    /** Paths that set the same flags become one (defined: the intersection); over {@link #MAX_PATHS}, all become one. */
    private static List<State> merge(List<State> states) {
        Map<Map<Var, Boolean>, Set<Var>> byFlags = new LinkedHashMap<>();
        for (State st : states) {
            byFlags.merge(st.flags(), new HashSet<>(st.defined()), (a, b) -> {
                a.retainAll(b);
                return a;
            });
        }
        List<State> out = new ArrayList<>();
        byFlags.forEach((f, d) -> out.add(new State(d, f)));
        return out.size() <= MAX_PATHS ? out : one(out);
    }

    /** One state for all of states: the variables all assigned, the flags all agree on. */
    private static List<State> one(List<State> states) {
        Set<Var> defined = new HashSet<>(states.get(0).defined());
        Map<Var, Boolean> flags = new HashMap<>(states.get(0).flags());
        for (State st : states) {
            defined.retainAll(st.defined());
            flags.entrySet().removeIf(x -> !x.getValue().equals(st.flags().get(x.getKey())));
        }
        return List.of(new State(defined, flags));
    }
}
