package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.Decorators;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code collections.namedtuple} as Numba supports it: a class defined at module level
 * ({@code Point = namedtuple("Point", ["x", "y"])}, or {@code "x y"}, {@code "x, y"}) whose instances a kernel makes
 * with positional or keyword arguments and reads by field name. An instance is a tuple whose type carries the
 * class's name and fields ({@link Type.Tuple#isNamed()}); indexing, unpacking, {@code len}, iteration, passing and
 * returning are the tuple's. Constant {@code defaults=} fill the last fields, as in Python. What Numba refuses
 * ({@code _replace}, {@code _asdict}, {@code _fields}, a class made inside a kernel) and {@code rename=}/{@code module=}
 * are an UnsupportedError at the line.
 */
final class NamedTuples {
    private NamedTuples() {}

    /** A namedtuple class: its name, field names, and the default values of its last fields (none, or some). */
    record NamedClass(String name, List<String> fields, List<PyExpr> defaults) {}

    /** Whether q, a qualified name, is the namedtuple factory. */
    static boolean isFactory(String q) { return "collections.namedtuple".equals(q); }

    /** The class module constant {@code name} defines, or null when that constant is not a namedtuple call. */
    static NamedClass of(Module module, String name) {
        if (!(module.constants().get(name) instanceof PyExpr.Call c) || !isFactory(Decorators.qualify(module, c.func()))) return null;
        List<PyExpr> defaults = List.of();
        for (PyExpr.Keyword k : c.keywords()) {
            if (!k.name().equals("defaults")) {
                throw new UnsupportedError(k.pos(), "namedtuple(" + k.name() + "=...) is not supported (Jumba supports"
                        + " namedtuple(typename, field_names, defaults=[...]))");
            }
            defaults = switch (k.value()) {
                case PyExpr.Tuple t -> t.elements();
                case PyExpr.ListLit l -> l.elements();
                default -> throw new UnsupportedError(k.value().pos(), "namedtuple()'s defaults must be a list or tuple of constants");
            };
        }
        if (c.args().size() != 2) {
            throw new TypingError(c.pos(), "namedtuple() takes a type name and the field names, got " + c.args().size() + " argument(s)");
        }
        if (!(c.args().getFirst() instanceof PyExpr.StrLit typeName)) {
            throw new UnsupportedError(c.args().getFirst().pos(), "namedtuple()'s type name must be a string constant");
        }
        List<String> fields = new ArrayList<>();
        switch (c.args().get(1)) {
            case PyExpr.StrLit s -> fields.addAll(Arrays.stream(s.value().replace(',', ' ').trim().split("\\s+"))
                    .filter(f -> !f.isEmpty()).toList());
            case PyExpr.Tuple t -> fields.addAll(names(t.elements()));
            case PyExpr.ListLit l -> fields.addAll(names(l.elements()));
            default -> throw new UnsupportedError(c.args().get(1).pos(),
                    "namedtuple()'s field names must be a string or a list or tuple of string constants");
        }
        Set<String> seen = new HashSet<>();
        for (String f : fields) {
            if (!f.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new TypingError(c.args().get(1).pos(), "namedtuple() field names must be identifiers not starting with"
                        + " an underscore: '" + f + "'");
            }
            if (!seen.add(f)) throw new TypingError(c.args().get(1).pos(), "namedtuple() encountered duplicate field name: '" + f + "'");
        }
        if (defaults.size() > fields.size()) throw new TypingError(c.pos(), "namedtuple() got more default values than field names");
        return new NamedClass(typeName.value(), List.copyOf(fields), List.copyOf(defaults));
    }

    /** {@code Point(a, y=b)}: an instance, its arguments bound to the fields as Python binds them. */
    static Expr construct(NamedClass cls, PyExpr.Call c, ExprLowering exprs) {
        int n = cls.fields().size();
        if (c.args().size() > n) {
            throw new TypingError(c.pos(), cls.name() + "() takes " + n + " positional argument(s) but " + c.args().size() + " were given");
        }
        Expr[] values = new Expr[n];
        for (int i = 0; i < c.args().size(); i++) values[i] = exprs.lower(c.args().get(i));
        for (PyExpr.Keyword k : c.keywords()) {
            int i = cls.fields().indexOf(k.name());
            if (i < 0) throw new TypingError(k.pos(), cls.name() + "() got an unexpected keyword argument '" + k.name() + "'");
            if (values[i] != null) throw new TypingError(k.pos(), cls.name() + "() got multiple values for argument '" + k.name() + "'");
            values[i] = exprs.lower(k.value());
        }
        for (int i = 0, firstDefault = n - cls.defaults().size(); i < n; i++) {
            if (values[i] == null && i >= firstDefault) values[i] = exprs.lower(cls.defaults().get(i - firstDefault));
            if (values[i] == null) {
                throw new TypingError(c.pos(), cls.name() + "() missing required argument '" + cls.fields().get(i) + "'");
            }
        }
        List<Expr> elements = List.of(values);
        return new Expr.TupleNew(elements, new Type.Tuple(elements.stream().map(Expr::type).toList(), cls.name(), cls.fields()));
    }

    /** {@code p.x}: the field's element of instance p. */
    static Expr field(Expr instance, String attr, SourcePos pos) {
        Type.Tuple t = (Type.Tuple) instance.type();
        int i = t.fields().indexOf(attr);
        if (i < 0 && attr.startsWith("_")) {
            throw new UnsupportedError(pos, "namedtuple attribute '" + attr + "' is not supported (Numba does not support it either)");
        }
        if (i < 0) throw new TypingError(pos, "'" + t.name() + "' has no field '" + attr + "' (its fields: " + String.join(", ", t.fields()) + ")");
        return new Expr.TupleGet(instance, i, t.elements().get(i));
    }

    /** {@code p._replace(...)}, {@code p._asdict()} and other methods of an instance: refused, as Numba refuses them. */
    static UnsupportedError method(Type.Tuple t, String attr, SourcePos pos) {
        return new UnsupportedError(pos, t.name() + "." + attr + "() is not supported: Numba compiles no namedtuple methods;"
                + " make a new " + t.name() + "(...) instead");
    }

    private static List<String> names(List<PyExpr> elements) {
        List<String> out = new ArrayList<>();
        for (PyExpr e : elements) {
            if (!(e instanceof PyExpr.StrLit s)) throw new UnsupportedError(e.pos(), "namedtuple()'s field names must be string constants");
            out.add(s.value());
        }
        return out;
    }
}
