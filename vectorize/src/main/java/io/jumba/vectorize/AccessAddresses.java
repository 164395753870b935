package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.codegen.LoopEmitter;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the accesses of a {@link LoopVerdict.Vectorizable} plan meet storage, as Java source: the runtime checks that
 * guard the vector code (unit stride where lanes are contiguous, every index in range over the whole iteration
 * space, no partial aliasing between a store and another access) and the storage index of each access.
 *
 * <p>Access number k at loop indices (j, k...) lies at {@code base_k + j * stride_k(j) + k * stride_k(k) ...}: the
 * base folds the offset, the invariant parts and the constants of all axes; a variable's stride sums the strides of
 * the axes it indexes. Loop variable ranges are {@code [lo, hi)} Java long expressions: the vectorized loop's, per
 * inner loop its bounds evaluated once (they are invariant), and with register tiling the rows' loop's.
 */
final class AccessAddresses {
    private final LoopVerdict.Vectorizable plan;
    private final LoopEmitter.Host host;
    private final JavaLines out;
    /** Per array and role, how many names it has had ({@link #named}). */
    private final Map<String, Integer> names = new HashMap<>();
    private final String start, stop;
    private final Map<Stmt.ForRange, String[]> innerRanges;
    private final String[] tileRange;
    private final List<String> bases = new ArrayList<>();
    /** Per access: loop variable → Java int expression of its stride (a local, or "1"). */
    private final List<Map<Var, String>> strides = new ArrayList<>();
    private final Map<Record, Integer> sites = new IdentityHashMap<>();

    /**
     * @param start       Java long of the vectorized loop's first index
     * @param stop        Java long of its exclusive bound
     * @param innerRanges per inner loop, the Java longs {lo, hi} of its range
     * @param tileRange   with register tiling, the Java longs {lo, hi} of the rows' range, else null
     */
    AccessAddresses(LoopVerdict.Vectorizable plan, LoopEmitter.Host host, JavaLines out, String start, String stop,
                    Map<Stmt.ForRange, String[]> innerRanges, String[] tileRange) {
        this.plan = plan;
        this.host = host;
        this.out = out;
        this.start = start;
        this.stop = stop;
        this.innerRanges = innerRanges;
        this.tileRange = tileRange;
        for (int k = 0; k < plan.accesses().size(); k++) sites.put(plan.accesses().get(k).site(), k);
    }

    private void line(String text) { out.line(text); }

    /** A name of array v's in role: {@code a_base}, then {@code a_base2}, ... */
    private String named(Var v, String role) {
        int n = names.merge(v.name() + " " + role, 1, Integer::sum);
        return host.local(v, n == 1 ? role : role + n);
    }

    /** The number of the access whose IR node is site. */
    int of(Record site) { return sites.get(site); }

    Access access(int k) { return plan.accesses().get(k); }

    /** The Java NDArray of array variable v, for the runtime's checks that take a whole array. */
    private String array(Var v) { return host.expr(new Expr.Local(v)); }

    static DType dtypeOf(Var array) { return ((Type.Array) array.type()).dtype(); }

