package io.jumba.parallel;

import io.jumba.ir.Var;
import io.jumba.runtime.parallel.ReductionKind;

import java.util.List;

/** A reduction a prange loop carries: each chunk accumulates a private partial, combined after the loop. */
public sealed interface Reduction {
    /** The variable(s) the reduction writes. */
    List<Var> vars();

    /**
     * {@code s += x}, {@code p *= x}, {@code b &= x}, {@code m = min(m, x)}, {@code if x < m: m = x}, ...
     * {@code lastWinsTies} is set when the loop compares with {@code <=}/{@code >=}, so an equal later value
     * replaces an earlier one (it matters for -0.0 against 0.0).
     */
    record Scalar(Var var, ReductionKind kind, boolean lastWinsTies) implements Reduction {
        @Override public List<Var> vars() { return List.of(var); }
    }

    /**
     * The argmin/argmax form {@code if x < m: m = x; k = i}: value is m (kind MIN or MAX), companions are the
     * variables assigned with it (k), taken from the winning chunk ({@link io.jumba.runtime.parallel.Combine#winner}).
     */
    record Arg(Var value, List<Var> companions, ReductionKind kind, boolean lastWinsTies) implements Reduction {
        public Arg { companions = List.copyOf(companions); }

        @Override
        public List<Var> vars() {
            List<Var> all = new java.util.ArrayList<>(List.of(value));
            all.addAll(companions);
            return List.copyOf(all);
        }
    }

    /** {@code hist[k] += 1}: every chunk updates a private copy of the array; the copies are added after the loop. */
    record Array(Var array, ReductionKind kind) implements Reduction {
        @Override public List<Var> vars() { return List.of(array); }
    }
}
