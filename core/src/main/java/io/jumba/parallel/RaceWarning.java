package io.jumba.parallel;

import io.jumba.source.SourcePos;

/** A possible race the analysis cannot rule out, such as a write through a computed index. */
public record RaceWarning(SourcePos pos, String detail) {
    /** {@code file:line:col: NumbaParallelSafetyWarning: detail}, then the source line and a caret, as errors read. */
    public String message() {
        String ex = pos.excerpt();
        return pos + ": NumbaParallelSafetyWarning: " + detail + (ex.isEmpty() ? "" : "\n" + ex);
    }
}
