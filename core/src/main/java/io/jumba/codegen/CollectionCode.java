package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.types.Type;

import java.util.List;
import java.util.function.Function;

/**
 * The Java call of a list or dict operation ({@link Expr.Collection}): a static method of {@code PyList} or
 * {@code PyDict}. List elements cross as the long, double or boolean of the method's suffix ({@code getLong},
 * {@code appendDouble}, ...) and are cast back to the element's Java type; the items of a list of arrays, tuples or
 * lists as the Object of the {@code Object} methods, cast back to NDArray, Object[] or PyList; dict keys and values
 * cross boxed as the runtime holds them (Long, Double, Boolean).
 */
final class CollectionCode {
    private CollectionCode() {}

    /** The expression; expr writes an operand, pos is the reference to the node's source position. */
    static String of(Expr.Collection c, Function<Expr, String> expr, String pos) {
        List<Expr> a = c.args();
        return switch (c.fn()) {
            case LIST_EMPTY -> objects(c.type()) ? "PyList.empty(null)" : "PyList.empty(DType." + element(c.type()).name() + ")";
            case LIST_OF -> objects(c.type()) ? "PyList.ofObjects(new Object[] {" + String.join(", ", a.stream().map(expr).toList()) + "})"
                    : literal(element(c.type()), a, expr);
            case LIST_LEN -> "PyList.len(" + expr.apply(a.get(0)) + ")";
            case LIST_GET -> back(a.get(0).type(), "PyList.get" + suffix(a.get(0)) + "(" + expr.apply(a.get(0)) + ", "
                    + expr.apply(a.get(1)) + ", " + pos + ")");
            case LIST_SET -> "PyList.set" + suffix(a.get(0)) + "(" + expr.apply(a.get(0)) + ", " + expr.apply(a.get(1)) + ", "
                    + out(a.get(0), a.get(2), expr) + ", " + pos + ")";
            case LIST_APPEND -> "PyList.append" + suffix(a.get(0)) + "(" + expr.apply(a.get(0)) + ", " + out(a.get(0), a.get(1), expr) + ")";
            case LIST_INSERT -> "PyList.insert" + suffix(a.get(0)) + "(" + expr.apply(a.get(0)) + ", " + expr.apply(a.get(1)) + ", "
                    + out(a.get(0), a.get(2), expr) + ")";
            case LIST_POP -> back(a.get(0).type(), "PyList.pop" + suffix(a.get(0)) + "(" + expr.apply(a.get(0)) + ", "
                    + expr.apply(a.get(1)) + ", " + pos + ")");
            case LIST_CONTAINS -> byValue("PyList.contains", a, expr, "");
            case LIST_INDEX -> byValue("PyList.index", a, expr, ", " + expr.apply(a.get(2)) + ", " + expr.apply(a.get(3)) + ", " + pos);
            case LIST_COUNT -> byValue("PyList.count", a, expr, "");
            case LIST_REMOVE -> byValue("PyList.remove", a, expr, ", " + pos);
            case LIST_SORT -> call("PyList.sort", a, expr);
            case LIST_REVERSE -> call("PyList.reverse", a, expr);
            case LIST_CLEAR -> call("PyList.clear", a, expr);
            case LIST_EXTEND -> call("PyList.extend", a, expr);
            case LIST_CONCAT -> call("PyList.concat", a, expr);
            case LIST_REPEAT -> call("PyList.repeat", a, expr);
            case LIST_SLICE -> "PyList.slice(" + String.join(", ", a.stream().map(expr).toList()) + ", " + pos + ")";
            case LIST_TO_ARRAY -> a.size() == 1 ? call("PyList.toArray", a, expr) : "PyList.toArray(" + expr.apply(a.get(0))
                    + ", DType." + ((Type.Array) c.type()).dtype().name() + ", " + expr.apply(a.get(1)) + ", " + pos + ")";
            case DICT_EMPTY -> {
                Type.DictOf d = (Type.DictOf) c.type();
                yield "PyDict.empty(DType." + d.key().dtype().name() + ", DType." + d.value().dtype().name() + ")";
            }
            case DICT_LEN -> call("PyDict.len", a, expr);
            case DICT_GET -> back(dict(a).value().dtype(), unboxed(dict(a).value().dtype(),
                    "PyDict.get(" + expr.apply(a.get(0)) + ", " + boxed(a.get(1), expr) + ", " + pos + ")"));
            case DICT_GET_OR -> back(dict(a).value().dtype(), unboxed(dict(a).value().dtype(),
                    "PyDict.getOr(" + expr.apply(a.get(0)) + ", " + boxed(a.get(1), expr) + ", " + boxed(a.get(2), expr) + ")"));
            case DICT_PUT -> "PyDict.put(" + expr.apply(a.get(0)) + ", " + boxed(a.get(1), expr) + ", " + boxed(a.get(2), expr) + ")";
            case DICT_CONTAINS -> "PyDict.contains(" + expr.apply(a.get(0)) + ", " + boxed(a.get(1), expr) + ")";
            case DICT_POP -> back(dict(a).value().dtype(), unboxed(dict(a).value().dtype(),
                    "PyDict.pop(" + expr.apply(a.get(0)) + ", " + boxed(a.get(1), expr) + ", " + pos + ")"));
            case DICT_POP_OR -> back(dict(a).value().dtype(), unboxed(dict(a).value().dtype(),
                    "PyDict.popOr(" + expr.apply(a.get(0)) + ", " + boxed(a.get(1), expr) + ", " + boxed(a.get(2), expr) + ")"));
            case DICT_KEYS -> call("PyDict.keys", a, expr);
            case DICT_VALUES -> call("PyDict.values", a, expr);
        };
    }

