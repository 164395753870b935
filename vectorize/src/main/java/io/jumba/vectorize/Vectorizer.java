package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.codegen.LoopEmitter;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Stmt;
import io.jumba.plan.LoopPlan;
import io.jumba.plan.LoopPlanner;
import io.jumba.plan.VectorAnalysis;

import java.util.List;

/**
 * The vectorize module's {@link LoopEmitter}: loops are planned by a {@link SimdPlanner}, and those planned as
 * vector code are written by {@link SimdLoopEmitter} from what the plan holds (no analysis while writing); the
 * generator writes the scalar ones, with their reasons as comments.
 */
public final class Vectorizer implements LoopEmitter {
    private final VectorOptions options;
    private final SimdPlanner planner;

    public Vectorizer(VectorOptions options) {
        this.options = options;
        this.planner = new SimdPlanner(options);
    }

    /** A vectorizer configured from the {@code jumba.simd.*} system properties (see {@link VectorOptions}). */
    public static Vectorizer fromSystemProperties() { return new Vectorizer(VectorOptions.fromSystemProperties()); }

    public VectorOptions options() { return options; }

    @Override public LoopPlanner planner() { return planner; }

    @Override public String emit(Stmt.ForRange loop, LoopPlan plan, KernelOptions kernelOptions, Host host) {
        if (host.segments() && gathers(plan)) {
            return host.comment("scalar: a gather from a memory segment has no vector load") + "\n" + host.scalarLoop(loop);
        }
        if (host.segments() && complex(plan)) {
            return host.comment("scalar: complex lanes are written over heap arrays only") + "\n" + host.scalarLoop(loop);
        }
        return switch (plan) {
            case LoopPlan.Vectorized v -> SimdLoopEmitter.emit(nest(v.analysis()), v.unroll(), kernelOptions, options, host);
            case LoopPlan.OuterVectorized v -> SimdLoopEmitter.emit(nest(v.analysis()), v.unroll(), kernelOptions, options, host);
            case LoopPlan.Tiled t -> SimdLoopEmitter.emit(tile(t.analysis()), t.groups(), kernelOptions, options, host);
            case LoopPlan.Scalar s -> throw new IllegalArgumentException("the generator writes scalar loops: " + s);
            case LoopPlan.Parallel p -> throw new IllegalArgumentException("the generator writes parallel loops: " + p.summary());
        };
    }

    @Override public LoopEmitter withMaxUnroll(int maxUnroll) { return new Vectorizer(options.withMaxUnroll(maxUnroll)); }

    @Override public int maxUnroll() { return options.maxUnroll(); }

    @Override public List<String> imports() { return VectorTypes.IMPORTS; }

    /** Whether a vector plan reads lanes a stride apart or through an index array (fromArray's index maps). */
    private static boolean gathers(LoopPlan plan) {
        LoopVerdict.Vectorizable nest = switch (plan) {
            case LoopPlan.Vectorized v -> nest(v.analysis());
            case LoopPlan.OuterVectorized v -> nest(v.analysis());
            case LoopPlan.Tiled t -> tile(t.analysis()).nest();
            case LoopPlan.Scalar s -> null;
            case LoopPlan.Parallel p -> null;
        };
        return nest != null && nest.accesses().stream()
                .anyMatch(a -> a.lanes() == Access.Lanes.GATHER || a.lanes() == Access.Lanes.INDEXED);
    }

    /** Whether a vector plan has complex lanes (a {@link LoopVerdict.Vectorizable}: tiles and nests have none). */
    private static boolean complex(LoopPlan plan) {
        return plan instanceof LoopPlan.Vectorized v && nest(v.analysis()).elementTypes().stream().anyMatch(DType::isComplex);
    }

    private static LoopVerdict.Vectorizable nest(VectorAnalysis a) {
        if (a instanceof LoopVerdict.Vectorizable v) return v;
        throw new IllegalArgumentException("not a SimdPlanner plan: " + a);
    }

    private static LoopVerdict.Tiled tile(VectorAnalysis a) {
        if (a instanceof LoopVerdict.Tiled t) return t;
        throw new IllegalArgumentException("not a SimdPlanner plan: " + a);
    }
}
