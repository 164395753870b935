package io.jumba.frontend.ast;

import io.jumba.frontend.SourcePos;

import java.util.List;

/** Python statements of the subset, as parsed. */
public sealed interface Stmt {
    SourcePos pos();

    /** {@code t1 = t2 = value}; each target is a Name, Subscript, Attribute or Tuple of targets. */
    record Assign(List<Expr> targets, Expr value, SourcePos pos) implements Stmt {}

    /** {@code target op= value}. */
    record AugAssign(Expr target, BinaryOp op, Expr value, SourcePos pos) implements Stmt {}

    /** {@code if test: body else: orElse}; an elif chain is a nested If in orElse. */
    record If(Expr test, List<Stmt> body, List<Stmt> orElse, SourcePos pos) implements Stmt {}

    /** {@code for target in iter: body} ({@code else:} of loops is not in the subset). */
    record For(Expr target, Expr iter, List<Stmt> body, SourcePos pos) implements Stmt {}

    record While(Expr test, List<Stmt> body, SourcePos pos) implements Stmt {}

    record Break(SourcePos pos) implements Stmt {}

    record Continue(SourcePos pos) implements Stmt {}

    /** {@code return} (value null) or {@code return value}. */
    record Return(Expr value, SourcePos pos) implements Stmt {}

    record Pass(SourcePos pos) implements Stmt {}

    /** An expression evaluated for its effect, e.g. a call. */
    record ExprStmt(Expr value, SourcePos pos) implements Stmt {}
}
