package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.Stmt;

import java.util.List;
import java.util.Set;

/** The vectorizer's verdict on one innermost loop. */
public sealed interface LoopPlan {
    Stmt.ForRange loop();

    /**
     * The loop can run as vector code.
     *
     * @param elementTypes every non-bool dtype of vector values in the body (all of one width)
     * @param accesses     array accesses in program order
     * @param reductions   accumulators in order of first update
     * @param bodyNodes    IR expression nodes in the body (sizes the unrolling)
     */
    record Vectorizable(Stmt.ForRange loop, Set<DType> elementTypes, List<Access> accesses,
                        List<Reduction> reductions, int bodyNodes) implements LoopPlan {
        public Vectorizable {
            elementTypes = Set.copyOf(elementTypes);
            accesses = List.copyOf(accesses);
            reductions = List.copyOf(reductions);
        }

        /** Bytes per element; lanes = species bits / 8 / this. */
        public int elementBytes() { return elementTypes.iterator().next().itemSize(); }

        /** The widest (here: any, all have one width) element type, preferring floats, for reporting. */
        public DType reportedType() {
            return elementTypes.stream().sorted((a, b) -> Boolean.compare(b.isFloat(), a.isFloat())).findFirst().orElseThrow();
        }

        /** Main-loop unroll: as many vector steps as keep the unrolled body near 64 IR nodes, 1..maxUnroll. */
        public int unroll(VectorOptions options) {
            return Math.max(1, Math.min(options.maxUnroll(), 64 / Math.max(1, bodyNodes)));
        }
    }

    /** The loop stays scalar because of {@code reason}. */
    record Scalar(Stmt.ForRange loop, String reason) implements LoopPlan {}
}
