package io.jumba.ufunc;

import io.jumba.array.DType;

import java.util.List;

/**
 * NumPy's ufunc type resolution: the first loop whose input types every input casts to safely; with
 * {@code dtype=}, the first loop with that output type whose inputs the casting rule allows.
 *
 * <p>Scalars follow NumPy 1.x's value-based rule in a simplified form: when some input is an array and no scalar
 * is of a higher kind (bool &lt; int &lt; float) than every array, a scalar casts to a loop type when its value
 * fits (so a float32 array plus a Double stays float32, an int8 array plus 2 stays int8, plus 200 is int16);
 * otherwise, and when all inputs are scalars, a scalar is its full type (Long int64, Double float64).
 * An int scalar fits float32 only up to 16 bits, as NumPy's minimal scalar types.
 */
final class LoopSelection {
    private LoopSelection() {}

    /** Whether scalars take part by value (some array, and no scalar of a higher kind than every array). */
    static boolean valueBased(List<Operand> ops) {
        int arrayKind = -1, scalarKind = -1;
        for (Operand op : ops) {
            if (op instanceof Operand.Array) arrayKind = Math.max(arrayKind, kind(op.dtype()));
            else scalarKind = Math.max(scalarKind, kind(op.dtype()));
        }
        return arrayKind >= 0 && scalarKind <= arrayKind;
    }

    static Loop select(UFunc f, List<Operand> ops, DType dtype, Casting casting) {
        boolean byValue = valueBased(ops);
        boolean allBool = ops.stream().allMatch(op -> op.dtype().isBool());
        if (allBool && f.boolError() != null) throw f.boolError().exception();
        if (dtype == null && f.trueDivision() && ops.stream().noneMatch(op -> op.dtype().isFloat())) dtype = DType.FLOAT64;
        if (dtype != null) {
            for (Loop loop : f.loops()) {
                if (loop.outputType() == dtype && castsAll(ops, byValue, loop, casting)) return loop;
            }
            throw new UFuncException("TypeError",
                    "No loop matching the specified signature and casting was found for ufunc " + f.name());
        }
        for (Loop loop : f.loops()) {
            if (castsAll(ops, byValue, loop, Casting.SAFE)) {
                for (int k = 0; k < ops.size(); k++) {
                    if (!casts(ops.get(k), byValue, loop.inputTypes().get(k), casting)) {
                        throw new UFuncException("UFuncTypeError", "Cannot cast ufunc '" + f.name() + "' input " + k
                                + " from " + repr(ops.get(k).dtype()) + " to " + repr(loop.inputTypes().get(k))
                                + " with casting rule '" + casting.numpyName() + "'");
                    }
                }
                return loop;
            }
        }
        throw new UFuncException("UFuncTypeError", "ufunc '" + f.name() + "' not supported for the input types, and the "
                + "inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
    }

    private static boolean castsAll(List<Operand> ops, boolean byValue, Loop loop, Casting casting) {
        for (int k = 0; k < ops.size(); k++) if (!casts(ops.get(k), byValue, loop.inputTypes().get(k), casting)) return false;
        return true;
    }

    private static boolean casts(Operand op, boolean byValue, DType to, Casting casting) {
        if (casting.allows(op.dtype(), to)) return true;
        return byValue && casting != Casting.NO && casting != Casting.EQUIV && op instanceof Operand.Scalar s && s.fits(to);
    }

    static String repr(DType d) { return "dtype('" + d.numpyName() + "')"; }

    private static int kind(DType d) { return d.isBool() ? 0 : d.isFloat() ? 2 : 1; }
}