    /** Declares the checks' flag ok, then and-s every range check into it. */
    void rangeChecks(String ok) {
        line("boolean " + ok + " = true;");
        if (host.segments()) {
            // Vector code computes int positions, as over Java arrays: a segment of more than 2^31 elements runs scalar.
            Set<Var> arrays = new LinkedHashSet<>();
            for (Access a : plan.accesses()) arrays.add(a.array());
            for (Var v : arrays) {
                if (dtypeOf(v) != DType.BOOL) line(ok + " = " + ok + " && SegmentPositions.fitInt(" + array(v) + ");");
            }
        }
        Set<Var> contiguous = new LinkedHashSet<>();
        for (Access a : plan.accesses()) {
            // a gather through an index array reads x[base + map[q]], so x too must be unit-stride
            if (a.lanes() == Access.Lanes.CONTIGUOUS || a.lanes() == Access.Lanes.INDEXED) contiguous.add(a.array());
        }
        for (Var v : contiguous) {
            Type.Array t = (Type.Array) v.type();
            String last = host.hoisted(v, "s" + (t.ndim() - 1));
            if (!last.equals("1")) line(ok + " = " + ok + " && " + last + " == 1;");
        }
        for (Access a : plan.accesses()) {
            List<String> conds = new ArrayList<>();
            for (int axis = 0; axis < a.axes().size(); axis++) {
                AffineIndex x = a.axes().get(axis);
                StringBuilder lo = new StringBuilder(part(x)), hi = new StringBuilder(part(x));
                for (Var v : x.vars()) {
                    lo.append(" + ").append(range(a, v)[0]);
                    hi.append(" + (").append(range(a, v)[1]).append(" - 1L)");
                }
                conds.add(lo + " >= 0L && " + hi + " < " + host.hoisted(a.array(), "n" + axis));
            }
            if (a.broadcastIf() != null) conds.add("!(" + host.expr(a.broadcastIf()) + ")");
            if (conds.isEmpty()) continue;   // a 0-d array's one element: always in range
            line(ok + " = " + ok + " && (" + neverRuns(a) + String.join(" && ", conds) + ");");
        }
    }

    /** "hi <= lo || " for the vectorized loop and the inner loop around the access: either may run zero times. */
    private String neverRuns(Access a) {
        String never = stop + " <= " + start + " || ";
        if (a.inner() == null) return never;
        String[] r = innerRanges.get(a.inner());
        return never + r[1] + " <= " + r[0] + " || ";
    }

    /** The invariant part and constant of one axis index, as a Java long. */
    private String part(AffineIndex x) {
        return (x.invariant() == null ? "" : "(" + host.expr(x.invariant()) + ") + ") + "(" + x.constant() + "L)";
    }

    private String[] range(Access a, Var v) {
        if (v.equals(plan.loop().index())) return new String[] {start, stop};
        return plan.tile() != null && v.equals(plan.tile().index()) ? tileRange : innerRanges.get(a.inner());
    }

    /**
     * Declares the base of every access and the stride of each loop variable in it (assigned by
     * {@link #computeBases}, once the range checks passed).
     */
    void declareBases() {
        for (Access a : plan.accesses()) {
            String base = named(a.array(), "base");
            bases.add(base);
            line("int " + base + " = 0;");
            Map<Var, String> byVar = new LinkedHashMap<>();
            for (AffineIndex x : a.axes()) {
                for (Var v : x.vars()) {
                    if (byVar.containsKey(v)) continue;
                    String name = isUnit(a, v) ? "1" : named(a.array(), "stride");
                    if (!name.equals("1")) line("int " + name + " = 0;");
                    byVar.put(v, name);
                }
            }
            strides.add(byVar);
        }
    }

    /** Whether v indexes only a's last axis, once, and that axis is unit-stride by layout. */
    private static boolean isUnit(Access a, Var v) {
        int n = a.axes().size();
        int elsewhere = 0;
        for (int axis = 0; axis < n - 1; axis++) elsewhere += a.axes().get(axis).count(v);
        return elsewhere == 0 && a.last().count(v) == 1 && ((Type.Array) a.array().type()).layout() == Layout.C;
    }

    /** base = offset + sum over axes of (invariant + constant) * stride; and the strides of the loop variables. */
    void computeBases() {
        for (int k = 0; k < plan.accesses().size(); k++) {
            Access a = plan.accesses().get(k);
            StringBuilder b = new StringBuilder(intPart(a.array(), "off"));
            Map<Var, List<String>> parts = new LinkedHashMap<>();
            for (int axis = 0; axis < a.axes().size(); axis++) {
                AffineIndex x = a.axes().get(axis);
                String s = axisStride(a, axis), times = s.equals("1") ? "" : " * " + s;
                if (x.invariant() != null) b.append(" + (int) (").append(host.expr(x.invariant())).append(")").append(times);
                if (x.constant() != 0) b.append(" + (").append(x.constant()).append(")").append(times);
                for (Var v : x.vars()) parts.computeIfAbsent(v, q -> new ArrayList<>()).add(s);
            }
            line(bases.get(k) + " = " + b + ";");
            for (Map.Entry<Var, String> st : strides.get(k).entrySet()) {
                if (!st.getValue().equals("1")) line(st.getValue() + " = " + String.join(" + ", parts.get(st.getKey())) + ";");
            }
        }
    }

