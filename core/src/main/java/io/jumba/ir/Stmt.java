package io.jumba.ir;

import io.jumba.source.SourcePos;

import java.util.List;

/**
 * Typed statements. Loops are structured (no gotos) so passes can find loop nests directly.
 * After {@code ArrayLowering} no {@link ArrayStore} remains: whole-array work is explicit {@link ForRange} nests.
 */
public sealed interface Stmt {

    /** {@code target = value}; value's type equals the variable's type (casts are explicit). */
    record Assign(Var target, Expr value) implements Stmt {}

    /**
     * {@code array[indices] = value} for one element. Indices are int64, may be negative (Python wraps them),
     * and raise IndexError at {@code pos} when out of range. value has the array's dtype.
     */
    record Store(Expr array, List<Expr> indices, Expr value, SourcePos pos) implements Stmt {}

    /**
     * Whole-array assignment {@code target[...] = value}: target is an array-valued expression (usually a
     * {@link Expr.View}); value is an array (broadcast to target's shape, ValueError if it cannot) or a scalar
     * (filled), of target's dtype after casting.
     */
    record ArrayStore(Expr target, Expr value, SourcePos pos) implements Stmt {}

    record If(Expr cond, List<Stmt> then, List<Stmt> otherwise) implements Stmt {}

    /**
     * {@code for index in range(start, stop, step)}: all three int64, evaluated once before the loop; a zero step
     * raises ValueError at pos. {@code parallel} marks {@code prange}. After the loop the index keeps its last
     * value, as in Python.
     */
    record ForRange(Var index, Expr start, Expr stop, Expr step, List<Stmt> body, boolean parallel, SourcePos pos)
            implements Stmt {}

    /** {@code while cond:} at pos (the {@code while} keyword; synthesized loops carry their origin's position). */
    record While(Expr cond, List<Stmt> body, SourcePos pos) implements Stmt {}

    record Break() implements Stmt {}

    record Continue() implements Stmt {}

    /** {@code return value}; value is null for a function returning None. */
    record Return(Expr value) implements Stmt {}

    /**
     * {@code try: body except: handler finally: finalBody}. When {@code catches}, a Python exception (a
     * {@link io.jumba.diag.KernelRuntimeError} other than KeyboardInterrupt, raised here or in a called function)
     * leaving body runs handler instead of the rest of body; else handler is empty (try/finally). finalBody runs
     * however body and handler are left (normally, by an exception, return, break or continue), as in Python and Java.
     * A try's {@code else:} is lowered to statements of body guarded by a flag.
     */
    record Try(List<Stmt> body, boolean catches, List<Stmt> handler, List<Stmt> finalBody, SourcePos pos) implements Stmt {
        public Try {
            body = List.copyOf(body);
            handler = List.copyOf(handler);
            finalBody = List.copyOf(finalBody);
            if (!catches && !handler.isEmpty()) throw new IllegalArgumentException("a handler without an except clause");
        }
    }

    /** An expression evaluated for its effects (a call). */
    record Eval(Expr value) implements Stmt {}

    /**
     * Python's {@code print}: writes {@code texts[0]}, then each value's {@code str()} followed by the next text, to
     * standard output as one write. The texts are the constant strings printed around the values, with the
     * separating spaces and the final newline.
     */
    record Print(List<String> texts, List<Expr> values) implements Stmt {
        public Print {
            texts = List.copyOf(texts);
            values = List.copyOf(values);
            if (texts.size() != values.size() + 1) throw new IllegalArgumentException("one more text than values");
        }
    }

    /**
     * Raises the Python exception {@code pythonName} (e.g. "ValueError") at pos, as a
     * {@link io.jumba.diag.KernelRuntimeError}. The message is {@code format} with each {@code "{}"} replaced, in
     * order, by the decimal value of the matching int64 expression of {@code args} (evaluated left to right).
     * Passes emit it for runtime checks such as broadcast-shape mismatches; it never completes normally.
     */
    record Raise(String pythonName, String format, List<Expr> args, SourcePos pos) implements Stmt {
        public Raise { args = List.copyOf(args); }
    }
}
