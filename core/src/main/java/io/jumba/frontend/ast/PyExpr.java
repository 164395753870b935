package io.jumba.frontend.ast;

import io.jumba.source.SourcePos;

import java.util.List;

/** Python expressions of the subset, as parsed (untyped). Every node knows where it came from. */
public sealed interface PyExpr {
    SourcePos pos();

    /** A name: local variable, parameter, module constant, function, or module alias such as {@code np}. */
    record Name(String id, SourcePos pos) implements PyExpr {}

    /** An integer literal; Python ints are arbitrary precision, the subset keeps them within int64 (or uint64 bits). */
    /** An integer literal; {@code unsigned} when it is 2^63 .. 2^64-1, which Numba types uint64 (value holds its bits). */
    record IntLit(long value, boolean unsigned, SourcePos pos) implements PyExpr {
        public IntLit(long value, SourcePos pos) { this(value, false, pos); }
    }

    record FloatLit(double value, SourcePos pos) implements PyExpr {}

    /** An imaginary literal such as {@code 2j}: the complex number 0 + value·j. */
    record ImagLit(double value, SourcePos pos) implements PyExpr {}

    record BoolLit(boolean value, SourcePos pos) implements PyExpr {}

    record NoneLit(SourcePos pos) implements PyExpr {}

    /** {@code ...}: meaningful only as an array index item (as many full slices as the other items leave). */
    record EllipsisLit(SourcePos pos) implements PyExpr {}

    /** A string literal: only meaningful as an argument such as {@code dtype='float32'} or a decorator option. */
    record StrLit(String value, SourcePos pos) implements PyExpr {}

    record BinOp(BinaryOp op, PyExpr left, PyExpr right, SourcePos pos) implements PyExpr {}

    record UnaryOp(UnaryOperator op, PyExpr operand, SourcePos pos) implements PyExpr {}

    /** {@code a < b <= c}: {@code ops.size() == comparators.size()}. */
    record Compare(PyExpr left, List<CompareOp> ops, List<PyExpr> comparators, SourcePos pos) implements PyExpr {}

    /** {@code a and b and c} (isAnd) or {@code a or b or c}. */
    record BoolOp(boolean isAnd, List<PyExpr> values, SourcePos pos) implements PyExpr {}

    /** {@code body if test else orElse}. */
    record IfExp(PyExpr test, PyExpr body, PyExpr orElse, SourcePos pos) implements PyExpr {}

    /** {@code func(args..., name=value...)}; func is a Name or an Attribute such as {@code np.sum} or {@code a.copy}. */
    record Call(PyExpr func, List<PyExpr> args, List<Keyword> keywords, SourcePos pos) implements PyExpr {}

    record Keyword(String name, PyExpr value, SourcePos pos) {}

    /** {@code value.attr}: {@code np.pi}, {@code a.shape}, {@code a.T}, {@code math.exp}. */
    record Attribute(PyExpr value, String attr, SourcePos pos) implements PyExpr {}

    /** {@code value[index]}; a multi-dimensional index {@code a[i, j]} has a Tuple index. */
    record Subscript(PyExpr value, PyExpr index, SourcePos pos) implements PyExpr {}

    /** {@code lower:upper:step} inside a subscript; absent parts are null. */
    record Slice(PyExpr lower, PyExpr upper, PyExpr step, SourcePos pos) implements PyExpr {}

    /** {@code (a, b)} or a bare {@code a, b}. */
    record Tuple(List<PyExpr> elements, SourcePos pos) implements PyExpr {}

    /** A list display {@code [a, b, c]} (a list literal standing alone as a call argument is a {@link Tuple}). */
    record ListLit(List<PyExpr> elements, SourcePos pos) implements PyExpr {}

    /** {@code [element for target in iter if c1 if c2]}: one {@code for} clause, any number of {@code if}s. */
    record ListComp(PyExpr element, PyExpr target, PyExpr iter, List<PyExpr> conditions, SourcePos pos) implements PyExpr {}
}
