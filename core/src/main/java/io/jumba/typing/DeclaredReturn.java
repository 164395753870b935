package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * A return type declared in a signature ({@code @njit("int32(float64)")}) converts the entry's results as Numba
 * does: scalars by the same cast as {@code np.int32(x)}, tuples element by element; an array must keep its dtype and
 * number of dimensions (any layout is accepted, as Numba's view to {@code float64[:]}). A recursive entry must declare
 * the type it returns (Numba 0.56 fails to lower the conversion there).
 */
final class DeclaredReturn {
    private DeclaredReturn() {}

    /** program with its entry returning declared, or program itself when nothing needs converting. */
    static Program apply(Program program, Type declared) {
        Function f = program.entry();
        Type inferred = f.returnType();
        if (sameOrView(inferred, declared)) return program;
        if (!convertible(inferred, declared)) {
            throw new TypingError(f.pos(), "No conversion from " + inferred + " to " + declared + ": "
                    + f.pythonName() + " returns " + inferred + " but its signature declares " + declared);
        }
        if (calls(f.body(), f.name())) {
            throw new TypingError(f.pos(), "recursive " + f.pythonName() + " returns " + inferred
                    + ": its signature must declare that type");
        }
        Counter temps = new Counter();
        List<Stmt> body = rewrite(f.body(), declared, temps);
        Function cast = new Function(f.name(), f.pythonName(), f.params(), resultType(inferred, declared), body,
                f.options(), f.pos());
        return new Program(cast, program.functions());
    }

    /** What the converted result's type is: declared, except that arrays (also in tuples) keep their layout. */
    private static Type resultType(Type inferred, Type declared) {
        if (sameOrView(inferred, declared)) return inferred;
        if (inferred instanceof Type.Tuple t && declared instanceof Type.Tuple d) {
            List<Type> elements = new ArrayList<>();
            for (int i = 0; i < t.elements().size(); i++) {
                elements.add(resultType(t.elements().get(i), d.elements().get(i)));
            }
            return new Type.Tuple(elements);
        }
        return declared;
    }

    private static boolean sameOrView(Type inferred, Type declared) {
        if (inferred.equals(declared)) return true;
        return inferred instanceof Type.Array a && declared instanceof Type.Array d
                && a.dtype() == d.dtype() && a.ndim() == d.ndim();
    }

    private static boolean convertible(Type from, Type to) {
        return switch (from) {
            case Type.Scalar s -> to instanceof Type.Scalar;
            case Type.Tuple t -> to instanceof Type.Tuple d && d.elements().size() == t.elements().size()
                    && allConvertible(t.elements(), d.elements());
            default -> false;
        };
    }

    private static boolean allConvertible(List<Type> from, List<Type> to) {
        for (int i = 0; i < from.size(); i++) {
            if (!sameOrView(from.get(i), to.get(i)) && !convertible(from.get(i), to.get(i))) return false;
        }
        return true;
    }

    private static boolean calls(List<Stmt> body, String name) {
        return Stmts.nodes(body).anyMatch(e -> e instanceof Expr.Call c && c.function().equals(name));
    }

    private static List<Stmt> rewrite(List<Stmt> block, Type declared, Counter temps) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : block) {
            if (s instanceof Stmt.Return r) {
                converted(r.value(), declared, out, temps);
            } else {
                out.add(Stmts.mapBodies(s, b -> rewrite(b, declared, temps)));
            }
        }
        return out;
    }

    /** Appends to out the statements that return value converted to declared. */
    private static void converted(Expr value, Type declared, List<Stmt> out, Counter temps) {
        if (!(value.type() instanceof Type.Tuple) || value instanceof Expr.TupleNew || value instanceof Expr.Local) {
            out.add(new Stmt.Return(convert(value, declared)));
            return;
        }
        Var tmp = new Var("__jumba_ret" + temps.next(), value.type());
        out.add(new Stmt.Assign(tmp, value));
        out.add(new Stmt.Return(convert(new Expr.Local(tmp), declared)));
    }

    /** value as declared; a tuple value must be a TupleNew or a local (it is read once per element). */
    private static Expr convert(Expr value, Type declared) {
        if (sameOrView(value.type(), declared)) return value;
        return switch (declared) {
            case Type.Scalar s -> TypedIr.cast(value, s.dtype());
            case Type.Tuple t -> {
                List<Expr> elements = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) {
                    Expr e = value instanceof Expr.TupleNew n ? n.elements().get(i)
                            : new Expr.TupleGet(value, i, ((Type.Tuple) value.type()).elements().get(i));
                    elements.add(convert(e, t.elements().get(i)));
                }
                yield new Expr.TupleNew(elements, new Type.Tuple(elements.stream().map(Expr::type).toList()));
            }
            default -> throw new IllegalStateException("checked convertible: " + value.type() + " to " + declared);
        };
    }

    /** Numbers the temporaries of one function. */
    private static final class Counter {
        private int n;

        int next() { return n++; }
    }
}
