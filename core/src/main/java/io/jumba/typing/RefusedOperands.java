package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.source.SourcePos;

/**
 * A call's operands cannot be handled, found deep inside its lowering: a complex value that would be cast to a real
 * type ({@link TypedIr#cast}: that drops the imaginary part and once gave np.median of a complex array as the median
 * of the real parts; Numba refuses every such cast), or a line of the built-in prelude that does not type for them
 * ({@link BuiltinPrelude#call}). The kernel's call being typed turns it into a TypingError at its line that names
 * the function ({@link CallLowering}); outside a call, the statement does ({@link FunctionTyping#block}). It never
 * escapes type inference.
 */
final class RefusedOperands extends RuntimeException {
    private final String reason;

    RefusedOperands(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    static RefusedOperands imaginaryPartLost(DType from, DType to) {
        return new RefusedOperands("cannot cast " + from.numpyName() + " to " + to.numpyName()
                + ": the imaginary part would be lost");
    }

    /** The TypingError at pos, for the call named what (e.g. {@code "np.median()"}), or for a statement when null. */
    TypingError at(SourcePos pos, String what) {
        return new TypingError(pos, what == null ? reason : what + " is not supported on these arguments: " + reason);
    }
}
