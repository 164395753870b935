package io.jumba.diag;

import io.jumba.source.SourcePos;

/** The kernel source is not valid Python, or not the subset's syntax. */
public final class KernelSyntaxError extends JumbaException {
    public KernelSyntaxError(SourcePos pos, String detail) { super(pos, detail); }

    @Override
    public String pythonName() { return "SyntaxError"; }
}
