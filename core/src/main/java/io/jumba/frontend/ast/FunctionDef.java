package io.jumba.frontend.ast;

import io.jumba.frontend.SourcePos;

import java.util.List;

/**
 * A module-level {@code def}. {@code decorators} are kept as parsed expressions
 * (e.g. {@code njit}, {@code njit(parallel=True)}, {@code vectorize(["float64(float64)"])}).
 */
public record FunctionDef(String name, List<Param> params, List<Expr> decorators, List<Stmt> body, SourcePos pos) {
    /** A parameter; {@code defaultValue} is null when it has none. */
    public record Param(String name, Expr defaultValue, SourcePos pos) {}
}
