package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code raise} and {@code assert} as Numba 0.56 compiles them: a built-in exception class, raised bare or with
 * constant arguments, reaches the caller under its Python name with the message Python would print
 * ({@code str(exception)}) and the kernel line; {@code assert test, msg} raises AssertionError(msg) when test is
 * false.
 */
final class Raises {
    private static final Set<String> BUILTIN = Set.of("Exception", "ValueError", "TypeError", "IndexError", "KeyError",
            "ZeroDivisionError", "ArithmeticError", "OverflowError", "RuntimeError", "AssertionError",
            "NotImplementedError", "LookupError", "FloatingPointError", "MemoryError");

    private final FunctionTyping f;

    Raises(FunctionTyping f) { this.f = f; }

    void raise(PyStmt.Raise r) {
        PyExpr exception = r.exception();
        List<PyExpr> args = List.of();
        if (exception instanceof PyExpr.Call call) {
            if (!call.keywords().isEmpty()) {
                throw new UnsupportedError(call.keywords().getFirst().pos(), "exception arguments cannot be keywords");
            }
            args = call.args();
            exception = call.func();
        }
        String name = exceptionName(exception);
        f.emit(new Stmt.Raise(name, message(name, args), List.of(), r.pos()));
    }

    void assertion(PyStmt.Assert a) {
        Expr test = TypedIr.truth(f.exprs.lower(a.test()), a.test().pos());
        String message = a.message() == null ? "" : message("AssertionError", List.of(a.message()));
        f.emit(new Stmt.If(TypedIr.not(test), List.of(new Stmt.Raise("AssertionError", message, List.of(), a.pos())), List.of()));
    }

    private String exceptionName(PyExpr e) {
        if (e instanceof PyExpr.Name n && BUILTIN.contains(n.id()) && !f.scope.has(n.id())
                && !f.specializer.constants.has(n.id()) && f.specializer.module.function(n.id()) == null
                && !f.specializer.module.imports().containsKey(n.id())) {
            return n.id();
        }
        throw new UnsupportedError(e.pos(), "only built-in exceptions can be raised (ValueError, IndexError, ...)");
    }

    /** {@code str(exception)}: empty, the one argument's str, or the tuple of the arguments' reprs. */
    private String message(String name, List<PyExpr> args) {
        List<String> reprs = new ArrayList<>(), strs = new ArrayList<>();
        for (PyExpr arg : args) {
            Object v = constant(arg);
            strs.add(v instanceof String s ? s : python(v));
            reprs.add(v instanceof String s ? "'" + s + "'" : python(v));
        }
        String text = switch (args.size()) {
            case 0 -> "";
            case 1 -> name.equals("KeyError") ? reprs.getFirst() : strs.getFirst();
            default -> "(" + String.join(", ", reprs) + ")";
        };
        if (text.contains("{}")) {
            throw new UnsupportedError(args.getFirst().pos(), "an exception message cannot contain '{}' in Jumba");
        }
        return text;
    }

    private Object constant(PyExpr arg) {
        if (arg instanceof PyExpr.StrLit s) return s.value();
        if (arg instanceof PyExpr.BinOp(var op, PyExpr l, PyExpr r, _) && op == io.jumba.frontend.ast.BinaryOp.ADD
                && constant(l) instanceof String a && constant(r) instanceof String b) {
            return a + b; // 'a' + 'b', folded as Numba does
        }
        if (f.exprs.lower(arg) instanceof Expr.Const c && !(c.value() instanceof Double)) return c.value();
        throw new TypingError(arg.pos(), "exception arguments must be string, integer or bool constants, as in Numba");
    }

    private static String python(Object v) {
        return v instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(v);
    }
}
