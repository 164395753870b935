package io.jumba.parallel;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Definite assignment through one iteration of a loop body: which tracked variables an iteration reads before it
 * has assigned them (their value comes from another iteration or from before the loop), which it reads at all
 * outside their own reduction updates, and which every iteration that completes has assigned. Also notes early
 * exits (break, return) and try blocks that keep a prange loop serial.
 */
final class Flow {
    private final Set<Var> tracked;
    private final Map<Stmt, ReductionPatterns.Update> updates;
    /** First read before assignment, per variable. */
    final Map<Var, SourcePos> exposed = new LinkedHashMap<>();
    /** First read outside the variable's own reduction updates, per variable. */
    final Map<Var, SourcePos> reads = new LinkedHashMap<>();
    private final List<Set<Var>> iterationEnds = new ArrayList<>();
    String earlyExit;
    private final SourcePos fallback;

    private Flow(Set<Var> tracked, Map<Stmt, ReductionPatterns.Update> updates, SourcePos fallback) {
        this.tracked = tracked;
        this.updates = updates;
        this.fallback = fallback;
    }

    /** Runs the analysis over one iteration of body, with {@code initiallyDefined} assigned at its start. */
    static Flow iteration(List<Stmt> body, Set<Var> initiallyDefined, Set<Var> tracked,
                          Map<Stmt, ReductionPatterns.Update> updates, SourcePos fallback) {
        Flow f = new Flow(tracked, updates, fallback);
        Set<Var> end = f.block(body, new HashSet<>(initiallyDefined), 0);
        if (end != null) f.iterationEnds.add(end);
        return f;
    }

    /** Variables every completed iteration has assigned (through every path, continue included). */
    Set<Var> assignedByEveryIteration() {
        Set<Var> all = null;
        for (Set<Var> s : iterationEnds) {
            if (all == null) all = new HashSet<>(s);
            else all.retainAll(s);
        }
        return all == null ? Set.of() : all;
    }

    /** Returns the variables assigned when the block falls through, or null when it never does. */
    private Set<Var> block(List<Stmt> stmts, Set<Var> defined, int depth) {
        for (Stmt s : stmts) {
            defined = stmt(s, defined, depth);
            if (defined == null) return null;
        }
        return defined;
    }

    private Set<Var> stmt(Stmt s, Set<Var> defined, int depth) {
        ReductionPatterns.Update u = updates.get(s);
        Set<Var> own = u == null ? Set.of() : ownVars(u);
        SourcePos pos = Positions.of(s, fallback);
        switch (s) {
            case Stmt.Assign a -> {
                read(a.value(), defined, own, pos);
                Set<Var> out = new HashSet<>(defined);
                out.add(a.target());
                return out;
            }
            case Stmt.Store st -> {
                read(st.array(), defined, own, pos);
                for (Expr i : st.indices()) read(i, defined, own, pos);
                read(st.value(), defined, own, pos);
                return defined;
            }
            case Stmt.ArrayStore st -> {
                read(st.target(), defined, own, pos);
                read(st.value(), defined, own, pos);
                return defined;
            }
            case Stmt.Eval e -> {
                read(e.value(), defined, own, pos);
                return defined;
            }
            case Stmt.If i -> {
                read(i.cond(), defined, own, pos);
                Set<Var> a = block(i.then(), new HashSet<>(defined), depth);
                Set<Var> b = block(i.otherwise(), new HashSet<>(defined), depth);
                if (a == null) return b;
                if (b == null) return a;
                a.retainAll(b);
                return a;
            }
            case Stmt.ForRange f -> {
                read(f.start(), defined, own, pos);
                read(f.stop(), defined, own, pos);
                read(f.step(), defined, own, pos);
                Set<Var> inner = new HashSet<>(defined);
                inner.add(f.index());
                block(f.body(), inner, depth + 1);
                return defined;  // the inner loop may run zero times
            }
            case Stmt.While w -> {
                read(w.cond(), defined, own, pos);
                block(w.body(), new HashSet<>(defined), depth + 1);
                return defined;
            }
            case Stmt.Continue c -> {
                if (depth == 0) iterationEnds.add(defined);
                return null;
            }
            case Stmt.Break b -> {
                if (depth == 0 && earlyExit == null) earlyExit = "break leaves the prange loop early";
                return null;
            }
            case Stmt.Return r -> {
                if (r.value() != null) read(r.value(), defined, own, pos);
                if (earlyExit == null) earlyExit = "return inside the prange loop";
                return null;
            }
            case Stmt.Print p -> {
                for (Expr e : p.values()) read(e, defined, own, pos);
                return defined;
            }
            case Stmt.Raise r -> {
                for (Expr e : r.args()) read(e, defined, own, pos);
                return null;
            }
            case Stmt.Try t -> {
                // An exception may leave the body after any statement: the handler and what follows can count
                // only on what was assigned before the try (and, after it, on what finally assigns).
                if (earlyExit == null) earlyExit = "try/except inside the prange loop";
                block(t.body(), new HashSet<>(defined), depth);
                block(t.handler(), new HashSet<>(defined), depth);
                return block(t.finalBody(), new HashSet<>(defined), depth);
            }
        }
    }

    private static Set<Var> ownVars(ReductionPatterns.Update u) {
        Set<Var> own = new HashSet<>(u.companions());
        own.add(u.var());
        return own;
    }

    private void read(Expr e, Set<Var> defined, Set<Var> own, SourcePos pos) {
        for (Var v : SameValue.locals(e)) {
            if (!tracked.contains(v) || own.contains(v)) continue;
            SourcePos at = Positions.of(e, pos);
            reads.putIfAbsent(v, at);
            if (!defined.contains(v)) exposed.putIfAbsent(v, at);
        }
    }
}
