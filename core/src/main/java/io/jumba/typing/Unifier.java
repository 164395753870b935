package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Numba's unification of the types one variable (or one function's returns) takes: scalars promote as NumPy
 * (int64 with float64 gives float64), arrays of one dtype and ndim unify to the common layout (A when they differ),
 * tuples element by element, lists by their elements (the undefined element of {@code []} with any); None with a
 * type T gives Numba's optional T. Anything else cannot be unified.
 */
public final class Unifier {
    private Unifier() {}

    /** The unified type, or null when a and b cannot be unified. */
    public static Type unify(Type a, Type b) {
        if (a.equals(b)) return a;
        if (a instanceof Type.None || b instanceof Type.None) {
            Type other = a instanceof Type.None ? b : a;
            return other instanceof Type.Optional ? other : new Type.Optional(other);
        }
        if (a instanceof Type.Optional || b instanceof Type.Optional) {
            Type value = unify(valueOf(a), valueOf(b));
            return value == null ? null : new Type.Optional(value);
        }
        return switch (a) {
            case Type.Scalar sa when b instanceof Type.Scalar sb -> Type.scalar(DType.promote(sa.dtype(), sb.dtype()));
            case Type.Array aa when b instanceof Type.Array ab && aa.dtype() == ab.dtype() && aa.ndim() == ab.ndim() ->
                    Type.array(aa.dtype(), aa.ndim(), Layout.A);
            case Type.Tuple ta when b instanceof Type.Tuple tb && ta.elements().size() == tb.elements().size() -> {
                List<Type> elements = new ArrayList<>();
                for (int i = 0; i < ta.elements().size(); i++) {
                    Type u = unify(ta.elements().get(i), tb.elements().get(i));
                    if (u == null) yield null;
                    elements.add(u);
                }
                // Two instances of one namedtuple class stay one; anything else is a plain tuple.
                boolean sameClass = java.util.Objects.equals(ta.name(), tb.name()) && ta.fields().equals(tb.fields());
                yield sameClass ? new Type.Tuple(elements, ta.name(), ta.fields()) : new Type.Tuple(elements);
            }
            case Type.ListOf la when b instanceof Type.ListOf lb -> {
                if (la.element() == null || lb.element() == null) yield la.element() == null ? lb : la;
                Type element = unify(la.element(), lb.element());
                yield element == null || element instanceof Type.Optional ? null : new Type.ListOf(element);
            }
            default -> null;
        };
    }

    private static Type valueOf(Type t) { return t instanceof Type.Optional o ? o.value() : t; }
}
