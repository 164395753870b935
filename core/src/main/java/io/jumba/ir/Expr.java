package io.jumba.ir;

import io.jumba.array.DType;
import io.jumba.runtime.CollectionFn;
import io.jumba.runtime.LibraryFn;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.RandomFunction;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * Typed expressions. Every node knows its result {@link #type()}. Operand types are already made to agree:
 * {@link Cast} nodes are explicit, so a backend never applies implicit promotion.
 *
 * <p>Two levels live here. Scalar nodes (everything up to {@link Call}, plus allocation and views) are what
 * code generators consume. Array-level nodes ({@link Elementwise}, {@link Reduce}, {@link Dot}) keep whole-array
 * NumPy expressions fused as trees; {@code ArrayLowering} turns them into loop nests. The interpreter runs both.
 */
public sealed interface Expr {
    Type type();

    /**
     * A scalar constant. value is a {@code Boolean} for bool, a {@code Long} for every integer dtype (the dtype's
     * value, already wrapped into its range), a {@code Double} for float32/float64 (float32 values exactly representable).
     */
    record Const(Object value, Type.Scalar type) implements Expr {}

    record Local(Var var) implements Expr {
        @Override public Type type() { return var.type(); }
    }

    /**
     * Arithmetic on two operands of the result type (for SHL/SHR: both the result's integer type).
     * Semantics are NumPy's on that dtype (wraparound for ints) with Python's rules for FLOORDIV/MOD (result takes
     * the divisor's sign) and POW. DIV is float-only (true division of ints is lowered to casts + DIV).
     * Division or modulo by zero raises ZeroDivisionError at pos under error_model 'python' (ints and floats);
     * under 'numpy' it gives 0 for ints and IEEE results for floats.
     */
    record Binary(BinOp op, Expr left, Expr right, Type.Scalar type, SourcePos pos) implements Expr {}

    /** NEG (numbers), NOT (bool only), INVERT (bitwise ~ on ints; on bool it is logical not, as NumPy). */
    record Unary(UnOp op, Expr operand, Type.Scalar type) implements Expr {}

    /** A comparison of two operands of one scalar type; result bool. NaN compares false except NE. */
    record Compare(CmpOp op, Expr left, Expr right) implements Expr {
        @Override public Type type() { return Type.BOOL; }
    }

    /** Short-circuit {@code and}/{@code or} of two bool operands. */
    record Logical(boolean isAnd, Expr left, Expr right) implements Expr {
        @Override public Type type() { return Type.BOOL; }
    }

    /** {@code ifTrue if cond else ifFalse}: evaluates only the chosen branch. Both branches have the result type. */
    record Select(Expr cond, Expr ifTrue, Expr ifFalse, Type type) implements Expr {}

    /**
     * NumPy {@code astype} semantics between scalars: ints wrap, float→int truncates toward zero (NaN/overflow give
     * whatever Java's cast gives), anything→bool is {@code != 0}.
     */
    record Cast(Expr operand, Type.Scalar type) implements Expr {}

    /** One element {@code array[i, j, ...]}; indices int64, one per dimension, negative ones wrap; IndexError at pos. */
    record Load(Expr array, List<Expr> indices, SourcePos pos) implements Expr {
        @Override public Type type() { return Type.scalar(((Type.Array) array.type()).dtype()); }
    }

    /** {@code array.shape[axis]} as int64 (axis already checked against ndim). */
    record Dim(Expr array, int axis) implements Expr {
        @Override public Type type() { return Type.INT64; }
    }

    /** {@code array.size} as int64. */
    record Size(Expr array) implements Expr {
        @Override public Type type() { return Type.INT64; }
    }

    /**
     * A math function with Numba's semantics on the given argument types (arguments already cast to what the
     * function takes; see {@link MathFn}). Domain errors give NaN as in Numba, never an exception.
     */
    record Intrinsic(MathFn fn, List<Expr> args, Type.Scalar type) implements Expr {}

    /** Python's {@code None}: the one value of type None. */
    record NoneValue() implements Expr {
        @Override public Type type() { return Type.NONE; }
    }

    /** A dtype as a value: its type ({@link Type.DTypeValue}) tells all, so it computes nothing. */
    record DTypeOf(DType dtype) implements Expr {
        @Override public Type type() { return new Type.DTypeValue(dtype); }
    }

    /** A value of the optional type's value type, or None ({@code value} of type None), as that optional type. */
    record Wrap(Expr value, Type.Optional type) implements Expr {}

    /**
     * The value an optional holds, as Numba converts an optional where its value type is needed: TypeError
     * {@code expected int64, got None} at pos when it holds None.
     */
    record Unwrap(Expr optional, SourcePos pos) implements Expr {
        @Override public Type type() { return ((Type.Optional) optional.type()).value(); }
    }

    /** {@code value is None} for an optional value; bool. */
    record IsNone(Expr optional) implements Expr {
        @Override public Type type() { return Type.BOOL; }
    }

    /** A call of another function of the {@link Program}, by its unique name. */
    record Call(String function, List<Expr> args, Type type, SourcePos pos) implements Expr {}

    /**
     * A Numba thread function ({@link ThreadFunction}): int64 for the queries, None for {@code set_num_threads(n)}
     * (args: n as int64). Its value depends on the thread that runs it, so passes never share, fold or vectorize it.
     */
    record Threads(ThreadFunction function, List<Expr> args, Type type, SourcePos pos) implements Expr {}

    /**
     * A draw of {@code np.random} or Python's {@code random} ({@link RandomFunction}), arguments already of its
     * parameter dtypes; None for the seeds. It changes the generator of the thread that runs it, so passes never
     * share, fold, reorder or vectorize it.
     */
    record Random(RandomFunction function, List<Expr> args, Type type, SourcePos pos) implements Expr {}

    record TupleNew(List<Expr> elements, Type.Tuple type) implements Expr {}

    /** Element {@code index} (constant, already non-negative) of a tuple. */
    record TupleGet(Expr tuple, int index, Type type) implements Expr {}

    /**
     * A new array: shape has one int64 expression per dimension (negative → ValueError at pos); filled per
     * {@link Fill} ({@code fillValue} is a scalar of the dtype for FULL, else null). Layout is C unless type says F.
     */
    record Alloc(List<Expr> shape, Fill fill, Expr fillValue, Type.Array type, SourcePos pos) implements Expr {}

    /** {@code np.arange(start, stop, step)} in type's dtype (1-d); arguments already cast to that dtype. */
    record Arange(Expr start, Expr stop, Expr step, Type.Array type, SourcePos pos) implements Expr {}

    /** {@code np.linspace(start, stop, num)} with endpoint, float64 arguments, num int64. */
    /**
     * A library function on whole arrays the runtime evaluates ({@link LibraryFn}: {@code np.linalg} backed by EJML,
     * {@code np.sort} and {@code np.argsort}): its value is a fresh array, a scalar, or a tuple of them; it never
     * writes its operands.
     */
    record Library(LibraryFn fn, List<Expr> args, Type type, SourcePos pos) implements Expr {}

    /**
     * An operation on a list or typed dict that the runtime evaluates ({@link CollectionFn}): a new collection (of
     * this node's type), a read, or a change (type None). Lists and dicts are mutable and shared, so passes never
     * share, reorder or drop these nodes; loops holding them stay scalar.
     */
    record Collection(CollectionFn fn, List<Expr> args, Type type, SourcePos pos) implements Expr {
        public Collection { args = List.copyOf(args); }
    }

    record Linspace(Expr start, Expr stop, Expr num, Type.Array type, SourcePos pos) implements Expr {}

    /**
     * A view of array sharing its data: basic indexing with one {@link IndexSpec} per leading dimension (missing
     * trailing ones are full slices). Integer specs drop their dimension; out-of-range integers raise IndexError.
     */
    record View(Expr array, List<IndexSpec> spec, Type.Array type, SourcePos pos) implements Expr {}

    /** {@code array.T}: a view with reversed axes. */
    record Transpose(Expr array, Type.Array type) implements Expr {}

    /**
     * A view of array under another shape, sharing its data ({@code reshape}, {@code expand_dims}, {@code swapaxes},
     * ..., and {@code a.real}/{@code a.imag} of a complex array, whose type has the parts' float dtype): {@code op} with int64 {@code args}; invalid arguments raise ValueError at pos when it runs.
     */
    record ShapeView(ShapeOp op, Expr array, List<Expr> args, Type.Array type, SourcePos pos) implements Expr {
        public ShapeView { args = List.copyOf(args); }
    }

    /**
     * A whole-array expression, fused: a new C-contiguous array of the broadcast shape of {@code inputs}, whose
     * elements are {@code body} evaluated with {@link Element}{@code (k)} standing for the current element of
     * input k. Inputs are arrays or scalars (a scalar is a 0-d input); incompatible shapes raise ValueError at pos.
     * {@code a.copy()} is {@code Elementwise([a], Element(0))}; {@code a.astype(t)} wraps a Cast around it.
     */
    record Elementwise(List<Expr> inputs, Expr body, Type.Array type, SourcePos pos) implements Expr {}

    /** The current element of input {@code input} inside an {@link Elementwise} body. */
    record Element(int input, Type.Scalar type) implements Expr {}

    /**
     * A reduction of an array (often an {@link Elementwise}, so {@code np.sum(a * b)} needs no temporary).
     * With axis null it reduces every element to a scalar of type; with an axis it gives an array of one dimension
     * fewer. Empty input: SUM 0, PROD 1; MEAN divides by the count, so it raises ZeroDivisionError at pos (NaN under
     * the 'numpy' error model); MIN/MAX/ARGMIN/ARGMAX raise ValueError at pos.
     * NaN propagates through MIN/MAX; ARGMIN/ARGMAX return the first NaN's index, as NumPy.
     * Of complex elements only ANY and ALL: the vectorized reductions hold no complex lanes, and complex sums and
     * orders are loops of their own (an arithmetic Reduce of them once summed the real parts without a word).
     */
    record Reduce(ReduceOp op, Expr array, Integer axis, Type type, SourcePos pos) implements Expr {
        public Reduce {
            if (array.type() instanceof Type.Array a && a.dtype().isComplex() && op != ReduceOp.ANY && op != ReduceOp.ALL) {
                throw new IllegalArgumentException(op + " reduction of " + a.dtype().numpyName() + " elements");
            }
        }
    }

    /** {@code np.dot(a, b)} / {@code a @ b}: 1-d·1-d → scalar, 2-d·1-d → 1-d, 2-d·2-d → 2-d; ValueError on mismatch. */
    record Dot(Expr left, Expr right, Type type, SourcePos pos) implements Expr {}

    /** How an {@link Alloc}'s elements start. */
    enum Fill { EMPTY, ZEROS, ONES, FULL }

    /** One dimension of a {@link View}: an integer index or a slice with optional bounds (null = absent). */
    sealed interface IndexSpec {
        record At(Expr index) implements IndexSpec {}

        record Range(Expr lower, Expr upper, Expr step) implements IndexSpec {}
    }

    /** {@link DType} of an array-typed expression; convenience for passes. */
    static DType dtypeOf(Expr arrayExpr) { return ((Type.Array) arrayExpr.type()).dtype(); }
}
