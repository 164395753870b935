package io.jumba.jit;

import io.jumba.array.NDArray;
import io.jumba.runtime.ArrayArguments;
import io.jumba.runtime.Boundary;
import io.jumba.runtime.Faults;
import io.jumba.types.Type;

import java.lang.invoke.MethodHandle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kernel compiled to JVM bytecode. {@link #invoke} takes and returns values per Jumba's boundary conventions
 * (Long/Integer/Short/Byte for ints, Double/Float, Boolean, NDArray, Object[] tuples, null for None);
 * {@link #handle()} is the entry method itself, with exact unboxed parameter and return types
 * (long, int, short, byte, boolean, float, double, NDArray, Object[]; uint8 is a short), for callers that avoid
 * boxing. Runtime faults raise {@link io.jumba.diag.KernelRuntimeError} pointing at the kernel line.
 */
public final class CompiledKernel {
    private final MethodHandle handle;
    /** The generated {@code jumba$call(Object[]) Object}: the entry with boxed arguments and result. */
    private final MethodHandle call;
    private final KernelBinary binary;
    /** Per IR function: the bytecode bytes of its method, then of each of its outlined loop nests' methods. */
    private final Map<String, List<Integer>> methodSizes;
    /** What it was compiled from; empty for a kernel linked from a binary (the on-disk cache). */
    private final Optional<KernelPlans> plans;

    /**
     * HotSpot's HugeMethodLimit: a method with more bytes of bytecode stays in the bytecode interpreter (unless the
     * JVM runs with {@code -XX:-DontCompileHugeMethods}).
     */
    public static final int HUGE_METHOD_BYTES = 8000;

    CompiledKernel(MethodHandle handle, MethodHandle call, KernelBinary binary, Optional<KernelPlans> plans) {
        this.handle = handle;
        this.call = call;
        this.binary = binary;
        this.methodSizes = binary.methodSizes();
        this.plans = plans;
    }

    /** This kernel with the plans it was compiled from. */
    CompiledKernel withPlans(KernelPlans compiledFrom) {
        return new CompiledKernel(handle, call, binary, Optional.of(compiledFrom));
    }

    /**
     * The loop plans (and method-size notes) this kernel was compiled from; empty for a kernel linked from a
     * {@link KernelBinary} alone, such as one loaded from the on-disk cache.
     */
    public Optional<KernelPlans> plans() { return plans; }

    /** Calls the kernel with boundary-convention arguments and returns its boxed result. */
    public Object invoke(Object... args) {
        List<Type> params = binary.entry().params();
        if (args.length != params.size()) {
            throw new IllegalArgumentException(binary.entry().pythonName() + "() takes " + params.size()
                    + " arguments but " + args.length + " were given");
        }
        Object[] converted = new Object[args.length];
        for (int i = 0; i < args.length; i++) converted[i] = argument(args[i], params.get(i));
        try {
            return (Object) call.invokeExact(converted);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw Faults.fromJvmError(e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("kernel failed", t);
        }
    }

    /** The entry method with its exact Java types. */
    public MethodHandle handle() { return handle; }

    /** The generated Java source of the whole program. */
    public String javaSource() { return binary.javaSource(); }

    /** What was loaded: generated source and bytecode, from which {@link KernelCompiler#link} makes it again. */
    public KernelBinary binary() { return binary; }

    /**
     * Bytes of bytecode of every generated method: each function's by its IR name (the entry first), followed by
     * its outlined loop nests' methods as {@code name$0}, {@code name$1}, ... (see {@link #methodCount}).
     */
    public Map<String, Integer> methodSizes() {
        Map<String, Integer> all = new LinkedHashMap<>();
        methodSizes.forEach((name, sizes) -> {
            all.put(name, sizes.getFirst());
            for (int k = 1; k < sizes.size(); k++) all.put(name + "$" + (k - 1), sizes.get(k));
        });
        return all;
    }

    /** How many methods the function was compiled into: 1, plus one per outlined loop nest. */
    public int methodCount(String function) { return methodSizes.get(function).size(); }

    /** The functions with a method over {@link #HUGE_METHOD_BYTES}, each with the size of its biggest method. */
    public Map<String, Integer> hugeFunctions() {
        Map<String, Integer> huge = new LinkedHashMap<>();
        methodSizes.forEach((name, sizes) -> {
            int bytes = Collections.max(sizes);
            if (bytes > HUGE_METHOD_BYTES) huge.put(name, bytes);
        });
        return huge;
    }

    private static Object argument(Object v, Type t) {
        return switch (t) {
            case Type.Scalar s -> switch (s.dtype()) {
                case BOOL -> Boundary.argBoolean(v);
                case INT8 -> (byte) Boundary.argLong(v, s.dtype());
                case UINT8, INT16 -> (short) Boundary.argLong(v, s.dtype());
                case INT32, UINT16 -> (int) Boundary.argLong(v, s.dtype());
                case INT64, UINT32, UINT64 -> Boundary.argLong(v, s.dtype());
                case FLOAT32 -> (float) Boundary.argDouble(v, s.dtype());
                case FLOAT64 -> Boundary.argDouble(v, s.dtype());
                case COMPLEX64, COMPLEX128 -> Boundary.argComplex(v, s.dtype());
            };
            case Type.Array a -> checkArray(v, a);
            case Type.Tuple tt -> {
                if (!(v instanceof Object[] items) || items.length != tt.elements().size()) {
                    throw new IllegalArgumentException("expected a tuple of " + tt.elements().size() + " for " + tt);
                }
                Object[] out = new Object[items.length];
                for (int k = 0; k < out.length; k++) out[k] = argument(items[k], tt.elements().get(k));
                yield out;
            }
            case Type.None n -> null;
            case Type.Optional o -> v == null ? null : argument(v, o.value());
            case Type.ListOf l when v instanceof io.jumba.runtime.PyList -> v;
            case Type.DictOf d when v instanceof io.jumba.runtime.PyDict -> v;
            case Type.ListOf l -> throw new IllegalArgumentException("expected " + l + ", got " + v);
            case Type.DictOf d -> throw new IllegalArgumentException("expected " + d + ", got " + v);
            case Type.DTypeValue d when v == d.dtype() -> v;
            case Type.DTypeValue d -> throw new IllegalArgumentException("expected " + d + ", got " + v);
        };
    }

    /** Compiled code relies on the declared layout (a unit stride), so a mismatching array is refused. */
    private static NDArray checkArray(Object v, Type.Array t) {
        return ArrayArguments.check(v, t.dtype(), t.ndim(), t.layout().name().charAt(0), t.toString());
    }
}
