package io.jumba.testing;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.KernelOptions;
import io.jumba.interp.Interpreter;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.lower.ArrayLowering;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;

/** Test-only builder of IR programs and inspector of their structure. */
public final class TestIr {
    private TestIr() {}

    public static final SourcePos POS = new SourcePos("<test>", 3, 5, "    out[:] = a + b");

    public static Type.Array f64Array(int ndim) { return Type.array(DType.FLOAT64, ndim, Layout.A); }

    public static Type.Array f64CArray(int ndim) { return Type.array(DType.FLOAT64, ndim, Layout.C); }





    public static Expr el(int k) { return new Expr.Element(k, Type.FLOAT64); }

    public static Expr add(Expr a, Expr b) { return new Expr.Binary(BinOp.ADD, a, b, (Type.Scalar) a.type(), POS); }

    public static Expr mul(Expr a, Expr b) { return new Expr.Binary(BinOp.MUL, a, b, (Type.Scalar) a.type(), POS); }

    public static Expr exp(Expr a) { return new Expr.Intrinsic(MathFn.EXP, List.of(a), Type.FLOAT64); }

    /** A float64 Elementwise of result ndim over inputs. */
    public static Expr.Elementwise ew(int ndim, Expr body, Expr... inputs) {
        return new Expr.Elementwise(List.of(inputs), body, f64CArray(ndim), POS);
    }

    /** {@code np.<op>(array)} (axis null) or along axis, with Numba's result types. */
    public static Expr.Reduce reduce(ReduceOp op, Expr array, Integer axis) {
        Type.Array t = (Type.Array) array.type();
        DType d = switch (op) {
            case SUM, PROD -> t.dtype().isFloat() ? t.dtype() : DType.INT64;
            case MEAN -> DType.FLOAT64;
            case MIN, MAX -> t.dtype();
            case ARGMIN, ARGMAX -> DType.INT64;
            case ANY, ALL -> DType.BOOL;
        };
        Type type = axis == null ? Type.scalar(d) : Type.array(d, t.ndim() - 1, Layout.C);
        return new Expr.Reduce(op, array, axis, type, POS);
    }

    /** {@code array[lo:hi:step]} on the first dimension (null bounds are absent). */
    public static Expr slice(Expr array, Long lo, Long hi, Long step) {
        Type.Array t = (Type.Array) array.type();
        Expr.IndexSpec spec = new Expr.IndexSpec.Range(lo == null ? null : Ir.i64(lo), hi == null ? null : Ir.i64(hi),
                step == null ? null : Ir.i64(step));
        return new Expr.View(array, List.of(spec), Type.array(t.dtype(), t.ndim(), Layout.A), POS);
    }

    public static Expr all(Expr array) { return slice(array, null, null, null); }

    public static Program program(List<Var> params, Type returnType, Stmt... body) {
        return new Program(new Function("k", "k", params, returnType, List.of(body), KernelOptions.DEFAULT, POS), List.of());
    }

    public static NDArray array(double[] data, int... shape) {
        return new NDArray(DType.FLOAT64, data.clone(), 0, shape, NDArray.cStrides(shape));
    }

    public static NDArray vector(double... data) { return array(data, data.length); }

    /** Every element in C order, as doubles. */
    public static double[] values(NDArray a) {
        double[] out = new double[a.size()];
        int[] idx = new int[a.ndim()];
        for (int p = 0; p < out.length; p++) {
            out[p] = a.getDouble(idx);
            for (int d = a.ndim() - 1; d >= 0; d--) {
                if (++idx[d] < a.shape(d)) break;
                idx[d] = 0;
            }
        }
        return out;
    }

    // ---- behaviour ----------------------------------------------------------------------------------------------

    /**
     * Runs p and {@code ArrayLowering.apply(p)} through the reference interpreter, each on fresh arguments from
     * args, and asserts they agree: the same result and the same argument contents afterwards (stores write into
     * arguments), or the same error (name, message and position). Returns the lowered program's run.
     */
    public static Run sameAsOriginal(Program p, Supplier<Object[]> args) {
        return sameAsOriginal(p, ArrayLowering::apply, args);
    }

    /** As {@link #sameAsOriginal(Program, Supplier)}, with passes in place of array lowering alone. */
    public static Run sameAsOriginal(Program p, java.util.function.UnaryOperator<Program> passes, Supplier<Object[]> args) {
        Run original = Run.of(p, args.get());
        Run lowered = Run.of(passes.apply(p), args.get());
        if (original.error() != null || lowered.error() != null) {
            assertNotNull(original.error(), () -> "only the lowered program failed: " + lowered.error().getMessage());
            assertNotNull(lowered.error(), () -> "only the original failed: " + original.error().getMessage());
            assertEquals(original.error().pythonName(), lowered.error().pythonName());
            assertEquals(original.error().detail(), lowered.error().detail());
            assertEquals(original.error().pos(), lowered.error().pos());
            return lowered;
        }
        assertSameValue(original.result(), lowered.result());
        for (int k = 0; k < original.args().length; k++) assertSameValue(original.args()[k], lowered.args()[k]);
        return lowered;
    }

