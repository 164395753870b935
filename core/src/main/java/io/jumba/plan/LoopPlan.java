package io.jumba.plan;

import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.parallel.LoopSharing;
import io.jumba.runtime.parallel.ChunkGrid;

import java.util.List;

/**
 * How one loop runs, as the planning step chose it after the IR passes ({@link LoopPlanner}), with the reasons. Code
 * generation writes what the plan says and {@code explain} reports it; neither analyses the loop again.
 */
public sealed interface LoopPlan {
    /** The plan as one line of text, e.g. {@code "vectorized: float64 x 4 lanes ..."}: the loop's comment and report. */
    String summary();

    /** The loop runs as a plain scalar loop because of {@code why}, e.g. {@code "not vectorized: loop-carried ..."}. */
    record Scalar(String why) implements LoopPlan {
        @Override public String summary() { return why; }
    }

    /**
     * An innermost loop run as vector code, one lane per iteration.
     *
     * @param species    the lanes of each vector step
     * @param unroll     vector steps per main-loop iteration (independent accumulators)
     * @param tail       how the iterations left after the vector steps run
     * @param reductions the accumulators, e.g. {@code "s (+)"}, in order of first update
     * @param summary    the whole plan as text (with what it loads, stores and guards)
     * @param analysis   what the planner found, for the emitter that writes the vector code
     */
    record Vectorized(Species species, int unroll, Tail tail, List<String> reductions, String summary,
                      VectorAnalysis analysis) implements LoopPlan {
        public Vectorized { reductions = List.copyOf(reductions); }
    }

    /**
     * A loop vectorized over its own index with its inner loops run per lane (one scalar loop over vector values),
     * unroll steps jammed into them.
     *
     * @param innerLoops the inner for loops that run per lane
     * @param earlyExits the inner loops that lanes leave one by one (while loops, for loops holding a break): they run
     *                   under a mask of the lanes still in them until no lane is
     */
    record OuterVectorized(Species species, int unroll, Tail tail, List<String> reductions,
                           List<Stmt.ForRange> innerLoops, List<Stmt> earlyExits, String summary,
                           VectorAnalysis analysis) implements LoopPlan {
        public OuterVectorized {
            reductions = List.copyOf(reductions);
            innerLoops = List.copyOf(innerLoops);
            earlyExits = List.copyOf(earlyExits);
        }
    }

    /**
     * Register tiling: the loop runs {@code rows} of its iterations at a time, jammed into the vector steps of the
     * outer-vectorized loop it holds ({@code nest}), {@code groups} steps per row; leftover rows run as the scalar
     * loop.
     */
    record Tiled(int rows, int groups, OuterVectorized nest, String summary, VectorAnalysis analysis) implements LoopPlan {}

    /**
     * A prange loop of a {@code parallel=True} kernel run on all cores: its iterations are cut into the chunks of
     * {@link io.jumba.runtime.parallel.ChunkGrid#of ChunkGrid.of(trips, workPerIteration)} and each chunk runs
     * {@code chunkLoop}, the loop itself over the sub-range {@code [from, to)} of its indices, by {@code chunkPlan}
     * (so a chunk keeps its SIMD inner loop, masked tail and checks). Reductions go to per-chunk partials that a
     * fixed tree combines after the loop, so results do not depend on the thread count.
     *
     * @param sharing          what the race analysis proved: privates, reductions, shared arrays, warnings
     * @param workPerIteration the static cost of one iteration, which fixes the chunk grid
     * @param from             the chunk loop's first index (a variable the chunk sets before it runs the loop)
     * @param to               the chunk loop's stop (exclusive, in the loop's direction)
     * @param chunkLoop        the loop a chunk runs: the prange loop's index, step and body over [from, to)
     * @param chunkPlan        chunkLoop's plan (never Parallel: nested prange loops run serially in a chunk)
     */
    record Parallel(LoopSharing sharing, long workPerIteration, Var from, Var to, Stmt.ForRange chunkLoop,
                    LoopPlan chunkPlan) implements LoopPlan {
        @Override public String summary() {
            // A loop whose index the compiler made is array lowering's: a whole-array expression or reduction.
            String what = chunkLoop.index().isGenerated() ? "parallel (whole-array expression): " : "parallel: ";
            return what + "chunks of at least " + ChunkGrid.minChunkSize(workPerIteration) + " iterations (" + workPerIteration
                    + " work units each), at most " + ChunkGrid.MAX_CHUNKS + "; under "
                    + io.jumba.runtime.parallel.Parallel.parallelFrom(workPerIteration)
                    + " iterations the serial loop; each chunk: " + chunkPlan.summary();
        }
    }

    /**
     * The lanes of a vector step.
     *
     * @param elementTypes the element dtypes, e.g. {@code "float64"} or {@code "float32/float64"}
     * @param lanes        lanes per vector
     * @param name         the species' name, e.g. {@code "256"} or {@code "max"}
     * @param bits         the bits of the widest element type's vectors
     */
    record Species(String elementTypes, int lanes, String name, int bits) {}

    /** How the iterations after the last full vector step run. */
    enum Tail {
        /** One masked vector step. */
        MASKED_STEP,
        /** A masked vector step up to the last iteration, which runs scalar (temporaries end as in Python). */
        MASKED_STEP_LAST_ITERATION_SCALAR
    }
}
