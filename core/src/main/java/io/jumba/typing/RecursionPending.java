package io.jumba.typing;

import io.jumba.source.SourcePos;

/**
 * Thrown inside type inference when a call reaches a function whose specialization is still being inferred and
 * whose return type is not known yet. The statement holding the call is skipped for that pass; once a
 * non-recursive return path has fixed the return type, the next pass types the call. Never escapes
 * {@link TypeInference}.
 */
final class RecursionPending extends RuntimeException {
    final String function;
    final String pythonName;
    final SourcePos pos;

    RecursionPending(String function, String pythonName, SourcePos pos) {
        super(function, null, false, false);
        this.function = function;
        this.pythonName = pythonName;
        this.pos = pos;
    }
}
