package io.jumba.ufunc;

import io.jumba.array.Broadcast;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
import io.jumba.dispatch.Pipeline;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Signature;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@code @guvectorize} function of a Python file, applied as NumPy applies a generalized ufunc: inputs broadcast
 * over their outer (non-core) dimensions, boxed scalars count as 0-d arrays (Java integers and Doubles as weak
 * Python scalars, NEP 50), the loop is the first declared
 * signature all inputs cast to safely, omitted outputs are allocated, and an allocated 0-d output comes back as a
 * boxed scalar. Each declared signature compiles once; the outer loop runs in Java and calls the compiled kernel
 * per core slice, passing views (a 1-element view for a {@code ()} operand of array type) that it writes its
 * outputs into; with {@code target='parallel'} ranges of the outer loop run on the workers of the shared pool ({@link Target#PARALLEL}).
 * Thread-safe.
 */
public final class GUFunc {
    private final String name;
    private final CoreLayout layout;
    private final List<Signature> signatures;
    private final List<Program> typed;
    private final Pipeline pipeline;
    private final boolean jitDisabled;
    private final Target target;
    private final Map<Integer, CompiledKernel> compiled = new ConcurrentHashMap<>();

    /**
     * @param typed       the function typed for each signature (same order)
     * @param jitDisabled true to run the kernel in the interpreter (as {@code JUMBA_DISABLE_JIT=1})
     * @param target      {@link Target#PARALLEL} splits the outer loop across {@link Target#pool()}
     */
    GUFunc(String name, CoreLayout layout, List<Signature> signatures, List<Program> typed, Pipeline pipeline,
           boolean jitDisabled, Target target) {
        this.name = name;
        this.layout = layout;
        this.signatures = List.copyOf(signatures);
        this.typed = List.copyOf(typed);
        this.pipeline = pipeline;
        this.jitDisabled = jitDisabled;
        this.target = target;
    }

    /** Numba's {@code target=}: CPU, or PARALLEL to split the outer loop across cores. */
    public Target target() { return target; }

    /** The Python function's name. */
    public String name() { return name; }

    /** The number of inputs. */
    public int nin() { return layout.inputs().size(); }

    /** The number of outputs. */
    public int nout() { return layout.outputs().size(); }

    /** The core layout, as NumPy writes it: {@code "(n),(n)->()"}. */
    public String layout() { return layout.toString(); }

    /** The loops in declaration order, as NumPy's {@code types}: {@code ["dd->d", "ll->l"]}. */
    public List<String> types() {
        return signatures.stream().map(this::typeString).toList();
    }

    /**
     * Applies the function: {@code nin} inputs (NDArrays or boxed scalars), optionally followed by all outputs.
     *
     * @return the output (NDArray, or a boxed scalar for an allocated 0-d output); several outputs as {@code Object[]}
     * @throws UFuncException with NumPy's message and exception name for a wrong argument count, inputs no declared
     *                        loop takes safely, mismatched core dimensions or outer shapes that do not broadcast
     */
    public Object call(Object... args) {
        return returned(apply(args), args.length == nin());
    }

    /**
     * What {@link #call} returns for these outputs of {@link #apply}: NumPy hands back an output it allocated that
     * is 0-d as a scalar; one output alone, several as {@code Object[]}.
     */
    public static Object returned(List<NDArray> outputs, boolean allocated) {
        List<Object> values = outputs.stream()
                .map(o -> allocated && o.ndim() == 0 ? ElementBoxes.read(o, o.offset()) : (Object) o).toList();
        return values.size() == 1 ? values.getFirst() : values.toArray();
    }

    /**
     * As {@link #call}, but every output stays an array (an allocated 0-d output too), in output order. Given
     * outputs take part in the broadcast of the outer dimensions, as NumPy's, and one of another dtype receives the
     * loop's result cast under 'same_kind'.
     */
    public List<NDArray> apply(Object... args) {
        int nin = nin(), nout = nout();
        if (args.length != nin && args.length != nin + nout) {
            throw new UFuncException("TypeError", name + "() takes from " + nin + " to " + (nin + nout)
                    + " positional arguments but " + args.length + " " + (args.length == 1 ? "was" : "were") + " given");
        }
        int loop = chooseLoop(Arrays.asList(args).subList(0, nin));
        List<DType> dtypes = operandDtypes(signatures.get(loop));
        List<NDArray> operands = new ArrayList<>();
        for (int k = 0; k < nin; k++) {
            Casting.requireExact(args[k], dtypes.get(k), name);
            NDArray a = args[k] instanceof NDArray x ? x : ElementBoxes.zeroD(args[k]);
            operands.add(a.dtype() == dtypes.get(k) ? a : a.astype(dtypes.get(k)));
        }
        List<NDArray> given = new ArrayList<>();
        for (int j = 0; j < nout && args.length > nin; j++) given.add(givenOutput(args[nin + j], j, dtypes.get(nin + j)));
        List<NDArray> checked = new ArrayList<>(operands);
        checked.addAll(given);
        Map<String, Integer> coreSizes = bindCoreDimensions(checked);
        int[] outer = outerShape(checked, coreSizes);
        List<NDArray> outputs = new ArrayList<>();
        for (int j = 0; j < nout; j++) {
            int[] shape = concat(outer, coreShape(layout.outputs().get(j), coreSizes));
            DType dtype = dtypes.get(nin + j);
            if (!given.isEmpty()) requireFullShape(given.get(j), shape);
            // An output of another dtype gets the loop's result through a temporary, as NumPy's buffered cast.
            boolean direct = !given.isEmpty() && given.get(j).dtype() == dtype;
            outputs.add(direct ? given.get(j) : NDArray.empty(dtype, shape));
        }
        operands.addAll(outputs);
        run(loop, operands, outer);
        if (given.isEmpty()) return List.copyOf(outputs);
        for (int j = 0; j < nout; j++) {
            if (outputs.get(j) != given.get(j)) Casting.copyUnsafe(outputs.get(j), given.get(j));
        }
        return List.copyOf(given);
    }

    /** The first declared loop every input casts to safely; Java scalars are weak Python scalars (NEP 50). */
    private int chooseLoop(List<Object> inputs) {
        for (int s = 0; s < signatures.size(); s++) {
            List<DType> dtypes = operandDtypes(signatures.get(s));
            boolean fits = true;
            for (int k = 0; k < inputs.size() && fits; k++) {
                fits = Casting.SAFE.allowsArgument(inputs.get(k), dtypes.get(k), name);
            }
            if (fits) return s;
        }
        throw new UFuncException("TypeError", "ufunc '" + name + "' not supported for the input types, and the inputs "
                + "could not be safely coerced to any supported types according to the casting rule ''safe''");
    }

    /**
     * Core dimension name → size, from the operands (inputs, then any given outputs); NumPy's messages for a missing
     * or mismatched one.
     */
    private Map<String, Integer> bindCoreDimensions(List<NDArray> operands) {
        Map<String, Integer> sizes = new HashMap<>();
        for (int k = 0; k < operands.size(); k++) {
            List<String> core = coreOf(k);
            NDArray a = operands.get(k);
            String operand = k < nin() ? "Input operand " + k : "Output operand " + (k - nin());
            if (a.ndim() < core.size()) {
                throw new UFuncException("ValueError", name + ": " + operand + " does not have enough dimensions "
                        + "(has " + a.ndim() + ", gufunc core with signature " + layout + " requires " + core.size() + ")");
            }
            for (int d = 0; d < core.size(); d++) {
                int size = a.shape(a.ndim() - core.size() + d);
                Integer bound = sizes.putIfAbsent(core.get(d), size);
                if (bound != null && bound != size) {
                    throw new UFuncException("ValueError", name + ": " + operand + " has a mismatch in its core "
                            + "dimension " + d + ", with gufunc signature " + layout + " (size " + size
                            + " is different from " + bound + ")");
                }
            }
        }
        return sizes;
    }

    /**
     * The broadcast of the operands' outer shapes, or NumPy's ValueError, which lists each operand's shape and its
     * shape as NumPy's iterator sees it: the outer dimensions, then the outputs' core dimensions ("newaxis" where
     * the operand has none; an output has its own).
     */
    private int[] outerShape(List<NDArray> operands, Map<String, Integer> coreSizes) {
        int[][] outerShapes = new int[operands.size()][];
        for (int k = 0; k < outerShapes.length; k++) outerShapes[k] = outerShape(operands.get(k), coreNdimOf(k));
        try {
            return Broadcast.shapes(outerShapes);
        } catch (IllegalArgumentException e) {
            int broadcastNdim = Arrays.stream(outerShapes).mapToInt(s -> s.length).max().orElse(0);
            List<Integer> outputCore = new ArrayList<>();
            layout.outputs().forEach(core -> core.forEach(dim -> outputCore.add(coreSizes.get(dim))));
            StringBuilder text = new StringBuilder(
                    "operands could not be broadcast together with remapped shapes [original->remapped]: ");
            for (int k = 0; k < operands.size(); k++) {
                int[] remapped = new int[broadcastNdim + outputCore.size()];
                Arrays.fill(remapped, -1);
                System.arraycopy(outerShapes[k], 0, remapped, broadcastNdim - outerShapes[k].length, outerShapes[k].length);
                if (k >= nin()) {
                    int first = broadcastNdim;
                    for (int j = 0; j < k - nin(); j++) first += layout.outputs().get(j).size();
                    int[] shape = operands.get(k).shape();
                    System.arraycopy(shape, outerShapes[k].length, remapped, first, shape.length - outerShapes[k].length);
                }
                text.append(iteratorShape(operands.get(k).shape())).append("->").append(iteratorShape(remapped)).append(' ');
            }
            int[] requested = new int[broadcastNdim + outputCore.size()];
            Arrays.fill(requested, -1);
            for (int j = 0; j < outputCore.size(); j++) requested[broadcastNdim + j] = outputCore.get(j);
            throw new UFuncException("ValueError", text + " and requested shape " + iteratorShape(requested));
        }
    }

    /**
     * A shape as NumPy's iterator prints it: -1 is "newaxis" and leading ones are left out; one dimension printed
     * from the start keeps Python's trailing comma.
     */
    private static String iteratorShape(int[] shape) {
        int first = 0;
        while (first < shape.length && shape[first] < 0) first++;
        if (first == shape.length) return "()";
        List<String> dims = new ArrayList<>();
        for (int d = first; d < shape.length; d++) dims.add(shape[d] < 0 ? "newaxis" : Integer.toString(shape[d]));
        return "(" + String.join(",", dims) + (first == 0 && shape.length == 1 ? ",)" : ")");
    }

    private static int[] outerShape(NDArray a, int coreNdim) {
        return Arrays.copyOf(a.shape(), a.ndim() - coreNdim);
    }

    /** An output's core shape; every output dimension is an input's (VectorizedModule checks, as Numba). */
    private static int[] coreShape(List<String> core, Map<String, Integer> sizes) {
        return core.stream().mapToInt(sizes::get).toArray();
    }

    /** A given output: an array whose dtype the loop's output casts to under 'same_kind', as NumPy's default. */
    private NDArray givenOutput(Object given, int j, DType dtype) {
        if (!(given instanceof NDArray out)) {
            throw new UFuncException("TypeError", name + ": output " + j + " must be an array, not " + given);
        }
        if (!Casting.SAME_KIND.allows(dtype, out.dtype())) {
            throw new UFuncException("UFuncTypeError", "Cannot cast ufunc '" + name + "' output from dtype('"
                    + dtype.numpyName() + "') to dtype('" + out.dtype().numpyName() + "') with casting rule 'same_kind'");
        }
        return out;
    }

    /** NumPy's ValueError for a given output that would have to broadcast: an output is never broadcast. */
    private static void requireFullShape(NDArray out, int[] shape) {
        if (!Arrays.equals(out.shape(), shape)) {
            throw new UFuncException("ValueError", "non-broadcastable output operand with shape "
                    + shapeString(out.shape()) + " [remapped to " + shapeString(out.shape())
                    + "] doesn't match the broadcast shape " + shapeString(shape));
        }
    }

    private CompiledKernel compiledLoop(int loop) {
        return compiled.computeIfAbsent(loop, s -> pipeline.compile(typed.get(s)));
    }

    /**
     * The outer loop: per outer index, the kernel on each operand's element or core view (in the interpreter when
     * the JIT is disabled, as {@code JUMBA_DISABLE_JIT=1}).
     */
    private void run(int loop, List<NDArray> operands, int[] outer) {
        CompiledKernel kernel = jitDisabled ? null : compiledLoop(loop);
        int count = 1;
        for (int n : outer) count *= n;
        // Each outer index writes only its own output cores, so contiguous ranges of the flat outer index run
        // independently, on the chunk grid of parallel loops; an index costs about its operands' core elements.
        long elements = 0;
        for (NDArray o : operands) elements += o.size();
        long coreWork = Math.max(1, elements / Math.max(1, count)) * Target.ELEMENT_WORK;
        target.split(count, coreWork, (lo, hi) -> run(loop, kernel, operands, outer, lo, hi));
    }

    /** The outer indices from flat (C-order) position lo up to hi. */
    private void run(int loop, CompiledKernel kernel, List<NDArray> operands, int[] outer, int lo, int hi) {
        Signature signature = signatures.get(loop);
        if (lo >= hi) return;
        int[] index = new int[outer.length];
        for (int d = outer.length - 1, rest = lo; d >= 0; d--) {
            index[d] = rest % outer[d];
            rest /= outer[d];
        }
        for (int step = lo; step < hi; step++) {
            Object[] args = new Object[operands.size()];
            for (int k = 0; k < args.length; k++) {
                args[k] = argument(operands.get(k), coreNdimOf(k), index, signature.args().get(k));
            }
            if (kernel == null) Interpreter.run(typed.get(loop), args);
            else kernel.invoke(args);
            next(index, outer);
        }
    }

    private int coreNdimOf(int operand) { return coreOf(operand).size(); }

    /** The core dimension names of an operand (inputs, then outputs). */
    private List<String> coreOf(int operand) {
        int nin = nin();
        return operand < nin ? layout.inputs().get(operand) : layout.outputs().get(operand - nin);
    }

    /** A scalar parameter gets the element; an array parameter the core view (a 1-element view for "()"). */
    private static Object argument(NDArray a, int coreNdim, int[] index, Type parameter) {
        int p = position(a, coreNdim, index);
        if (parameter instanceof Type.Scalar) return ElementBoxes.read(a, p);
        if (coreNdim == 0) return a.view(p, new int[] {1}, new int[] {1});
        int[] shape = a.shape(), strides = a.strides();
        int first = a.ndim() - coreNdim;
        return a.view(p, Arrays.copyOfRange(shape, first, shape.length), Arrays.copyOfRange(strides, first, strides.length));
    }

    /** The storage position of the outer index in a, whose outer dimensions align right and may stretch. */
    private static int position(NDArray a, int coreNdim, int[] index) {
        int outerNdim = a.ndim() - coreNdim, lead = index.length - outerNdim, p = a.offset();
        for (int d = 0; d < outerNdim; d++) {
            if (a.shape(d) != 1) p += index[lead + d] * a.stride(d);
        }
        return p;
    }

    private static void next(int[] index, int[] shape) {
        for (int d = index.length - 1; d >= 0; d--) {
            if (++index[d] < shape[d]) return;
            index[d] = 0;
        }
    }

    /** Every operand's dtype under a signature: inputs, then outputs. */
    private static List<DType> operandDtypes(Signature signature) {
        return signature.args().stream().map(GUFunc::dtype).toList();
    }

    private static DType dtype(Type type) {
        return switch (type) {
            case Type.Scalar s -> s.dtype();
            case Type.Array a -> a.dtype();
            default -> throw new IllegalStateException("VectorizedModule admits scalars and arrays only, not " + type);
        };
    }

    private String typeString(Signature signature) {
        List<DType> dtypes = operandDtypes(signature);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < dtypes.size(); k++) {
            if (k == nin()) s.append("->");
            s.append(LoopType.code(dtypes.get(k)));
        }
        return s.toString();
    }

    /** A shape as NumPy prints it: {@code (3,)}, {@code (2,3)}. */
    private static String shapeString(int[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        return "(" + String.join(",", Arrays.stream(shape).mapToObj(Integer::toString).toList()) + ")";
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
