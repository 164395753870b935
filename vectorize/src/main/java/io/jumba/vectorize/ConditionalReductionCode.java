package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Vector code of one {@link ConditionalReduction} in a {@link SimdLoopEmitter} loop. Each unroll step u keeps, per
 * lane, the state the scalar update would reach on that lane's iterations: the value ({@code m}), where it came from
 * (the loop index, {@code Long.MIN_VALUE} for "still the start value") and k (unless k is that index), all blended
 * under the condition's
 * mask. After the loops the states merge into the scalar variables in a fixed order, step 0 lane 0 first: each lane
 * is fed through the scalar condition against the current best, in position order (the earlier of the two as the
 * state, the later as the challenger), which is exactly the sequential result of a selection: the first (or, with
 * {@code >=}/{@code <=}, last) occurrence of the extreme, NaN as the condition says.
 */
final class ConditionalReductionCode {
    private static final String NO_POSITION = "Long.MIN_VALUE";

    private final ConditionalReduction r;
    private final SimdLoopEmitter em;
    private final List<String> value = new ArrayList<>(), position = new ArrayList<>(), index = new ArrayList<>();

    ConditionalReductionCode(ConditionalReduction r, SimdLoopEmitter em) {
        this.r = r;
        this.em = em;
    }

    ConditionalReduction reduction() { return r; }

    /**
     * Declares the state vectors of the unroll steps, every lane at the start value: for {@code m} (and {@code k}) at
     * step u, {@code m_sel<u>}, {@code m_at<u>} (positions) and {@code k_sel<u>}.
     */
    void declare(int unroll) {
        DType d = r.dtype();
        for (int u = 0; u < unroll; u++) {
            value.add(em.javaLocal(r.value(), "sel" + u));
            em.emitLine(cls(d) + " " + value.get(u) + " = " + cls(d) + ".broadcast(" + em.speciesOf(d) + ", "
                    + em.javaLocal(r.value()) + ");");
            if (r.tracksPosition()) {
                position.add(em.javaLocal(r.value(), "at" + u));
                em.emitLine(cls(DType.INT64) + " " + position.get(u) + " = " + cls(DType.INT64) + ".broadcast("
                        + em.speciesOf(DType.INT64) + ", " + NO_POSITION + ");");
            }
            if (keepsIndex()) {
                DType k = indexType();
                index.add(em.javaLocal(r.index(), "sel" + u));
                em.emitLine(cls(k) + " " + index.get(u) + " = " + cls(k) + ".broadcast(" + em.speciesOf(k) + ", ("
                        + k.javaType() + ") " + em.javaLocal(r.index()) + ");");
            }
        }
    }

    /** The update of step u in the lanes of mask (all when null). */
    void update(int u, VectorValue mask) {
        DType d = r.dtype();
        String acc = value.get(u), v = em.fresh("challenger"), taken = em.fresh("taken");
        String ops = VectorTypes.OPS, m = VectorTypes.MASK;
        em.emitLine(cls(d) + " " + v + " = " + em.vectorOf(em.valueOf(r.challenger()), d) + ";");
        // uint64 lanes hold raw bits: order them unsigned
        String c = "((" + m + ") " + v + ".compare(" + ops + (d == DType.UINT64 ? "U" : "") + r.op().name() + ", " + acc
                + "))";
        if (r.nanWins()) c = "((" + m + ") " + c + ".or(" + v + ".test(" + ops + "IS_NAN)))";
        if (r.nanFreezes()) c = "((" + m + ") " + acc + ".test(" + ops + "IS_NAN).not().and(" + c + "))";
        if (mask != null) c = "((" + m + ") " + c + ".and(" + em.maskOf(mask, d) + "))";
        em.emitLine(m + " " + taken + " = " + c + ";");
        VectorValue takenMask = new VectorValue(taken, d, VectorValue.Kind.MASK);
        if (keepsIndex()) {
            DType k = indexType();
            String kv = em.vectorOf(em.valueOf(r.indexValue()), k);
            em.emitLine(index.get(u) + " = (" + cls(k) + ") " + index.get(u) + ".blend(" + kv + ", "
                    + em.maskOf(takenMask, k) + ");");
        }
        if (r.tracksPosition()) {
            String at = em.vectorOf(em.valueOf(new Expr.Local(em.loopIndex())), DType.INT64);
            em.emitLine(position.get(u) + " = (" + cls(DType.INT64) + ") " + position.get(u) + ".blend(" + at + ", "
                    + em.maskOf(takenMask, DType.INT64) + ");");
        }
        em.emitLine(acc + " = (" + cls(d) + ") " + acc + ".blend(" + v + ", " + taken + ");");
    }

    /** Merges the lanes of every step into the scalar variables (see the class comment for the order). */
    void merge(int unroll) {
        DType d = r.dtype();
        String best = em.fresh("best"), bestAt = em.fresh("bestAt"), bestK = em.fresh("bestK");
        String m = em.javaLocal(r.value());
        em.emitComment(String.join(", ", r.describe()) + ": the lanes of every step, in index order");
        em.emitLine("{");
        em.emitLine(d.javaType() + " " + best + " = " + m + ";");
        if (r.tracksPosition()) em.emitLine("long " + bestAt + " = " + NO_POSITION + ";");
        if (r.index() != null) em.emitLine(indexType().javaType() + " " + bestK + " = " + em.javaLocal(r.index()) + ";");
        for (int u = 0; u < unroll; u++) {
            String q = em.fresh("q"), x = em.fresh("x"), at = em.fresh("at");
            em.emitLine("for (int " + q + " = 0; " + q + " < " + em.speciesOf(d) + ".length(); " + q + "++) {");
            em.emitLine(d.javaType() + " " + x + " = " + value.get(u) + ".lane(" + q + ");");
            String take;
            if (r.tracksPosition()) {
                em.emitLine("long " + at + " = " + position.get(u) + ".lane(" + q + ");");
                // The earlier of the two is the state and the later the challenger, as in the sequential loop.
                take = at + " != " + NO_POSITION + " && (" + at + " < " + bestAt + " ? !" + r.javaCondition(best, x)
                        + " : " + r.javaCondition(x, best) + ")";
            } else {
                take = r.javaCondition(x, best);
            }
            em.emitLine("if (" + take + ") {");
            em.emitLine(best + " = " + x + ";");
            if (r.tracksPosition()) em.emitLine(bestAt + " = " + at + ";");
            if (r.index() != null) {
                em.emitLine(bestK + " = " + (keepsIndex() ? index.get(u) + ".lane(" + q + ")" : at) + ";");
            }
            em.emitLine("}");
            em.emitLine("}");
        }
        em.emitLine(m + " = " + best + ";");
        if (r.index() != null) em.emitLine(em.javaLocal(r.index()) + " = " + bestK + ";");
        em.emitLine("}");
    }

    /** Whether k needs vectors of its own: not when it is the (int64) loop index, which the positions already hold. */
    private boolean keepsIndex() {
        return r.index() != null && !(r.indexValue() instanceof Expr.Local l && l.var().equals(em.loopIndex())
                && indexType() == DType.INT64);
    }

    private DType indexType() { return ((Type.Scalar) r.index().type()).dtype(); }

    private static String cls(DType d) { return VectorTypes.vectorClass(d); }
}