    /**
     * A search of list a[0] for value a[1], compared as Python compares numbers: as doubles when the list or the
     * value is a float ({@code method + "Double"}), as longs otherwise, and a tuple in a list of tuples as Python
     * compares tuples ({@code method + "Object"}); rest is the call's further operands.
     */
    private static String byValue(String method, List<Expr> a, Function<Expr, String> expr, String rest) {
        if (objects(a.get(0).type())) return method + "Object(" + expr.apply(a.get(0)) + ", " + expr.apply(a.get(1)) + rest + ")";
        DType v = ((Type.Scalar) a.get(1).type()).dtype();
        boolean floating = element(a.get(0).type()).isFloat() || v.isFloat();
        String value = v.isBool() ? "(" + javaValue(a.get(1), expr) + " ? 1 : 0)"
                : (floating ? "(double) " : "(long) ") + javaValue(a.get(1), expr);
        return method + (floating ? "Double" : "Long") + "(" + expr.apply(a.get(0)) + ", " + value + rest + ")";
    }

    private static String call(String method, List<Expr> a, Function<Expr, String> expr) {
        return method + "(" + String.join(", ", a.stream().map(expr).toList()) + ")";
    }

    private static DType element(Type list) { return ((Type.Scalar) ((Type.ListOf) list).element()).dtype(); }

    /** Whether a list type's items are arrays, tuples or lists (held as objects). */
    private static boolean objects(Type list) { return !((Type.ListOf) list).ofScalars(); }

    private static Type.DictOf dict(List<Expr> a) { return (Type.DictOf) a.get(0).type(); }

    /** The storage kind of a list's elements: Bool, Double, Long or Object. */
    private static String suffix(Expr list) {
        if (objects(list.type())) return "Object";
        DType d = element(list.type());
        return d.isBool() ? "Bool" : d.isFloat() ? "Double" : "Long";
    }

    /** An element value as the list method of its suffix takes it. */
    private static String out(Expr list, Expr value, Function<Expr, String> expr) {
        if (objects(list.type())) return expr.apply(value);
        DType d = element(list.type());
        return d.isBool() ? expr.apply(value) : (d.isFloat() ? "(double) " : "(long) ") + javaValue(value, expr);
    }

    /** A parenthesised operand: casts bind tighter than most operators. */
    private static String javaValue(Expr e, Function<Expr, String> expr) { return "(" + expr.apply(e) + ")"; }

    /** A list item read by call (a long, double, boolean or Object) as the Java type of the list's items. */
    private static String back(Type list, String call) {
        return objects(list) ? JavaTypes.unbox(((Type.ListOf) list).element(), call) : back(element(list), call);
    }

    /** A long/double/boolean result as the Java type of dtype d. */
    private static String back(DType d, String call) {
        return d.isBool() || d == DType.INT64 || d == DType.UINT64 || d == DType.UINT32 || d == DType.FLOAT64
                ? call : "((" + JavaTypes.scalar(d) + ") " + call + ")";
    }

    private static String boxed(Expr e, Function<Expr, String> expr) {
        DType d = ((Type.Scalar) e.type()).dtype();
        if (d.isBool()) return "Boolean.valueOf(" + expr.apply(e) + ")";
        return (d.isFloat() ? "Double.valueOf((double) " : "Long.valueOf((long) ") + javaValue(e, expr) + ")";
    }

    private static String unboxed(DType d, String object) {
        if (d.isBool()) return "((Boolean) " + object + ").booleanValue()";
        return d.isFloat() ? "((Double) " + object + ").doubleValue()" : "((Long) " + object + ").longValue()";
    }

    private static String literal(DType d, List<Expr> elements, Function<Expr, String> expr) {
        String kind = d.isBool() ? "boolean" : d.isFloat() ? "double" : "long";
        String method = d.isBool() ? "PyList.ofBools(" : "PyList.of" + (d.isFloat() ? "Doubles" : "Longs") + "(DType." + d.name() + ", ";
        StringBuilder sb = new StringBuilder(method + "new " + kind + "[] {");
        for (int k = 0; k < elements.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(d.isBool() ? "" : "(" + kind + ") ").append(javaValue(elements.get(k), expr));
        }
        return sb.append("})").toString();
    }
}
