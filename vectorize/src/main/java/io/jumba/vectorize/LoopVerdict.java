package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.plan.VectorAnalysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The vectorizer's verdict on one loop ({@link LoopAnalysis}), which {@link SimdPlanner} turns into its plan. */
public sealed interface LoopVerdict {
    Stmt.ForRange loop();

    /** The source line of the loop. */
    default int line() { return loop().pos().line(); }

    /**
     * The loop can run as vector code.
     *
     * @param elementTypes every non-bool dtype of vector values in the body, in order of first use; bool alone when
     *                     the only lanes are bool arrays' (masks then take bool's species: bytes)
     * @param accesses     array accesses in program order
     * @param reductions   accumulators in order of first update
     * @param conditionalReductions conditional min/max (and arg) updates, in program order
     * @param bodyNodes    IR expression nodes in the body (sizes the unrolling)
     * @param divisionGuards the zero-divisor checks that keep ZeroDivisionError exact (none for outer-loop nests)
     * @param innerLoops   the inner for loops that run per lane (outer-loop vectorization; empty for an innermost loop)
     * @param earlyExits   the inner loops that lanes leave one by one (while loops, for loops holding a break): the
     *                     vector loop runs them under a mask of the lanes still in them, until none is
     * @param aloneToo     those inner loops that vectorize by themselves: the outer-vectorized code runs only while
     *                     each of them has fewer than {@link #SHORT_INNER_STEPS} × lanes
     *                     iterations, else the scalar outer loop runs them as SIMD
     * @param tile         the loop around this one whose rows are jammed into its vector steps ({@link Tiled}), or null
     */
    record Vectorizable(Stmt.ForRange loop, Set<DType> elementTypes, List<Access> accesses,
                        List<Reduction> reductions, List<ConditionalReduction> conditionalReductions, int bodyNodes, DivisionGuards divisionGuards,
                        List<Stmt.ForRange> innerLoops, List<Stmt> earlyExits,
                        List<Stmt.ForRange> aloneToo, Stmt.ForRange tile) implements LoopVerdict, VectorAnalysis {
        /**
         * An inner loop vectorizable by itself counts as short below this many vector steps' worth of trips
         * (measured with AVX-512 on pairwise distances, n = 256: outer-loop vectorization with row tiling is faster up
         * to d = 64, 8 steps, the inner loop's own vector code from d = 128).
         */
        public static final int SHORT_INNER_STEPS = 12;

        public Vectorizable {
            // Kept in the given order (the analysis': first use), so the code is the same on every run.
            elementTypes = Collections.unmodifiableSet(new LinkedHashSet<>(elementTypes));
            accesses = List.copyOf(accesses);
            reductions = List.copyOf(reductions);
            conditionalReductions = List.copyOf(conditionalReductions);
            innerLoops = List.copyOf(innerLoops);
            earlyExits = List.copyOf(earlyExits);
            aloneToo = List.copyOf(aloneToo);
        }

        /** Whether this is outer-loop vectorization (inner loops run per lane). */
        public boolean outer() { return !innerLoops.isEmpty() || !earlyExits.isEmpty(); }

        /** Bytes of the widest element type; lanes = species bits / 8 / this. */
        public int elementBytes() { return elementTypes.stream().mapToInt(DType::itemSize).max().orElseThrow(); }

        /** The element types for reporting, e.g. {@code "float64"} or {@code "float32/float64"}. */
        public String reportedTypes() {
            return String.join("/", elementTypes.stream().sorted().map(DType::numpyName).toList());
        }

        /**
         * Whether the scalar loop runs the last iteration (after the masked vector step): when the body assigns
         * variables other than accumulators (and the variables of conditional reductions), whose final values must
         * be those of the last iteration.
         */
        public boolean scalarLastIteration() { return assignsTemporaries(loop.body()); }

        /** Whether body assigns a variable besides the reductions (an inner loop assigns its index). */
        private boolean assignsTemporaries(List<Stmt> body) {
            return Stmts.walk(body, s -> s instanceof Stmt.If i && conditionalReductions.stream().noneMatch(r -> r.site() == i))
                    .anyMatch(s -> s instanceof Stmt.ForRange || s instanceof Stmt.While
                            || s instanceof Stmt.Assign a && reductions.stream().noneMatch(r -> r.var().equals(a.target())));
        }

        /**
         * Main-loop unroll: 1 without reductions or inner loops (HotSpot unrolls such loops itself, and better); else
         * as many vector steps (independent accumulators; for inner loops, steps jammed into them) as keep the
         * unrolled body near 64 IR nodes, 1..maxUnroll.
         */
        public int unroll(VectorOptions options) {
            if (reductions.isEmpty() && conditionalReductions.isEmpty() && !outer()) return 1;
            return Math.max(1, Math.min(options.maxUnroll(), 64 / Math.max(1, bodyNodes)));
        }
    }

    /**
     * Register tiling: {@code loop} (rows i) holds only the outer-vectorized {@code nest} (over j), and runs
     * {@code rows} rows at a time, jammed into nest's vector steps, so that each load along j serves every row (e.g.
     * a row of B in matmul, a gather of X in pairwise distances) and each row's uniform value (e.g.
     * {@code A[i, k]}) is broadcast once per step. The last row and any rows left over run as the scalar loop, which
     * outer-vectorizes nest row by row.
     */
    record Tiled(Stmt.ForRange loop, Vectorizable nest, int rows) implements LoopVerdict, VectorAnalysis {
        /**
         * IR nodes of all jammed steps together. Beyond about this many, HotSpot no longer keeps the steps' vectors
         * in registers (measured with AVX-512: matmul 4 x 2 steps of 15 nodes run at full speed, 4 x 3 three times
         * slower; pairwise distances, 19 nodes, 4 x 1 fast and 4 x 2 three times slower).
         */
        public static final int STEP_NODES = 128;
        /** The most rows per tile. */
        public static final int MAX_ROWS = 4;

        /** Rows per tile for a nest body of bodyNodes IR nodes: up to MAX_ROWS within the budget (below 2: no tiling). */
        public static int rowsFor(int bodyNodes) { return Math.min(MAX_ROWS, STEP_NODES / Math.max(1, bodyNodes)); }

        /** Vector steps along j per row and tile iteration, within the {@link #STEP_NODES} budget. */
        public int groups(VectorOptions options) {
            return Math.max(1, Math.min(options.maxUnroll(), STEP_NODES / (rows * Math.max(1, nest.bodyNodes()))));
        }
    }

    /** The loop stays scalar because of {@code reason}. */
    record Scalar(Stmt.ForRange loop, String reason) implements LoopVerdict {}
}
