package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.codegen.LoopEmitter;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits Java source (Janino dialect: no generics, lambdas or var; raw {@code VectorSpecies}) for a
 * {@link LoopPlan.Vectorizable} loop:
 * <pre>
 *   evaluate start/stop once; if every access is in range, unit-stride and free of partial aliasing:
 *     main loop: U vector steps of SPECIES.length() lanes per iteration (U = plan's unroll)
 *     remainder: single vector steps, then one masked step (up to the last iteration when temporaries need it)
 *     reductions: U accumulators combined as ((acc0 op acc1) op acc2) op acc3, then across lanes, then into s
 *   scalar loop (the host generator's) from where the vector part stopped to stop
 * </pre>
 * A final masked vector step covers the rest of the range, except that when the body assigns temporaries the last
 * iteration is left to the scalar loop, so they end with exactly the values sequential execution gives; without
 * temporaries the index variable is set to its last value directly. When a check fails the scalar loop runs
 * the whole range, so IndexError and aliasing semantics stay exact.
 *
 * <p>Float sums/products: lane k of accumulator u sums elements {@code i ≡ u*L + k (mod U*L)}, so each of the U*L
 * partial sums covers n/(U*L) terms — a two-level (pairwise-like) split whose error bound is no worse than the
 * sequential sum's. Partials are then added sequentially lane by lane (not {@code reduceLanes}, whose order is
 * unspecified), so results are deterministic for a given species. {@link VectorOptions#strict()} keeps such loops
 * scalar. Species are {@code static final} fields of the generated class so HotSpot constant-folds them.
 */
public final class SimdLoopEmitter {
    private final LoopPlan.Vectorizable plan;
    private final KernelOptions kernelOptions;
    private final VectorOptions options;
    private final LoopEmitter.Host host;
    private final Stmt.ForRange loop;
    private final Map<DType, String> species = new EnumMap<>(DType.class);
    private final Map<Var, String> arrays = new LinkedHashMap<>();
    private final Map<Var, String> data = new HashMap<>();
    private final List<String> bases = new ArrayList<>();
    private final Map<Var, String> accumulatorNames = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private Map<Var, VectorValue> temps = new HashMap<>();
    /** Accesses are numbered in the analysis' order, which is evaluation order; this is the next one's number. */
    private int accessCursor;
    private int step;
    /** The lanes of the masked tail step while it is emitted, else null. */
    private VectorValue tailMask;
    /**
     * The lanes in which the code being emitted computes what the scalar loop computes (if-mask, tail mask, the
     * taken side of a conditional expression), or null for all; zero divisors count only there.
     */
    private VectorValue activeLanes;
    /** The label of the block around the vector loops, which a zero divisor breaks; null without such checks. */
    private String vectorBlock;
    private String index;

    private SimdLoopEmitter(LoopPlan.Vectorizable plan, KernelOptions kernelOptions, VectorOptions options,
                            LoopEmitter.Host host) {
        this.plan = plan;
        this.kernelOptions = kernelOptions;
        this.options = options;
        this.host = host;
        this.loop = plan.loop();
    }

    /** Java statements with the effect of plan's loop. */
    public static String emit(LoopPlan.Vectorizable plan, KernelOptions kernelOptions, VectorOptions options,
                              LoopEmitter.Host host) {
        return new SimdLoopEmitter(plan, kernelOptions, options, host).emit();
    }

    private String emit() {
        int widest = plan.elementBytes();
        for (DType d : plan.elementTypes()) {
            // One lane count for all: the widest type gets the chosen species, narrower ones proportionally fewer bits.
            String suffix = d.itemSize() == widest ? options.width().speciesSuffix()
                    : Integer.toString(options.width().bits() * d.itemSize() / widest);
            String f = host.fresh("SPECIES_" + d.numpyName().toUpperCase());
            host.member("static final jdk.incubator.vector.VectorSpecies " + f + " = "
                    + VectorTypes.vectorClass(d) + ".SPECIES_" + suffix + ";");
            species.put(d, f);
        }
        Var next = new Var("$" + host.fresh("simd_next"), Type.INT64);
        Var stop = new Var("$" + host.fresh("simd_stop"), Type.INT64);
        String s = host.local(next), e = host.local(stop);
        line("{");
        line("long " + s + " = " + host.expr(loop.start()) + ";");
        line("long " + e + " = " + host.expr(loop.stop()) + ";");
        line("if (" + e + " - " + s + " > " + lanes() + ") {");
        String ok = host.fresh("ok");
        declareArrays();
        line("boolean " + ok + " = true;");
        // Divisors first, in the order the analysis met them, so that no check divides by a zero an earlier one caught.
        for (Expr d : plan.divisionGuards().beforeLoop()) line(ok + " = " + ok + " && (" + host.expr(d) + ") != 0;");
        rangeChecks(ok, s, e);
        for (int k = 0; k < plan.accesses().size(); k++) {
            bases.add(host.fresh("base"));
            line("int " + bases.get(k) + " = 0;");
        }
        line("if (" + ok + ") {");
        computeBases();
        aliasChecks(ok, s, e);
        line("}");
        line("if (" + ok + ") {");
        for (Var a : arrays.keySet()) {
            String d = host.fresh("data");
            data.put(a, d);
            line(dtypeOf(a).javaType() + "[] " + d + " = (" + dtypeOf(a).javaType() + "[]) " + arrays.get(a) + ".data();");
        }
        vectorLoops(s, e);
        line("}");
        line("}");
        Stmt.ForRange tail = new Stmt.ForRange(loop.index(), new Expr.Local(next), new Expr.Local(stop), loop.step(),
                loop.body(), loop.parallel(), loop.pos());
        out.append(host.scalarLoop(tail)).append('\n');
        line("}");
        return out.toString();
    }

    private void line(String text) { out.append(text).append('\n'); }

    private String lanes() { return species.get(anyLaneType()) + ".length()"; }

    private static DType dtypeOf(Var array) { return ((Type.Array) array.type()).dtype(); }

    private void declareArrays() {
        for (Access a : plan.accesses()) {
            if (arrays.containsKey(a.array())) continue;
            String name = host.fresh("arr");
            arrays.put(a.array(), name);
            line("io.jumba.array.NDArray " + name + " = " + host.expr(new Expr.Local(a.array())) + ";");
        }
    }

    /**
     * Unit stride on the last axis, no broadcast along it, invariant indices in [0, shape), and start+c..stop-1+c
     * inside the last axis.
     */
    private void rangeChecks(String ok, String s, String e) {
        for (Map.Entry<Var, String> a : arrays.entrySet()) {
            Type.Array t = (Type.Array) a.getKey().type();
            if (t.layout() != Layout.C) line(ok + " = " + ok + " && " + a.getValue() + ".stride(" + (t.ndim() - 1) + ") == 1;");
        }
        for (Access a : plan.accesses()) {
            String arr = arrays.get(a.array());
            for (int k = 0; k < a.outer().size(); k++) {
                String j = "(" + host.expr(a.outer().get(k)) + ")";
                line(ok + " = " + ok + " && " + j + " >= 0L && " + j + " < " + arr + ".shape(" + k + ");");
            }
            if (a.broadcastIf() != null) line(ok + " = " + ok + " && !(" + host.expr(a.broadcastIf()) + ");");
            int last = a.outer().size();
            line(ok + " = " + ok + " && " + s + " + (" + a.offset() + "L) >= 0L && " + e + " - 1L + (" + a.offset()
                    + "L) < " + arr + ".shape(" + last + ");");
        }
    }

    /** base = offset + sum(j_k * stride_k) + c: the storage index of the access at loop index 0. */
    private void computeBases() {
        for (int k = 0; k < plan.accesses().size(); k++) {
            Access a = plan.accesses().get(k);
            String arr = arrays.get(a.array());
            StringBuilder b = new StringBuilder(arr + ".offset()");
            for (int axis = 0; axis < a.outer().size(); axis++) {
                b.append(" + (int) (").append(host.expr(a.outer().get(axis))).append(") * ").append(arr)
                        .append(".stride(").append(axis).append(")");
            }
            b.append(" + (").append(a.offset()).append(")");
            line(bases.get(k) + " = " + b + ";");
        }
    }

    /**
     * A store and another access of one dtype may share storage only element for element (same base) or not at
     * all over the n iterations; anything else (e.g. overlapping views passed as two arguments) runs scalar.
     */
    private void aliasChecks(String ok, String s, String e) {
        List<Access> acc = plan.accesses();
        for (int x = 0; x < acc.size(); x++) {
            for (int y = 0; y < acc.size(); y++) {
                Access a = acc.get(x), b = acc.get(y);
                if (!a.store() || x == y || dtypeOf(a.array()) != dtypeOf(b.array()) || (b.store() && y < x)) continue;
                if (a.sameElementAs(b)) continue;
                String ba = bases.get(x), bb = bases.get(y);
                String n = "(" + e + " - " + s + ")";
                line(ok + " = " + ok + " && (" + arrays.get(a.array()) + ".data() != " + arrays.get(b.array())
                        + ".data() || " + ba + " == " + bb + " || " + ba + " + " + n + " <= " + bb + " || " + bb
                        + " + " + n + " <= " + ba + ");");
            }
        }
    }

    private void vectorLoops(String s, String e) {
        int unroll = plan.unroll(options);
        boolean toTheEnd = !plan.scalarLastIteration();
        index = host.fresh("i");
        // The vector steps may cover the index range up to "limit" (exclusive bound plus one lane step).
        String limit = host.fresh("limit");
        line("int " + index + " = (int) " + s + ";");
        line("int " + limit + " = (int) (" + e + (toTheEnd ? "" : " - 1L") + ");");
        for (Reduction r : plan.reductions()) {
            DType d = laneType(r.var());
            String name = host.fresh("acc");
            accumulatorNames.put(r.var(), name);
            for (int u = 0; u < unroll; u++) {
                line(VectorTypes.vectorClass(d) + " " + name + "_" + u + " = " + VectorTypes.vectorClass(d)
                        + ".broadcast(" + species.get(d) + ", " + r.op().identity(d) + ");");
            }
        }
        if (!plan.divisionGuards().perStep().isEmpty()) {
            vectorBlock = host.fresh("vector");
            line(vectorBlock + ": {");
        }
        line("for (; " + index + " <= " + limit + " - " + unroll + " * " + lanes() + "; " + index + " += "
                + unroll + " * " + lanes() + ") {");
        for (int u = 0; u < unroll; u++) body(u);
        line("}");
        if (unroll > 1) {
            line("for (; " + index + " <= " + limit + " - " + lanes() + "; " + index + " += " + lanes() + ") {");
            body(0);
            line("}");
        }
        maskedTail(limit);
        if (vectorBlock != null) line("}");
        for (Reduction r : plan.reductions()) combine(r, unroll);
        // At least one vector step ran (the range is longer than one step), so index - 1 is the last one done.
        if (toTheEnd) line(host.local(loop.index()) + " = (" + laneType(loop.index()).javaType() + ") (" + index + " - 1);");
        line(s + " = " + index + ";");
    }


    /**
     * Folds the unroll accumulators in the fixed order ((acc0 op acc1) op acc2) op acc3, then the lanes (float
     * sums/products lane 0 first, sequentially), then combines the result into the scalar variable.
     */
    private void combine(Reduction r, int unroll) {
        DType d = laneType(r.var());
        String cls = VectorTypes.vectorClass(d);
        String acc = accumulatorNames.get(r.var());
        String op = VectorTypes.OPS + r.op().vectorOperator();
        String folded = host.fresh("folded"), part = host.fresh("part"), s = host.local(r.var());
        line(cls + " " + folded + " = " + acc + "_0;");
        for (int u = 1; u < unroll; u++) line(folded + " = " + update(r.op(), cls, folded, acc + "_" + u, "") + ";");
        String t = d.javaType();
        if (r.op().reassociationChangesResult(d)) {
            // lane(q) rather than toArray(): no array, and HotSpot unrolls this loop over the constant lane count.
            String q = host.fresh("q");
            line(t + " " + part + " = " + folded + ".lane(0);");
            line("for (int " + q + " = 1; " + q + " < " + species.get(d) + ".length(); " + q + "++) " + part + " = "
                    + r.op().combine(d, part, folded + ".lane(" + q + ")") + ";");
        } else {
            line(t + " " + part + " = " + folded + ".reduceLanes(" + op + ");");
        }
        line(s + " = " + r.op().combine(d, s, part) + ";");
    }

    /**
     * Java source of accumulator acc updated with vector v (in the lanes of mask m, or all when m is empty):
     * lanewise op, or for Python's min/max a blend where v compares strictly better.
     */
    private static String update(ReductionOp op, String cls, String acc, String v, String m) {
        String operator = VectorTypes.OPS + op.vectorOperator();
        if (op.selects()) {
            String wins = v + ".compare(" + operator + ", " + acc + ")" + (m.isEmpty() ? "" : ".and(" + m + ")");
            return "(" + cls + ") " + acc + ".blend(" + v + ", " + wins + ")";
        }
        return "(" + cls + ") " + acc + ".lanewise(" + operator + ", " + v + (m.isEmpty() ? "" : ", " + m) + ")";
    }

    private static DType laneType(Var v) { return ((Type.Scalar) v.type()).dtype(); }

    /** One vector step (unroll copy u) of the body, in its own block so its temporaries stay local. */
    private void body(int u) {
        step = u;
        temps = new HashMap<>();
        accessCursor = 0;
        line("{");
        statements(loop.body(), tailMask);
        line("}");
    }

    /**
     * The last partial vector step under the mask of the lanes before limit, so no scalar iterations remain: loads,
     * stores and accumulator updates all take the mask, and the lanes outside it compute on zeros, unobserved.
     */
    private void maskedTail(String limit) {
        String m = host.fresh("tail");
        DType d = anyLaneType();
        line("if (" + index + " < " + limit + ") {");
        line(VectorTypes.MASK + " " + m + " = " + species.get(d) + ".indexInRange(" + index + ", " + limit + ");");
        tailMask = new VectorValue(m, d, VectorValue.Kind.MASK);
        body(0);
        tailMask = null;
        line(index + " = " + limit + ";");
        line("}");
    }

    /** The storage index of access number k at the current step. */
    private String address(int k) { return bases.get(k) + " + " + currentIndex(); }

    private void statements(List<Stmt> body, VectorValue mask) {
        for (Stmt st : body) {
            activeLanes = mask;
            switch (st) {
                case Stmt.Assign a when accumulatorNames.containsKey(a.target()) -> {
                    Reduction r = plan.reductions().stream().filter(x -> x.var().equals(a.target())).findFirst().orElseThrow();
                    DType d = laneType(r.var());
                    String acc = accumulatorNames.get(r.var()) + "_" + step;
                    String v = vector(value(LoopAnalysis.otherOperand(r.var(), a.value())), d);
                    String m = mask == null ? "" : mask(mask, d);
                    line(acc + " = " + update(r.op(), VectorTypes.vectorClass(d), acc, v, m) + ";");
                }
                case Stmt.Assign a -> {
                    VectorValue v = value(a.value());
                    DType d = laneType(a.target());
                    String name = host.fresh("t");
                    if (d == DType.BOOL) {
                        line(VectorTypes.MASK + " " + name + " = " + mask(v, v.dtype()) + ";");
                        temps.put(a.target(), new VectorValue(name, v.kind() == VectorValue.Kind.MASK ? v.dtype() : anyLaneType(), VectorValue.Kind.MASK));
                    } else {
                        line(VectorTypes.vectorClass(d) + " " + name + " = " + vector(v, d) + ";");
                        temps.put(a.target(), new VectorValue(name, d, VectorValue.Kind.VECTOR));
                    }
                }
                case Stmt.Store s -> {
                    VectorValue v = value(s.value());
                    DType d = dtypeOf(((Expr.Local) s.array()).var());
                    int k = accessCursor++;
                    String m = mask == null ? "" : ", " + mask(mask, d);
                    line(vector(v, d) + ".intoArray(" + data.get(((Expr.Local) s.array()).var()) + ", " + address(k) + m + ");");
                }
                case Stmt.If i -> {
                    VectorValue c = value(i.cond());
                    DType d = c.kind() == VectorValue.Kind.MASK ? c.dtype() : anyLaneType();
                    String cond = host.fresh("c"), then = host.fresh("m");
                    String outer = mask == null ? "" : ".and(" + mask(mask, d) + ")";
                    line(VectorTypes.MASK + " " + cond + " = " + mask(c, d) + ";");
                    line(VectorTypes.MASK + " " + then + " = " + cond + outer + ";");
                    statements(i.then(), new VectorValue(then, d, VectorValue.Kind.MASK));
                    if (!i.otherwise().isEmpty()) {
                        String otherwise = host.fresh("m");
                        line(VectorTypes.MASK + " " + otherwise + " = " + cond + ".not()" + outer + ";");
                        statements(i.otherwise(), new VectorValue(otherwise, d, VectorValue.Kind.MASK));
                    }
                }
                default -> throw new IllegalStateException("LoopAnalysis admitted " + st);
            }
        }
    }

    private DType anyLaneType() { return plan.elementTypes().iterator().next(); }

    DType anyLaneTypeOf() { return anyLaneType(); }

    /** Java source of value v as a vector of dtype d. */
    private String vector(VectorValue v, DType d) {
        return switch (v.kind()) {
            case VECTOR -> v.code();
            case SCALAR -> VectorTypes.vectorClass(d) + ".broadcast(" + species.get(d) + ", (" + d.javaType() + ") (" + v.code() + "))";
            case MASK -> throw new IllegalStateException("mask used as a number");
        };
    }

    /** Java source of bool value v as a mask of the species of dtype d. */
    private String mask(VectorValue v, DType d) {
        return switch (v.kind()) {
            case MASK -> v.dtype() == d ? v.code() : "((" + VectorTypes.MASK + ") " + v.code() + ".cast(" + species.get(d) + "))";
            case SCALAR -> "((" + VectorTypes.MASK + ") " + species.get(d) + ".maskAll(" + v.code() + "))";
            case VECTOR -> throw new IllegalStateException("number used as a mask");
        };
    }

    private boolean varying(Expr e) {
        return switch (e) {
            case Expr.Load l -> true;
            case Expr.Local l -> l.var().equals(loop.index()) || temps.containsKey(l.var());
            case Expr.Binary b -> varying(b.left()) || varying(b.right());
            case Expr.Unary u -> varying(u.operand());
            case Expr.Compare c -> varying(c.left()) || varying(c.right());
            case Expr.Logical l -> varying(l.left()) || varying(l.right());
            case Expr.Select s -> varying(s.cond()) || varying(s.ifTrue()) || varying(s.ifFalse());
            case Expr.Cast c -> varying(c.operand());
            case Expr.Intrinsic in -> in.args().stream().anyMatch(this::varying);
            default -> false;
        };
    }

    private VectorValue value(Expr e) {
        if (!varying(e)) {
            DType d = e.type() instanceof Type.Scalar s ? s.dtype() : DType.BOOL;
            return new VectorValue(host.expr(e), d, VectorValue.Kind.SCALAR);
        }
        return VectorExprs.of(e, this);
    }

    // ---- accessors for VectorExprs ----

    VectorValue valueOf(Expr e) { return value(e); }

    boolean isVarying(Expr e) { return varying(e); }

    String vectorOf(VectorValue v, DType d) { return vector(v, d); }

    String maskOf(VectorValue v, DType d) { return mask(v, d); }

    VectorValue temp(Var v) { return temps.get(v); }

    boolean isIndex(Var v) { return v.equals(loop.index()); }

    /** Java int expression of the loop index of lane 0 at the current unroll step. */
    String currentIndex() { return index + (step == 0 ? "" : " + " + step + " * " + lanes()); }

    String speciesOf(DType d) { return species.get(d); }

    boolean fastmath() { return kernelOptions.fastmath(); }

    /** Whether a division by divisor needs {@link #checkedDivisor} (see {@link DivisionGuards}). */
    boolean checksDivisor(Expr divisor) { return plan.divisionGuards().checkedPerStep(divisor); }

    /**
     * Declares the divisor (Java source of a vector of dtype d) as a local and checks it in the active lanes: on a
     * zero, the vector part stops with the index at this step's first iteration, where the scalar loop takes over
     * and raises ZeroDivisionError. Returns the local's name.
     */
    String checkedDivisor(String divisor, DType d) {
        String name = host.fresh("divisor");
        line(VectorTypes.vectorClass(d) + " " + name + " = " + divisor + ";");
        String zero = "((" + VectorTypes.MASK + ") " + name + ".compare(" + VectorTypes.OPS + "EQ, (" + d.javaType() + ") 0))";
        String lanes = activeLanes == null ? zero : zero + ".and(" + mask(activeLanes, d) + ")";
        line("if (" + lanes + ".anyTrue()) {");
        if (step != 0) line(index + " = " + currentIndex() + ";");
        line("break " + vectorBlock + ";");
        line("}");
        return name;
    }

    /**
     * The value of e, which the scalar code evaluates only where cond is (or, with holds false, is not) true: the
     * sides of {@code x if c else y}, the right operand of {@code and}/{@code or}. Vector code evaluates it in every
     * lane; a division in it checks for zeros only in the lanes where the scalar code evaluates it.
     */
    VectorValue valueWhere(VectorValue cond, boolean holds, Expr e) {
        VectorValue outer = activeLanes;
        DType d = cond.kind() == VectorValue.Kind.MASK ? cond.dtype() : anyLaneType();
        String lanes = mask(cond, d) + (holds ? "" : ".not()") + (outer == null ? "" : ".and(" + mask(outer, d) + ")");
        activeLanes = new VectorValue("((" + VectorTypes.MASK + ") " + lanes + ")", d, VectorValue.Kind.MASK);
        VectorValue v = value(e);
        activeLanes = outer;
        return v;
    }

    /** The vector load of the next access. */
    String load(Expr.Load l) {
        Var a = ((Expr.Local) l.array()).var();
        DType d = dtypeOf(a);
        int k = accessCursor++;
        String m = tailMask == null ? "" : ", " + mask(tailMask, d);
        return VectorTypes.vectorClass(d) + ".fromArray(" + species.get(d) + ", " + data.get(a) + ", " + address(k) + m + ")";
    }
}
