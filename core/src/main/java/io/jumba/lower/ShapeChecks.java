package io.jumba.lower;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.List;

/** Runtime shape checks: the IR that compares dimensions and raises NumPy's ValueError when they disagree. */
final class ShapeChecks {
    private ShapeChecks() {}

    /** A {@link Stmt.Raise} format for a shape of ndim dimensions, as NumPy prints it: {@code ()}, {@code ({},)}, {@code ({},{})}. */
    static String format(int ndim) {
        if (ndim == 1) return "({},)";
        return "(" + String.join(",", java.util.Collections.nCopies(ndim, "{}")) + ")";
    }

    /** Every dimension of array, outermost first. */
    static List<Expr> dims(Expr array) {
        List<Expr> dims = new ArrayList<>();
        for (int a = 0; a < Ir.ndim(array); a++) dims.add(Ir.dim(array, a));
        return dims;
    }

    /** {@code if failed: raise ValueError(format % args)}. */
    static void check(Emitter out, Expr failed, String format, List<Expr> args, SourcePos pos) {
        out.add(new Stmt.If(failed, List.of(new Stmt.Raise("ValueError", format, args, pos)), List.of()));
    }

    /**
     * Checks that an array of shape {@code source} can be assigned to one of shape {@code target}: right-aligned,
     * each source dimension is 1 or equal to the target's, and source dimensions beyond the target's are 1.
     */
    static void checkAssignable(Emitter out, List<Expr> source, List<Expr> target, SourcePos pos) {
        List<Expr> failures = new ArrayList<>();
        int lead = source.size() - target.size();
        for (int d = 0; d < source.size(); d++) {
            Expr notOne = Ir.ne(source.get(d), Ir.i64(1));
            failures.add(d < lead ? notOne : Ir.and(notOne, Ir.ne(source.get(d), target.get(d - lead))));
        }
        if (failures.isEmpty()) return;
        List<Expr> args = new ArrayList<>(source);
        args.addAll(target);
        check(out, Ir.anyOf(failures),
                "could not broadcast input array from shape " + format(source.size()) + " into shape " + format(target.size()),
                args, pos);
    }
}
