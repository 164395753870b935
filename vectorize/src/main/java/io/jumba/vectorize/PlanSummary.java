package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a SIMD plan, e.g. {@code "vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 4, tail:
 * masked vector step, reductions: s (+)"}: the loop's comment in the generated code and its line in
 * {@link Explain}'s report.
 */
final class PlanSummary {
    private PlanSummary() {}

    /** The verdict on one loop as one line of text. */
    static String of(LoopVerdict plan, VectorOptions options) {
        return switch (plan) {
            case LoopVerdict.Scalar s -> (LoopAnalysis.isInnermost(s.loop()) ? "not vectorized: " : "not outer-loop vectorized: ")
                    + s.reason();
            case LoopVerdict.Tiled t -> "register-tiled: " + t.rows() + " rows of " + t.loop().index().name()
                    + " at a time jammed into the outer-loop vectorized " + t.nest().loop().index().name() + " loop (line "
                    + t.nest().loop().pos().line() + "), " + t.rows() + " x " + t.groups(options)
                    + " vector steps per inner iteration; remaining rows as below";
            case LoopVerdict.Vectorizable v -> {
                int bits = options.width().bits(), lanes = bits / 8 / v.elementBytes();
                List<String> found = reductions(v);
                String reductions = found.isEmpty() ? "none" : String.join(", ", found);
                String kind = v.outer() ? "outer-loop vectorized over " + v.loop().index().name() + ": " : "vectorized: ";
                yield kind + v.reportedTypes() + " x " + lanes + " lanes (species "
                        + options.width().speciesSuffix().toLowerCase() + ", " + bits + " bits), unroll "
                        + v.unroll(options) + (v.outer() ? " (jammed)" + innerLoops(v, lanes) : "")
                        + ", tail: " + (v.scalarLastIteration() ? "masked vector step, last iteration scalar" : "masked vector step")
                        + accesses(v) + ", reductions: " + reductions + v.divisionGuards().describe();
            }
        };
    }

    /** The accumulators, e.g. {@code "s (+)"}, then the conditional min/max updates, in order of first update. */
    static List<String> reductions(LoopVerdict.Vectorizable v) {
        List<String> found = new ArrayList<>(v.reductions().stream().map(r -> r.var().name() + " (" + r.op().symbol() + ")").toList());
        for (ConditionalReduction r : v.conditionalReductions()) found.addAll(r.describe());
        return found;
    }

    /** ", inner loop k (line 12) runs per lane [until its break | while shorter than N]" per inner loop, then the while loops. */
    private static String innerLoops(LoopVerdict.Vectorizable v, int lanes) {
        StringBuilder sb = new StringBuilder();
        for (Stmt.ForRange f : v.innerLoops()) {
            sb.append(", inner loop ").append(f.index().name()).append(" (line ").append(f.pos().line()).append(") runs per lane");
            if (v.earlyExits().contains(f)) sb.append(" until its break (lanes leave one by one, it ends when none is left)");
            if (v.aloneToo().contains(f)) {
                sb.append(" while it has fewer than ").append(LoopVerdict.Vectorizable.SHORT_INNER_STEPS * lanes)
                        .append(" iterations (else it is vectorized itself)");
            }
        }
        for (Stmt s : v.earlyExits()) {
            if (s instanceof Stmt.While w) {
                sb.append(", while loop (line ").append(w.pos().line())
                        .append(") runs per lane until its condition fails (it ends when no lane is left)");
            }
        }
        return sb.toString();
    }

    /**
     * For outer-loop vectorization every access and how its lanes are read or written; for an innermost loop only
     * the loads read as scalars or gathered through an index array (if any), so the common report stays short.
     */
    private static String accesses(LoopVerdict.Vectorizable v) {
        List<String> loads = new ArrayList<>(), stores = new ArrayList<>();
        for (Access a : v.accesses()) {
            if (!v.outer() && a.lanes() != Access.Lanes.UNIFORM && a.lanes() != Access.Lanes.INDEXED) continue;
            String how = switch (a.lanes()) {
                case UNIFORM -> "broadcast";
                case CONTIGUOUS -> "contiguous";
                case GATHER -> "gather (stride " + gatherStride(a, v.loop().index()) + ")";
                case INDEXED -> "gather through an index array";
            };
            (a.store() ? stores : loads).add(a.text() + " " + how);
        }
        return (loads.isEmpty() ? "" : ", loads: " + String.join(", ", loads))
                + (stores.isEmpty() ? "" : ", stores: " + String.join(", ", stores));
    }

    /** The elements between lanes of a gather, e.g. {@code X.shape[1]} for {@code X[j, k]} of a C-ordered X. */
    private static String gatherStride(Access a, Var index) {
        Type.Array t = (Type.Array) a.array().type();
        List<String> terms = new ArrayList<>();
        for (int axis = 0; axis < a.axes().size(); axis++) {
            for (int c = 0; c < a.axes().get(axis).count(index); c++) {
                if (t.layout() != Layout.C) {
                    terms.add(a.array().name() + ".strides[" + axis + "]/" + t.dtype().itemSize());
                } else if (axis == t.ndim() - 1) {
                    terms.add("1");
                } else {
                    List<String> dims = new ArrayList<>();
                    for (int d = axis + 1; d < t.ndim(); d++) dims.add(a.array().name() + ".shape[" + d + "]");
                    terms.add(String.join("*", dims));
                }
            }
        }
        return String.join(" + ", terms);
    }
}
