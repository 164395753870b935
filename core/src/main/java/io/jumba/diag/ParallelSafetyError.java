package io.jumba.diag;

import io.jumba.source.SourcePos;

/**
 * A prange loop whose iterations are not independent: a loop-carried dependence that is not a recognized
 * reduction, or a write every iteration makes to one shared place. Named after Numba's NumbaParallelSafetyWarning,
 * which flags the same hazards without stopping compilation.
 */
public final class ParallelSafetyError extends JumbaException {
    public ParallelSafetyError(SourcePos pos, String detail) { super(pos, detail); }

    @Override
    public String pythonName() { return "ParallelSafetyError"; }
}
