package io.jumba.typing;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;

import java.util.List;

/** Run-time argument checks that library calls emit before their work: a Python exception at the kernel line. */
final class Checks {
    private Checks() {}

    /**
     * Raises the named Python exception at pos when cond holds; each {@code {}} of format is replaced by the value
     * of the matching int64 expression of args.
     */
    static void raiseIf(FunctionTyping f, Expr cond, String exception, String format, List<Expr> args, SourcePos pos) {
        f.emit(new Stmt.If(cond, List.of(new Stmt.Raise(exception, format, args, pos)), List.of()));
    }

    /** Raises the named Python exception with a fixed message at pos when cond holds. */
    static void raiseIf(FunctionTyping f, Expr cond, String exception, String message, SourcePos pos) {
        raiseIf(f, cond, exception, message, List.of(), pos);
    }
}