    private String axisStride(Access a, int axis) { return intPart(a.array(), "s" + axis); }

    /**
     * Array v's hoisted part as a Java int: the function's locals, not the NDArray's accessors, which C2 would call
     * again at every entry of the loop. Segment code hoists longs; they fit an int once SegmentPositions.fitInt passed.
     */
    String intPart(Var v, String part) {
        String h = host.hoisted(v, part);
        return host.segments() && !h.equals("1") ? "(int) " + h : h;
    }

    /**
     * A store and another access of one storage type ({@link #sameStorage}) may share storage only element for element (same base and strides,
     * outside inner loops) or not at all over the whole iteration space; anything else (e.g. overlapping views passed
     * as two arguments) runs scalar.
     */
    void aliasChecks(String ok) {
        List<Access> acc = plan.accesses();
        Map<Integer, String[]> spans = new LinkedHashMap<>();
        for (int x = 0; x < acc.size(); x++) {
            for (int y = 0; y < acc.size(); y++) {
                Access a = acc.get(x), b = acc.get(y);
                if (!a.store() || x == y || !sameStorage(a, b) || (b.store() && y < x)) continue;
                if (b.lanes() == Access.Lanes.INDEXED) {
                    // it may read any element: a store must not share its storage at all
                    line(ok + " = " + ok + " && (" + apart(a, b) + " || " + neverRuns(b) + "false);");
                    continue;
                }
                if (dtypeOf(a.array()).isComplex() != dtypeOf(b.array()).isComplex()) {
                    // positions count elements of different sizes (a float view of complex storage, e.g. z.real):
                    // such arrays must not share storage at all
                    line(ok + " = " + ok + " && (" + apart(a, b) + " || " + neverRuns(b) + "false);");
                    continue;
                }
                if (a.sameElementAs(b)) continue;
                String[] sa = spans.computeIfAbsent(x, this::span), sb = spans.computeIfAbsent(y, this::span);
                StringBuilder cond = new StringBuilder(apart(a, b) + " || ");
                // Distinct segments over the same memory have positions that do not compare: only one storage does.
                if (host.segments()) cond.append(array(a.array()) + ".data() == " + array(b.array()) + ".data() && (");
                cond.append(neverRuns(b));
                if (a.inner() == null && b.inner() == null) {
                    cond.append(bases.get(x)).append(" == ").append(bases.get(y));
                    List<Var> vars = new ArrayList<>(List.of(plan.loop().index()));
                    if (plan.tile() != null) vars.add(plan.tile().index());
                    for (Var v : vars) cond.append(" && ").append(stride(x, v)).append(" == ").append(stride(y, v));
                    cond.append(" || ");
                }
                cond.append(sa[1]).append(" < ").append(sb[0]).append(" || ").append(sb[1]).append(" < ").append(sa[0]);
                if (host.segments()) cond.append(")");
                line(ok + " = " + ok + " && (" + cond + ");");
            }
        }
    }

    /**
     * For each load through an index array ({@link IndexedGather}), that every index it will use is valid for its
     * array (once the bases are computed).
     */
    void indexChecks(String ok) {
        for (int k = 0; k < plan.accesses().size(); k++) {
            Access a = plan.accesses().get(k);
            if (a.lanes() != Access.Lanes.INDEXED) continue;
            int m = of(indexLoad(k));
            line(ok + " = " + ok + " && GatherIndices.allWithin(" + array(access(m).array()) + ", "
                    + bases.get(m) + ", " + stride(m, plan.loop().index()) + ", " + start + ", " + stop + ", "
                    + host.hoisted(a.array(), "n0") + ");");
        }
    }

