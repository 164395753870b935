package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.diag.UFuncException;

import java.util.List;

/**
 * NumPy 2's ufunc type resolution, with its promotion of Python scalars (NEP 50). Arrays, 0-d arrays included, and
 * Boolean/Float scalars are strong: their dtypes decide. Java integers and Doubles are Python int and float, weak:
 * <ul>
 * <li>Without {@code dtype=}, the loop is the first one every input casts to safely. A weak scalar with a strong
 *     input of its kind or a higher one (bool &lt; int &lt; float) takes any loop type of its kind or higher, so an
 *     int8 array plus 1000 is int8 and a float32 array plus 2.5 float32; a weak scalar of a higher kind than every
 *     strong input, or with none, is its default dtype: int8 array plus 2.5 is float64, 2 plus 3 int64.</li>
 * <li>With {@code dtype=}, the first loop of that output type whose inputs the casting rule allows, a weak scalar
 *     taking any type of its kind or higher; failing that, a loop of that type throughout, whose first input that
 *     does not cast is reported (as NumPy's uniform ufuncs).</li>
 * <li>Then each weak scalar takes its loop type: a Python int must fit an integer type (NumPy's OverflowError
 *     "Python integer 1000 out of bounds for int8"), under {@code casting='equiv'} it may not change its dtype
 *     at all, and into a lower kind (a float into an int loop) the casting rule judges its default dtype.</li>
 * </ul>
 * A dynamic ufunc ({@link UFunc#isDynamic()}) that has no loop the inputs promote to compiles one for exactly their
 * dtypes and runs it.
 * Comparisons and the logical ufuncs ({@link UFunc#exactIntScalars()}) compare a Python int by value, as NumPy 2:
 * one out of its integer loop type's range raises nothing, the call resolves and checks casting as usual, and the
 * kernel runs the first loop wide enough for the value, e.g. {@code less(int8 array, 1000)} runs int16's.
 */
final class LoopSelection {
    private LoopSelection() {}

