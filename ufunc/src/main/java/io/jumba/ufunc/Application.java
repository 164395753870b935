package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
import io.jumba.runtime.parallel.Parallel;
import io.jumba.types.Type;
import io.jumba.vectorize.Explain;
import io.jumba.vectorize.SimdPipeline;
import io.jumba.vectorize.options.VectorOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One call of a ufunc with NumPy's keyword arguments ({@code out=}, {@code where=}, {@code dtype=},
 * {@code casting=}), built fluently and executed by {@link #run()}.
 */
public final class Application {
    private final UFunc ufunc;
    private final List<Object> inputs;
    private NDArray out;
    private Object where = Boolean.TRUE;
    private DType dtype;
    private Casting casting = Casting.SAME_KIND;

    Application(UFunc ufunc, List<Object> inputs) {
        this.ufunc = ufunc;
        this.inputs = inputs;
    }

    /** Writes the result into this array (its dtype must be reachable under the casting rule). */
    public Application out(NDArray out) { this.out = out; return this; }

    /**
     * Only elements where the mask (a bool array, broadcast) is true are computed and written; the others keep out's
     * values, or are uninitialized (zero in Jumba) when no out is given, as NumPy. A Java scalar counts by its truth
     * value, as NumPy takes a Python or NumPy scalar; an array of another dtype is NumPy's TypeError, since where=
     * casts to bool under the 'safe' rule.
     */
    public Application where(Object mask) {
        this.where = switch (mask) {
            case NDArray m -> m;
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case null, default -> throw new UFuncException("TypeError", "where= must be an array or a scalar, not " + mask);
        };
        return this;
    }

    /** A where= array as a bool mask: NumPy casts it under the 'safe' rule, so only a bool array passes. */
    static NDArray boolMask(NDArray m) {
        if (m.dtype() == DType.BOOL) return m;
        throw new UFuncException("TypeError", "Cannot cast " + (m.ndim() == 0 ? "scalar" : "array data") + " from "
                + LoopSelection.repr(m.dtype()) + " to " + LoopSelection.repr(DType.BOOL) + " according to the rule 'safe'");
    }

    /** Forces the loop whose output type is dtype (inputs cast under the casting rule). */
    public Application dtype(DType dtype) { this.dtype = dtype; return this; }

    public Application casting(Casting casting) { this.casting = casting; return this; }

    /** Computes the result (out, when given). */
    public NDArray run() {
        Prepared p = prepare();
        if (p != null) run(p, ufunc);
        return p == null ? out : p.out();
    }

    /**
     * What the vectorizer does with the kernel this call runs ({@link Explain}: per loop, vectorized or not, lane
     * types and count, or why not), at the options of the ufunc's compiled engine (under the interpreter, at the
     * options compiled ufuncs get by default). Nothing runs and no out is allocated for the call.
     */
    public String explain() {
        NDArray given = out;
        try {
            Prepared p = prepare();
            if (p == null) return "where=False: no kernel runs\n";
            VectorOptions options = ufunc.engine() instanceof Engine.Compiled(VectorOptions o) ? o : VectorOptions.fromSystemProperties();
            return Explain.of(SimdPipeline.with(options).lower(p.program().build(ufunc.name())), options);
        } finally {
            out = given;
        }
    }

    /** What a call compiles and runs: the kernel's program key, its arguments and the output array. */
    record Prepared(KernelProgram program, Object[] arguments, NDArray out) {}

    /** Checks the call as NumPy does and allocates the output; null when where=False leaves nothing to do. */
    Prepared prepare() {
        List<Operand> ops = new ArrayList<>();
        for (Object in : inputs) ops.add(Operand.of(in, ufunc.name()));
        Loop loop = LoopSelection.select(ufunc, ops, dtype, casting);
        List<int[]> shapes = new ArrayList<>();
        for (Operand op : ops) shapes.add(op.shape());
        int[] inShape = Shapes.broadcast(shapes);
        NDArray mask = where instanceof NDArray m ? boolMask(m) : null;
        if (out != null) {
            if (!casting.allows(loop.outputType(), out.dtype())) {
                throw new UFuncException("UFuncTypeError", "Cannot cast ufunc '" + ufunc.name() + "' output from "
                        + LoopSelection.repr(loop.outputType()) + " to " + LoopSelection.repr(out.dtype())
                        + " with casting rule '" + casting.numpyName() + "'");
            }
            List<int[]> all = new ArrayList<>(List.of(inShape, out.shape()));
            if (mask != null) all.add(mask.shape());
            int[] full = Shapes.broadcast(all);
            if (!Arrays.equals(full, out.shape())) {
                throw new UFuncException("ValueError", "non-broadcastable output operand with shape "
                        + Shapes.string(out.shape()) + " doesn't match the broadcast shape " + Shapes.string(full));
            }
        } else {
            int[] shape = mask == null ? inShape : Shapes.broadcast(List.of(inShape, mask.shape()));
            out = NDArray.empty(loop.outputType(), shape);
        }
        if (Boolean.FALSE.equals(where)) return null;
        List<Type> types = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (Operand op : ops) {
            // A 0-d array among n-d operands is passed as a (1,) view: the loop nest indexes every array
            // argument by the innermost loop, which a 0-d array has no axis for.
            if (op instanceof Operand.Array(NDArray a) && a.ndim() == 0 && out.ndim() > 0) op = new Operand.Array(a.broadcastTo(1));
            types.add(op.paramType());
            args.add(op.value());
        }
        types.add(Operand.arrayType(out));
        args.add(out);
        if (mask != null) {
            NDArray m = mask.broadcastTo(out.shape());
            types.add(Operand.arrayType(m));
            args.add(m);
        }
        return new Prepared(new KernelProgram(loop, types, mask != null), args.toArray(), out);
    }

    /**
     * Runs prepared on the compiled kernel; with {@link Target#PARALLEL} and enough elements, the outermost
     * dimension is split on the chunk grid of parallel loops ({@link Target#split}), each chunk a view of out and
     * of the (broadcast) inputs calling the same kind of kernel.
     */
    static void run(Prepared p, UFunc ufunc) {
        NDArray out = p.out();
        if (out.size() == 0) return;
        int n = out.ndim() == 0 ? 1 : out.shape(0);
        long rowWork = Math.max(1, out.size() / n) * Target.ELEMENT_WORK;
        if (ufunc.target() != Target.PARALLEL || out.ndim() == 0 || Parallel.serialLoop(n, rowWork)) {
            ufunc.invoke(p.program(), p.arguments());
            return;
        }
        Object[] whole = p.arguments().clone();
        List<Type> types = new ArrayList<>(p.program().paramTypes());
        for (int k = 0; k < whole.length; k++) {
            if (!(whole[k] instanceof NDArray a)) continue;
            if (a != out) whole[k] = a.broadcastTo(out.shape());
            types.set(k, Type.array(a.dtype(), out.ndim(), io.jumba.types.Layout.A));
        }
        KernelProgram chunkProgram = new KernelProgram(p.program().loop(), types, p.program().masked());
        Target.PARALLEL.split(n, rowWork, (lo, hi) -> {
            Object[] part = new Object[whole.length];
            for (int k = 0; k < whole.length; k++) part[k] = whole[k] instanceof NDArray a ? a.slice(0, lo, hi, 1) : whole[k];
            ufunc.invoke(chunkProgram, part);
        });
    }
}
