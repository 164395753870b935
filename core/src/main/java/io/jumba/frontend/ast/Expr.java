package io.jumba.frontend.ast;

import io.jumba.frontend.SourcePos;

import java.util.List;

/** Python expressions of the subset, as parsed (untyped). Every node knows where it came from. */
public sealed interface Expr {
    SourcePos pos();

    /** A name: local variable, parameter, module constant, function, or module alias such as {@code np}. */
    record Name(String id, SourcePos pos) implements Expr {}

    /** An integer literal; Python ints are arbitrary precision, the subset keeps them within int64 (or uint64 bits). */
    record IntLit(long value, SourcePos pos) implements Expr {}

    record FloatLit(double value, SourcePos pos) implements Expr {}

    record BoolLit(boolean value, SourcePos pos) implements Expr {}

    record NoneLit(SourcePos pos) implements Expr {}

    /** A string literal: only meaningful as an argument such as {@code dtype='float32'} or a decorator option. */
    record StrLit(String value, SourcePos pos) implements Expr {}

    record BinOp(BinaryOp op, Expr left, Expr right, SourcePos pos) implements Expr {}

    record UnaryOp(UnaryOperator op, Expr operand, SourcePos pos) implements Expr {}

    /** {@code a < b <= c}: {@code ops.size() == comparators.size()}. */
    record Compare(Expr left, List<CompareOp> ops, List<Expr> comparators, SourcePos pos) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b or c}. */
    record BoolOp(boolean isAnd, List<Expr> values, SourcePos pos) implements Expr {}

    /** {@code body if test else orElse}. */
    record IfExp(Expr test, Expr body, Expr orElse, SourcePos pos) implements Expr {}

    /** {@code func(args..., name=value...)}; func is a Name or an Attribute such as {@code np.sum} or {@code a.copy}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, SourcePos pos) implements Expr {}

    record Keyword(String name, Expr value, SourcePos pos) {}

    /** {@code value.attr}: {@code np.pi}, {@code a.shape}, {@code a.T}, {@code math.exp}. */
    record Attribute(Expr value, String attr, SourcePos pos) implements Expr {}

    /** {@code value[index]}; a multi-dimensional index {@code a[i, j]} has a Tuple index. */
    record Subscript(Expr value, Expr index, SourcePos pos) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; absent parts are null. */
    record Slice(Expr lower, Expr upper, Expr step, SourcePos pos) implements Expr {}

    /** {@code (a, b)} or a bare {@code a, b}. */
    record Tuple(List<Expr> elements, SourcePos pos) implements Expr {}
}
