package io.jumba.frontend.ast;

import io.jumba.source.SourcePos;

import java.util.List;

/** Python statements of the subset, as parsed. */
public sealed interface PyStmt {
    SourcePos pos();

    /** {@code t1 = t2 = value}; each target is a Name, Subscript, Attribute or Tuple of targets. */
    record Assign(List<PyExpr> targets, PyExpr value, SourcePos pos) implements PyStmt {}

    /** {@code target op= value}. */
    record AugAssign(PyExpr target, BinaryOp op, PyExpr value, SourcePos pos) implements PyStmt {}

    /** {@code if test: body else: orElse}; an elif chain is a nested If in orElse. */
    record If(PyExpr test, List<PyStmt> body, List<PyStmt> orElse, SourcePos pos) implements PyStmt {}

    /** {@code for target in iter: body} (a loop's {@code else:} is rewritten away by the parser). */
    record For(PyExpr target, PyExpr iter, List<PyStmt> body, SourcePos pos) implements PyStmt {}

    record While(PyExpr test, List<PyStmt> body, SourcePos pos) implements PyStmt {}

    record Break(SourcePos pos) implements PyStmt {}

    record Continue(SourcePos pos) implements PyStmt {}

    /** {@code return} (value null) or {@code return value}. */
    record Return(PyExpr value, SourcePos pos) implements PyStmt {}

    record Pass(SourcePos pos) implements PyStmt {}

    /** {@code raise exception}: a built-in exception class, or one called with constant arguments. */
    record Raise(PyExpr exception, SourcePos pos) implements PyStmt {}

    /** {@code assert test} or {@code assert test, message} (message null when absent). */
    record Assert(PyExpr test, PyExpr message, SourcePos pos) implements PyStmt {}

    /**
     * {@code try: body except Exception: handler else: orElse finally: finalBody}, as Numba 0.56 takes it: at most
     * one {@code except} clause, bare or {@code Exception}, without {@code as}. handler is null when there is no
     * {@code except} clause (try/finally); orElse and finalBody are empty when absent.
     */
    record Try(List<PyStmt> body, List<PyStmt> handler, List<PyStmt> orElse, List<PyStmt> finalBody, SourcePos pos)
            implements PyStmt {}

    /** An expression evaluated for its effect, e.g. a call. */
    record ExprStmt(PyExpr value, SourcePos pos) implements PyStmt {}
}
