package io.jumba.diag;

import io.jumba.source.SourcePos;

/**
 * A fault while a kernel runs, named as Python names it: IndexError, ZeroDivisionError, ValueError, ...
 * Raised alike by compiled code and by the interpreter, pointing at the kernel line.
 */
public final class KernelRuntimeError extends JumbaException {
    private final String pythonName;

    public KernelRuntimeError(String pythonName, SourcePos pos, String detail) {
        super(pos, detail);
        this.pythonName = pythonName;
    }

    @Override
    public String pythonName() { return pythonName; }
}
