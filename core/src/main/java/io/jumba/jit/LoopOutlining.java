package io.jumba.jit;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.plan.OutlinedNest;
import io.jumba.plan.PlannedProgram;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The splitting step of {@link MethodSizeFit}, the same for the scalar and the SIMD pipeline: it chooses which
 * top-level statements of a function go into methods of their own and what flows in and out of each, and records
 * that on the planned program ({@link OutlinedNest}) before any Java is written; the code generator only prints it.
 * First the loop nests, one method each; where that is not enough, the straight-line runs between them too, each up
 * to {@link #RUN_BYTES} of estimated bytecode ({@link Splitting#runs}). A statement holding a {@code return} stays
 * where it is (returning from the outlined method would not return from the function), and so does a part whose
 * parameters would exceed the JVM's 255 argument slots; runs also leave out {@code raise} and {@code while}
 * statements, which may not complete, so every run's method reaches its end.
 */
public final class LoopOutlining {
    /** The JVM's limit on a method's argument slots (long and double take two). */
    private static final int MAX_ARGUMENT_SLOTS = 255;
    /** The most estimated bytecode a straight-line run takes: under HotSpot's JIT limit, so each run is compiled. */
    static final int RUN_BYTES = 6_000;

    private LoopOutlining() {}

    /** planned with the top-level loop nests of the functions named in {@code functions} outlined. */
    public static PlannedProgram apply(PlannedProgram planned, Set<String> functions) {
        return apply(planned, new Splitting(functions, Map.of()));
    }

    /** planned split as splitting says (in place of any outlining it had). */
    static PlannedProgram apply(PlannedProgram planned, Splitting splitting) {
        Map<String, List<OutlinedNest>> outlined = new LinkedHashMap<>();
        for (String name : splitting.nests()) {
            Function f = planned.program().function(name);
            List<OutlinedNest> parts = new ArrayList<>(nests(f));
            List<Integer> bytes = splitting.runs().get(name);
            if (bytes != null) parts.addAll(runs(f, bytes, parts));
            parts.sort(Comparator.comparingInt(OutlinedNest::statement));
            outlined.put(name, parts);
        }
        return planned.withOutlined(outlined);
    }

    /** The outlinable top-level nests of f, in body order, with their methods' parameters and results. */
    static List<OutlinedNest> nests(Function f) {
        Body body = new Body(f);
        List<OutlinedNest> nests = new ArrayList<>();
        for (int k = 0; k < f.body().size(); k++) {
            if (!outlinable(f.body().get(k))) continue;
            OutlinedNest nest = body.part(k, k + 1);
            if (nest != null) nests.add(nest);
        }
        return nests;
    }

    /**
     * The straight-line runs of f outside the given nests, each of consecutive statements that can leave the
     * function's method ({@link #straight}), at most {@link #RUN_BYTES} by bytes (each statement's estimate) unless a
     * single statement is bigger, and within the argument slots.
     */
    static List<OutlinedNest> runs(Function f, List<Integer> bytes, List<OutlinedNest> nests) {
        Set<Integer> inNests = new HashSet<>();
        for (OutlinedNest n : nests) for (int k = n.statement(); k < n.statement() + n.count(); k++) inNests.add(k);
        Body body = new Body(f);
        List<OutlinedNest> runs = new ArrayList<>();
        int from = -1, size = 0;
        Set<Var> mentioned = new HashSet<>();
        for (int k = 0; k <= f.body().size(); k++) {
            boolean fits = k < f.body().size() && !inNests.contains(k) && straight(f.body().get(k));
            if (fits && from >= 0) {
                Set<Var> more = new HashSet<>(mentioned);
                more.addAll(Stmts.mentioned(List.of(f.body().get(k))));
                fits = size + bytes.get(k) <= RUN_BYTES && slots(more) <= MAX_ARGUMENT_SLOTS;
                if (fits) {
                    mentioned = more;
                    size += bytes.get(k);
                    continue;
                }
            }
            if (from >= 0 && body.part(from, k) instanceof OutlinedNest run) runs.add(run);
            from = -1;
            if (k < f.body().size() && !inNests.contains(k) && straight(f.body().get(k))) {
                from = k;
                size = bytes.get(k);
                mentioned = new HashSet<>(Stmts.mentioned(List.of(f.body().get(k))));
            }
        }
        return runs;
    }

    /** Whether s may go into a straight-line run: not a loop at the top, and nothing in it that returns or may not end. */
    private static boolean straight(Stmt s) {
        return !(s instanceof Stmt.ForRange) && !(s instanceof Stmt.While) && Stmts.walk(List.of(s))
                .noneMatch(x -> x instanceof Stmt.Return || x instanceof Stmt.Raise || x instanceof Stmt.While);
    }

    /** A function's body with what outlining a part of it needs: its variables and what each statement reads. */
    private static final class Body {
        private final Function f;
        private final Map<String, Var> variables = new LinkedHashMap<>();
        /** Per statement, the variables it may read before assigning them ({@link #exposedReads}). */
        private final List<Set<String>> reads = new ArrayList<>();

        Body(Function f) {
            this.f = f;
            for (Var p : f.params()) variables.put(p.name(), p);
            for (Var v : Stmts.assigned(f.body())) variables.putIfAbsent(v.name(), v);
            for (Stmt s : f.body()) {
                Set<String> r = new HashSet<>();
                exposedReads(s, r);
                reads.add(r);
            }
        }

        /** Statements [from, to) as a part of their own, or null when its parameters exceed the argument slots. */
        OutlinedNest part(int from, int to) {
            List<Stmt> statements = f.body().subList(from, to);
            // Only a later read before any assignment sees what the part assigned: top-level statements run once,
            // in order.
            Set<String> readElsewhere = new HashSet<>();
            for (int j = to; j < reads.size(); j++) readElsewhere.addAll(reads.get(j));
            Set<String> mentioned = names(Stmts.mentioned(statements));
            Set<String> assigned = names(Stmts.assigned(statements));
            List<Var> ins = new ArrayList<>(), outs = new ArrayList<>();
            for (Var v : variables.values()) {
                if (!mentioned.contains(v.name())) continue;
                ins.add(v);
                if (assigned.contains(v.name()) && readElsewhere.contains(v.name())) outs.add(v);
            }
            return slots(ins) <= MAX_ARGUMENT_SLOTS ? new OutlinedNest(from, to - from, ins, outs) : null;
        }
    }

    private static int slots(Collection<Var> vars) {
        int slots = 0;
        for (Var v : vars) slots += wide(v.type()) ? 2 : 1;
        return slots;
    }

    /** Whether s is a loop nest ({@code for} or {@code while}) that can be moved into its own method. */
    public static boolean outlinable(Stmt s) {
        return (s instanceof Stmt.ForRange || s instanceof Stmt.While)
                && Stmts.walk(List.of(s)).noneMatch(x -> x instanceof Stmt.Return);
    }

    /** The positions of the function's top-level loop nests that stay in its method because they return. */
    public static List<SourcePos> returningNests(Function f) {
        List<SourcePos> kept = new ArrayList<>();
        for (Stmt s : f.body()) {
            if (s instanceof Stmt.ForRange r && !outlinable(s)) kept.add(r.pos());
            if (s instanceof Stmt.While w && !outlinable(s)) kept.add(w.pos());
        }
        return kept;
    }

    /**
     * Adds the variables s may read before assigning them (a superset: reads inside a loop body count, except of
     * the loop's own index, which each iteration sets before its body runs). A nest's assignment matters afterwards
     * only to such a read.
     */
    private static void exposedReads(Stmt s, Set<String> reads) {
        for (Expr e : Stmts.exprs(s)) reads.addAll(names(Exprs.reads(e)));
        if (s instanceof Stmt.ForRange f) {
            Set<String> body = new HashSet<>();
            for (Stmt b : f.body()) exposedReads(b, body);
            body.remove(f.index().name());
            reads.addAll(body);
        } else {
            for (List<Stmt> block : Stmts.bodies(s)) for (Stmt b : block) exposedReads(b, reads);
        }
    }

    private static Set<String> names(Set<Var> vars) {
        Set<String> names = new HashSet<>();
        for (Var v : vars) names.add(v.name());
        return names;
    }

    private static boolean wide(Type t) {
        return t instanceof Type.Scalar s && (s.dtype() == DType.INT64 || s.dtype() == DType.FLOAT64);
    }
}