    /** The loop that runs the call, after NumPy's checks of the inputs against the resolved one. */
    static Loop select(UFunc f, List<Operand> ops, DType dtype, Casting casting) {
        boolean allBool = ops.stream().allMatch(op -> op.dtype().isBool());
        if (allBool && f.boolError() != null) throw f.boolError().exception();
        if (dtype == null && f.trueDivision() && ops.stream().noneMatch(op -> op.dtype().isFloat())) dtype = DType.FLOAT64;
        Loop loop = dtype == null ? promoted(f, ops) : withOutput(f, ops, dtype, casting);
        if (dtype == null) requireCLongs(ops, loop);
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k) instanceof Operand.PythonScalar s) convert(f, s, loop.inputTypes().get(k), casting);
        }
        for (int k = 0; k < ops.size(); k++) {
            DType to = loop.inputTypes().get(k);
            if (!casts(ops.get(k), to, casting)) {
                throw new UFuncException("UFuncTypeError", "Cannot cast ufunc '" + f.name() + "' input "
                        + (ops.size() == 1 ? "" : k + " ") + "from " + repr(ops.get(k).dtype()) + " to " + repr(to)
                        + " with casting rule '" + casting.numpyName() + "'");
            }
        }
        return f.exactIntScalars() ? wideEnough(f, ops, loop) : loop;
    }

    /** The highest kind (bool 0, int 1, float 2) of the strong inputs, -1 when there are none. */
    private static int strongKind(List<Operand> ops) {
        return ops.stream().filter(op -> !(op instanceof Operand.PythonScalar)).mapToInt(op -> kind(op.dtype())).max()
                .orElse(-1);
    }

    /**
     * NumPy's OverflowError for a Python int beyond int64's range that kept its default type (no strong input of its
     * kind or a higher one) and goes into an integer loop: NumPy converts it to a C long.
     */
    private static void requireCLongs(List<Operand> ops, Loop loop) {
        int strongKind = strongKind(ops);
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k) instanceof Operand.PythonScalar s && s.beyondInt64() && kind(s.dtype()) > strongKind
                    && loop.inputTypes().get(k).isInteger()) {
                throw Operand.PythonScalar.tooLarge();
            }
        }
    }

    /** The first loop all inputs promote to. */
    private static Loop promoted(UFunc f, List<Operand> ops) {
        int strongKind = strongKind(ops);
        for (Loop loop : f.loops()) {
            boolean all = true;
            for (int k = 0; k < ops.size() && all; k++) {
                Operand op = ops.get(k);
                DType to = loop.inputTypes().get(k);
                all = op instanceof Operand.PythonScalar s && kind(s.dtype()) > strongKind
                        ? Casting.SAFE.allows(s.dtype(), to) : casts(op, to, Casting.SAFE);
            }
            if (all) return loop;
        }
        // Numba's DUFunc compiles a loop for the call's own dtypes (a Python int as int64, a float as float64).
        if (f.isDynamic()) return f.compileLoop(ops.stream().map(Operand::dtype).toList());
        throw new UFuncException("TypeError", "ufunc '" + f.name() + "' not supported for the input types, and the "
                + "inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
    }

    /** The loop for {@code dtype=}: its output type is dtype. */
    private static Loop withOutput(UFunc f, List<Operand> ops, DType dtype, Casting casting) {
        for (Loop loop : f.loops()) {
            if (loop.outputType() != dtype) continue;
            boolean all = true;
            for (int k = 0; k < ops.size() && all; k++) all = casts(ops.get(k), loop.inputTypes().get(k), casting);
            if (all) return loop;
        }
        for (Loop loop : f.loops()) {
            if (loop.outputType() == dtype && loop.inputTypes().stream().allMatch(t -> t == dtype)) return loop;
        }
        throw new UFuncException("TypeError",
                "No loop matching the specified signature and casting was found for ufunc " + f.name());
    }

    /** Whether op may go to loop type to under casting: a weak scalar to a type of its kind or higher whatever the rule. */
    private static boolean casts(Operand op, DType to, Casting casting) {
        return op instanceof Operand.PythonScalar s && s.weaklyCastsTo(to) || casting.allows(op.dtype(), to);
    }

    /** A weak scalar taking its loop type to: NumPy's errors for casting='equiv' and for a Python int out of range. */
    private static void convert(UFunc f, Operand.PythonScalar s, DType to, Casting casting) {
        if (!s.weaklyCastsTo(to) || (f.exactIntScalars() && to.isInteger())) return;
        if (casting == Casting.EQUIV && to != s.dtype()) {
            throw new UFuncException("TypeError", "cannot cast Python " + s.pythonType() + " to " + to.numpyName()
                    + " under the casting rule 'equiv'");
        }
        s.requireFits(to);
    }

    /**
     * For a ufunc that compares Python ints by value: loop itself when every weak int fits its type, else the first
     * loop of the same output type that every input type of loop casts to safely and whose types hold the ints.
     */
    private static Loop wideEnough(UFunc f, List<Operand> ops, Loop loop) {
        int misfit = firstMisfit(ops, loop);
        if (misfit < 0) return loop;
        for (Loop wider : f.loops()) {
            if (wider.outputType() == loop.outputType() && firstMisfit(ops, wider) < 0 && widens(loop, wider)) return wider;
        }
        throw ((Operand.PythonScalar) ops.get(misfit)).overflow(loop.inputTypes().get(misfit));
    }

    /** The first input that is a Python int out of the range of its loop type, or -1. */
    private static int firstMisfit(List<Operand> ops, Loop loop) {
        for (int k = 0; k < ops.size(); k++) {
            if (ops.get(k) instanceof Operand.PythonScalar s && !s.fits(loop.inputTypes().get(k))) return k;
        }
        return -1;
    }

    private static boolean widens(Loop loop, Loop wider) {
        for (int k = 0; k < loop.nin(); k++) {
            if (!Casting.SAFE.allows(loop.inputTypes().get(k), wider.inputTypes().get(k))) return false;
        }
        return true;
    }

    static String repr(DType d) { return "dtype('" + d.numpyName() + "')"; }

    private static int kind(DType d) { return d.isBool() ? 0 : d.isFloat() ? 2 : 1; }
}
