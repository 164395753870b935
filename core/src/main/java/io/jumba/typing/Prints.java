package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code print(...)} as a statement, as Numba 0.56 compiles it: positional arguments only (numbers, bools, arrays,
 * tuples of those, string constants and None), separated by one space and ended by a newline, each shown as
 * Python's {@code str} shows it. Constant strings and None become part of the printed text.
 */
final class Prints {
    private final FunctionTyping f;

    Prints(FunctionTyping f) { this.f = f; }

    /** Whether call is a call of the built-in print (not a local, constant or function of that name). */
    boolean isPrint(PyExpr.Call call) {
        return "print".equals(f.exprs.qualify(call.func()));
    }

    void print(PyExpr.Call call) {
        if (!call.keywords().isEmpty()) {
            PyExpr.Keyword k = call.keywords().getFirst();
            throw new UnsupportedError(k.pos(), "print() takes no keyword arguments in Numba ('" + k.name() + "=')");
        }
        List<String> texts = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < call.args().size(); i++) {
            if (i > 0) text.append(' ');
            PyExpr arg = ListsAndDicts.bracketsAsList(call.args().get(i)); // print([1, 2]) prints a list
            switch (arg) {
                case PyExpr.StrLit s -> text.append(s.value());
                case PyExpr.NoneLit n -> text.append("None");
                default -> {
                    Expr value = f.exprs.lowerKeepingOptional(arg);
                    requirePrintable(value.type(), arg, false);
                    if (value.type() instanceof Type.Tuple t && holdsNamed(t)) {
                        spelled(f.temp(value), t, arg, texts, values, text);
                        continue;
                    }
                    texts.add(text.toString());
                    text.setLength(0);
                    values.add(value);
                }
            }
        }
        texts.add(text.append('\n').toString());
        f.emit(new Stmt.Print(texts, values));
    }

    /**
     * A tuple that is or holds a namedtuple, as Python prints it: {@code Point(x=1, y=2.5)},
     * {@code (Point(x=1, y=2.5), 3)}. The runtime prints an Object[] as a plain tuple, so the names, fields and
     * brackets become text and only the other elements are values (scalars, whose str is their repr, None and plain
     * tuples); an array or list there would print as its str, not the repr a tuple shows, so it is refused.
     */
    private static void spelled(Expr instance, Type.Tuple t, PyExpr at, List<String> texts, List<Expr> values, StringBuilder text) {
        text.append(t.isNamed() ? t.name() : "").append('(');
        for (int k = 0; k < t.elements().size(); k++) {
            Type e = t.elements().get(k);
            text.append(k == 0 ? "" : ", ").append(t.isNamed() ? t.fields().get(k) + "=" : "");
            Expr item = new Expr.TupleGet(instance, k, e);
            switch (e) {
                case Type.Tuple inner when holdsNamed(inner) -> spelled(item, inner, at, texts, values, text);
                case Type.Scalar s -> value(item, texts, values, text);
                case Type.Tuple inner -> value(item, texts, values, text);
                case Type.None n -> text.append("None");
                case Type.Optional o when o.value() instanceof Type.Scalar -> value(item, texts, values, text);
                default -> throw new UnsupportedError(at.pos(), "print of a " + (t.isNamed() ? "namedtuple" : "tuple")
                        + " holding " + e + (t.isNamed() ? "" : " beside a namedtuple") + " is not supported; print its fields");
            }
        }
        text.append(t.isNamed() || t.elements().size() != 1 ? ")" : ",)");
    }

    /** value printed at this point of the text. */
    private static void value(Expr value, List<String> texts, List<Expr> values, StringBuilder text) {
        texts.add(text.toString());
        text.setLength(0);
        values.add(value);
    }

    private static boolean holdsNamed(Type.Tuple t) {
        return t.isNamed() || t.elements().stream().anyMatch(e -> e instanceof Type.Tuple inner && holdsNamed(inner));
    }

    /** A uint64 prints unsigned only as a value of its own (nested, its box would print its bits signed). */
    private static void requirePrintable(Type t, PyExpr at, boolean nested) {
        switch (t) {
            case Type.Scalar s -> {
                if (nested && s.dtype() == io.jumba.array.DType.UINT64) {
                    throw new UnsupportedError(at.pos(), "print of a uint64 inside a tuple or optional value is not"
                            + " supported; print the uint64 on its own");
                }
            }
            case Type.Array a -> { }
            case Type.Tuple tu -> tu.elements().forEach(e -> requirePrintable(e, at, true));
            case Type.None n -> { }
            case Type.Optional o -> requirePrintable(o.value(), at, true);
            case Type.ListOf l -> { }
            case Type.DictOf d -> { }
            case Type.DTypeValue d -> { }
        }
    }
}
