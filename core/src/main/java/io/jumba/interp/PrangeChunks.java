package io.jumba.interp;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Var;
import io.jumba.parallel.LoopSharing;
import io.jumba.parallel.Reduction;
import io.jumba.runtime.Scalars;
import io.jumba.runtime.parallel.ArrayReduction;
import io.jumba.runtime.parallel.ChunkUpdates;
import io.jumba.runtime.parallel.Combine;
import io.jumba.runtime.parallel.ReductionKind;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.Map;

/**
 * The reductions of a prange loop as the interpreter runs it: chunk by chunk on the grid compiled code uses, each
 * chunk's reduction variables starting from the operator's identity (argmin/argmax companions from their values on
 * entry, arrays in private copies), the chunks' partials combined by {@link Combine} exactly as compiled code
 * combines them (tree order). So the interpreter gives the compiled kernel's bits for every thread count.
 */
final class PrangeChunks {
    private final LoopSharing sharing;
    private final Map<String, Object> vars;
    private final Object[][] partials;   // [reduction variable][chunk]
    private final Object[] entry;        // each reduction variable's value on loop entry, in Reduction.vars() order

    PrangeChunks(LoopSharing sharing, Map<String, Object> vars, int chunks) {
        this.sharing = sharing;
        this.vars = vars;
        int n = sharing.reductions().stream().mapToInt(r -> r.vars().size()).sum();
        this.partials = new Object[n][chunks];
        this.entry = new Object[n];
        int k = 0;
        for (Reduction r : sharing.reductions()) for (Var v : r.vars()) entry[k++] = vars.get(v.name());
    }

    /** Sets the reduction variables to chunk c's start. */
    void begin() {
        int k = 0;
        for (Reduction r : sharing.reductions()) {
            switch (r) {
                case Reduction.Scalar s -> vars.put(s.var().name(), s.kind().identity(dtype(s.var())));
                case Reduction.Arg a -> {
                    vars.put(a.value().name(), a.kind().identity(dtype(a.value())));
                    for (int j = 0; j < a.companions().size(); j++) vars.put(a.companions().get(j).name(), entry[k + 1 + j]);
                }
                case Reduction.Array a -> vars.put(a.array().name(), ArrayReduction.privateCopy((NDArray) entry[k],
                        ((Type.Array) a.array().type()).layout() == Layout.F, a.kind()));
            }
            k += r.vars().size();
        }
    }

    /** Records chunk c's partials and puts the shared arrays back. */
    void end(int c) {
        int k = 0;
        for (Reduction r : sharing.reductions()) {
            for (Var v : r.vars()) partials[k++][c] = vars.get(v.name());
            if (r instanceof Reduction.Array a) vars.put(a.array().name(), entry[k - 1]);
        }
    }

    /** Puts the shared arrays back after a chunk failed. */
    void abandon() {
        int k = 0;
        for (Reduction r : sharing.reductions()) {
            if (r instanceof Reduction.Array a) vars.put(a.array().name(), entry[k]);
            k += r.vars().size();
        }
    }

    /** Combines the partials into the reduction variables (and the shared arrays). */
    void combine() {
        int k = 0;
        for (Reduction r : sharing.reductions()) {
            switch (r) {
                case Reduction.Scalar s -> vars.put(s.var().name(), scalar(s, entry[k], partials[k]));
                case Reduction.Arg a -> arg(a, k);
                case Reduction.Array a -> {
                    NDArray[] copies = new NDArray[partials[k].length];
                    for (int c = 0; c < copies.length; c++) copies[c] = (NDArray) partials[k][c];
                    ArrayReduction.combine(a.kind(), (NDArray) entry[k], copies);
                }
            }
            k += r.vars().size();
        }
    }

    private static Object scalar(Reduction.Scalar s, Object init, Object[] parts) {
        DType d = dtype(s.var());
        ReductionKind kind = s.kind();
        if (d == DType.FLOAT32 && (kind == ReductionKind.SUM || kind == ReductionKind.PRODUCT)) {
            float[] p = new float[parts.length];
            for (int c = 0; c < p.length; c++) p[c] = (float) (double) (Double) parts[c];
            float i = (float) (double) (Double) init;
            return (double) (kind == ReductionKind.SUM ? Combine.sum(i, p) : Combine.product(i, p));
        }
        if (d.isFloat()) {
            double[] p = doubles(parts);
            double i = (Double) init;
            return switch (kind) {
                case SUM -> Combine.sum(i, p);
                case PRODUCT -> Combine.product(i, p);
                default -> Combine.minMax(kind, i, p, s.lastWinsTies());
            };
        }
        long[] p = longs(parts);
        long i = ScalarOps.asLong(init);
        long r = switch (kind) {
            case SUM -> Combine.sum(i, p);
            case PRODUCT -> Combine.product(i, p);
            case BIT_AND -> Combine.bitAnd(i, p);
            case BIT_OR -> Combine.bitOr(i, p);
            case BIT_XOR -> Combine.bitXor(i, p);
            default -> d == DType.UINT64 ? Combine.minMaxUnsigned(kind, i, p) : Combine.minMax(kind, i, p);
        };
        return d.isBool() ? (Object) (r != 0) : (Object) Scalars.wrap(r, d);
    }

    private void arg(Reduction.Arg a, int k) {
        DType d = dtype(a.value());
        Object identity = a.kind().identity(d);
        int chunks = partials[k].length;
        boolean[] moved = new boolean[chunks];
        for (int c = 0; c < chunks; c++) {
            moved[c] = d.isFloat() ? ChunkUpdates.moved((double) (Double) partials[k][c], (double) (Double) identity)
                    : ChunkUpdates.moved(ScalarOps.asLong(partials[k][c]), ScalarOps.asLong(identity));
            for (int j = 0; j < a.companions().size(); j++) moved[c] |= moved(partials[k + 1 + j][c], entry[k + 1 + j]);
        }
        int win = d.isFloat()
                ? Combine.winner(a.kind(), (Double) entry[k], doubles(partials[k]), moved, a.lastWinsTies())
                : Combine.winner(a.kind(), ScalarOps.asLong(entry[k]), longs(partials[k]), moved, a.lastWinsTies());
        if (win < 0) return;
        for (int j = 0; j < a.vars().size(); j++) vars.put(a.vars().get(j).name(), partials[k + j][win]);
    }

    /** As compiled code's ChunkUpdates.moved on the companion's Java type. */
    private static boolean moved(Object now, Object start) {
        return switch (now) {
            case Double x -> ChunkUpdates.moved((double) x, (double) (Double) start);
            case Long x -> ChunkUpdates.moved((long) x, (long) (Long) start);
            case Boolean x -> ChunkUpdates.moved((boolean) x, (boolean) (Boolean) start);
            default -> ChunkUpdates.moved(now, start);
        };
    }

    private static double[] doubles(Object[] parts) {
        double[] p = new double[parts.length];
        for (int c = 0; c < p.length; c++) p[c] = (Double) parts[c];
        return p;
    }

    private static long[] longs(Object[] parts) {
        long[] p = new long[parts.length];
        for (int c = 0; c < p.length; c++) p[c] = ScalarOps.asLong(parts[c]);
        return p;
    }

    private static DType dtype(Var v) { return ((Type.Scalar) v.type()).dtype(); }
}
