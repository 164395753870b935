package io.jumba.diag;

import io.jumba.source.SourcePos;

/** Type inference failed: an operation is not defined for the argument types, or a variable's types conflict. */
public final class TypingError extends JumbaException {
    public TypingError(SourcePos pos, String detail) { super(pos, detail); }

    @Override
    public String pythonName() { return "TypingError"; }
}
