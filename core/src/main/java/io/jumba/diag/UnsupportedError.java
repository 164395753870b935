package io.jumba.diag;

import io.jumba.source.SourcePos;

/** The source is valid Python but uses a feature outside Jumba's subset. */
public final class UnsupportedError extends JumbaException {
    public UnsupportedError(SourcePos pos, String detail) { super(pos, detail); }

    @Override
    public String pythonName() { return "UnsupportedError"; }
}
