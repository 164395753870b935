package io.jumba.frontend.ast;

import io.jumba.source.SourcePos;

import java.util.List;

/**
 * A module-level {@code def}. {@code decorators} are kept as parsed expressions
 * (e.g. {@code njit}, {@code njit(parallel=True)}, {@code vectorize(["float64(float64)"])}).
 */
public record FunctionDef(String name, List<Param> params, List<PyExpr> decorators, List<PyStmt> body, SourcePos pos) {
    /** A parameter; {@code defaultValue} is null when it has none. */
    public record Param(String name, PyExpr defaultValue, SourcePos pos) {}
}