    /** One interpreter run: its arguments (as left afterwards) and its result or kernel error. */
    public record Run(Object[] args, Object result, KernelRuntimeError error) {
        static Run of(Program p, Object[] args) {
            try {
                return new Run(args, Interpreter.run(p, args), null);
            } catch (KernelRuntimeError e) {
                return new Run(args, null, e);
            }
        }

        public NDArray array() {
            assertNull(error, () -> "failed: " + error.getMessage());
            return (NDArray) result;
        }
    }

    /** Equal scalars (NaN equals NaN), arrays of one dtype and shape with equal elements, or tuples of such. */
    public static void assertSameValue(Object expected, Object actual) {
        if (expected instanceof Object[] tuple) {
            Object[] other = assertInstanceOf(Object[].class, actual);
            assertEquals(tuple.length, other.length);
            for (int k = 0; k < tuple.length; k++) assertSameValue(tuple[k], other[k]);
        } else if (expected instanceof NDArray e) {
            NDArray a = assertInstanceOf(NDArray.class, actual);
            assertEquals(e.dtype(), a.dtype());
            assertArrayEquals(e.shape(), a.shape());
            assertEquals(show(values(e)), show(values(a)));
        } else {
            assertEquals(expected, actual);
        }
    }

    // ---- structure ----------------------------------------------------------------------------------------------

    /** Every statement, depth first. */
    public static List<Stmt> stmts(List<Stmt> body) { return Stmts.walk(body).toList(); }

    /** Every expression node of every statement. */
    public static List<Expr> exprs(List<Stmt> body) { return Stmts.nodes(body).toList(); }

    public static long count(List<Stmt> body, Class<?> kind) {
        return stmts(body).stream().filter(kind::isInstance).count() + exprs(body).stream().filter(kind::isInstance).count();
    }

    /** No Elementwise/Reduce/Dot/Element/ArrayStore anywhere. */
    public static boolean isLoopLevel(List<Stmt> body) {
        return stmts(body).stream().noneMatch(s -> s instanceof Stmt.ArrayStore)
                && exprs(body).stream().noneMatch(e -> Exprs.isArrayLevel(e) || e instanceof Expr.Element);
    }

    /** The top-level loops of body (loops not nested in another loop). */
    public static List<Stmt.ForRange> outerLoops(List<Stmt> body) {
        List<Stmt.ForRange> loops = new ArrayList<>();
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f -> loops.add(f);
                case Stmt.If i -> { loops.addAll(outerLoops(i.then())); loops.addAll(outerLoops(i.otherwise())); }
                case Stmt.Try t -> { loops.addAll(outerLoops(t.body())); loops.addAll(outerLoops(t.handler())); loops.addAll(outerLoops(t.finalBody())); }
                default -> {}
            }
        }
        return loops;
    }

    /**
     * The loop nest of a fused expression that runs when no input is broadcast, asserting that body holds exactly
     * one fused nest: either alone, or in two versions ({@code if <unbroadcast>: fast else: general}).
     */
    public static Stmt.ForRange unbroadcastNest(List<Stmt> body) {
        List<Stmt.ForRange> top = body.stream().filter(s -> s instanceof Stmt.ForRange).map(s -> (Stmt.ForRange) s).toList();
        List<Stmt.If> versioned = body.stream().filter(s -> s instanceof Stmt.If i && !outerLoops(i.then()).isEmpty())
                .map(s -> (Stmt.If) s).toList();
        assertEquals(1, top.size() + versioned.size(), "one fused nest");
        if (!top.isEmpty()) return top.getFirst();
        Stmt.If v = versioned.getFirst();
        assertEquals(1, v.then().size(), "the fast version is one nest");
        assertEquals(1, v.otherwise().size(), "the general version is one nest");
        assertInstanceOf(Stmt.ForRange.class, v.otherwise().getFirst());
        return assertInstanceOf(Stmt.ForRange.class, v.then().getFirst());
    }

    /** Every load and store in the nest indexes with plain loop variables or constants (no broadcast selects). */
    public static boolean hasPlainIndices(Stmt.ForRange nest) {
        List<Stmt> body = List.of(nest);
        List<Expr> indices = new ArrayList<>();
        for (Expr e : exprs(body)) if (e instanceof Expr.Load l) indices.addAll(l.indices());
        for (Stmt s : stmts(body)) if (s instanceof Stmt.Store st) indices.addAll(st.indices());
        return indices.stream().allMatch(i -> i instanceof Expr.Local || i instanceof Expr.Const);
    }

    public static String show(double[] v) { return Arrays.toString(v); }
}
