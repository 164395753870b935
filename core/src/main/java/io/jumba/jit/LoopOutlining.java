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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The splitting step of {@link MethodSizeFit}, the same for the scalar and the SIMD pipeline: it chooses which
 * top-level loop nests of a function go into methods of their own and what flows in and out of each, and records
 * that on the planned program ({@link OutlinedNest}) before any Java is written; the code generator only prints it.
 * A nest holding a {@code return} stays where it is (returning from the outlined method would not return from the
 * function), and so does one whose parameters would exceed the JVM's 255 argument slots.
 */
public final class LoopOutlining {
    /** The JVM's limit on a method's argument slots (long and double take two). */
    private static final int MAX_ARGUMENT_SLOTS = 255;

    private LoopOutlining() {}

    /** planned with the top-level loop nests of the functions named in {@code functions} outlined. */
    public static PlannedProgram apply(PlannedProgram planned, Set<String> functions) {
        Map<String, List<OutlinedNest>> outlined = new LinkedHashMap<>();
        for (String name : functions) outlined.put(name, nests(planned.program().function(name)));
        return planned.withOutlined(outlined);
    }

    /** The outlinable top-level nests of f, in body order, with their methods' parameters and results. */
    static List<OutlinedNest> nests(Function f) {
        Map<String, Var> variables = new LinkedHashMap<>();
        for (Var p : f.params()) variables.put(p.name(), p);
        for (Var v : Stmts.assigned(f.body())) variables.putIfAbsent(v.name(), v);
        List<Stmt> body = f.body();
        List<OutlinedNest> nests = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            Stmt nest = body.get(k);
            if (!outlinable(nest)) continue;
            // Only a later read before any assignment sees what the nest assigned; earlier statements' reads count
            // too (harmless: a superset).
            Set<String> readElsewhere = new HashSet<>();
            for (int j = 0; j < body.size(); j++) if (j != k) exposedReads(body.get(j), readElsewhere);
            Set<String> mentioned = names(Stmts.mentioned(List.of(nest)));
            Set<String> assigned = names(Stmts.assigned(List.of(nest)));
            List<Var> ins = new ArrayList<>(), outs = new ArrayList<>();
            int slots = 0;
            for (Var v : variables.values()) {
                if (!mentioned.contains(v.name())) continue;
                ins.add(v);
                slots += wide(v.type()) ? 2 : 1;
                if (assigned.contains(v.name()) && readElsewhere.contains(v.name())) outs.add(v);
            }
            if (slots <= MAX_ARGUMENT_SLOTS) nests.add(new OutlinedNest(k, ins, outs));
        }
        return nests;
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