    /** The load of the index array of access k, which is {@link Access.Lanes#INDEXED}. */
    Expr.Load indexLoad(int k) { return IndexedGather.indexLoad(((Expr.Load) access(k).site()).indices()); }

    /** The Java condition that the storage of a's array and b's share no element. */
    private String apart(Access a, Access b) {
        return host.segments() ? "SegmentPositions.apart(" + array(a.array()) + ", " + array(b.array()) + ")"
                : host.hoisted(a.array(), "data") + " != " + host.hoisted(b.array(), "data");
    }

    /** Whether two accesses' arrays may share a Java array (int8 and uint8 both live in byte[]). */
    private static boolean sameStorage(Access a, Access b) {
        return dtypeOf(a.array()).javaType().equals(dtypeOf(b.array()).javaType());
    }

    /** Declares the lowest and highest storage index access k touches; returns their names. */
    private String[] span(int k) {
        Access a = plan.accesses().get(k);
        String lo = host.fresh("lo"), hi = host.fresh("hi");
        StringBuilder l = new StringBuilder("(long) " + bases.get(k)), h = new StringBuilder("(long) " + bases.get(k));
        strides.get(k).forEach((v, s) -> {
            String[] r = range(a, v);
            String first = "(long) " + s + " * " + r[0], last = "(long) " + s + " * (" + r[1] + " - 1L)";
            l.append(" + Math.min(").append(first).append(", ").append(last).append(")");
            h.append(" + Math.max(").append(first).append(", ").append(last).append(")");
        });
        line("long " + lo + " = " + l + ";");
        line("long " + hi + " = " + h + ";");
        return new String[] {lo, hi};
    }

    /** Java int of access k's stride along loop variable v ("0" when v does not index it). */
    String stride(int k, Var v) { return strides.get(k).getOrDefault(v, "0"); }

    /**
     * The byte offset in its segment of access k's lane 0 (elements of itemSize bytes), as a Java long: the terms of
     * {@link #address} widened and scaled one by one, {@code (long) base * 8L + (long) i * 8L + k * stride * 8L}.
     * C2 takes a segment's bounds check out of the loop only when the offset is affine in the loop counter; the int
     * position widened as a whole, {@code (long) (base + i) * 8L}, is not (the int sum might overflow), and leaves
     * a bounds check at every access: stores over native memory ran 1.2-1.5x slower than over Java arrays with it.
     * The range checks before the vector code ensure every position fits an int, so long arithmetic gives the same
     * value.
     *
     * @param index    Java long expression of the vectorized index of lane 0
     * @param counters per inner loop index, the Java long counter of the running inner loop (a name or a
     *                 parenthesized expression)
     */
    String byteOffset(int k, String index, Map<Var, String> counters, int itemSize) {
        String size = " * " + itemSize + "L";
        List<String> terms = new ArrayList<>(List.of("(long) " + bases.get(k) + size));
        strides.get(k).forEach((v, s) -> {
            String value = v.equals(plan.loop().index()) ? index : counters.get(v);
            terms.add(value + (s.equals("1") ? "" : " * " + s) + size);
        });
        return String.join(" + ", terms);
    }

    /**
     * The storage index of access k for lane 0, given the Java int of the vectorized index and, per inner loop
     * index, the Java long counter of the running inner loop.
     */
    String address(int k, String index, Map<Var, String> counters) {
        StringBuilder sb = new StringBuilder(bases.get(k));
        strides.get(k).forEach((v, s) -> {
            String value = v.equals(plan.loop().index()) ? "(" + index + ")" : "(int) " + counters.get(v);
            sb.append(" + ").append(value).append(s.equals("1") ? "" : " * " + s);
        });
        return sb.toString();
    }
}
