package io.jumba.vectorize;

import io.jumba.ir.Expr;
import io.jumba.ir.IrPrinter;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;

import java.util.List;

/**
 * One array element access of a vectorizable loop: {@code array[axes...]} with every index affine in the nest's
 * loop indices. {@code broadcastIf}, when not null, is the loop-invariant bool of ArrayLowering's broadcast index
 * {@code 0 if broadcastIf else i + offset} on the last axis; the vector code runs only where it is false.
 *
 * @param inner the inner loop the access is in (outer-loop vectorization), or null
 * @param site  the IR node of the access (an {@link Expr.Load} or a {@link Stmt.Store}), matched by identity
 */
public record Access(Var array, List<AffineIndex> axes, Expr broadcastIf, boolean store, Lanes lanes,
                     Stmt.ForRange inner, Record site) {
    public Access { axes = List.copyOf(axes); }

    /** How the lanes of one vector step (consecutive values of the vectorized index) meet the array. */
    public enum Lanes {
        /** The index does not occur: one element for all lanes, read as a scalar and broadcast. */
        UNIFORM,
        /** The index occurs once, in the last (unit-stride) axis: consecutive elements, one vector load or store. */
        CONTIGUOUS,
        /** Anything else: elements a runtime stride apart, a gather. */
        GATHER,
        /**
         * Through an index array, {@code x[idx[i]]} ({@link IndexedGather}): a gather at the elements idx names; the
         * axes are a placeholder index 0 (x non-empty), the real index is in the site.
         */
        INDEXED
    }

    /** The last axis' index. */
    AffineIndex last() { return axes.get(axes.size() - 1); }

    /** Same element for every iteration as other (same array, same indices). */
    boolean sameElementAs(Access other) { return array.equals(other.array) && axes.equals(other.axes); }

    /** The access as kernel text, e.g. {@code X[j, k]}. */
    String text() {
        List<Expr> indices = switch (site) {
            case Expr.Load l -> l.indices();
            case Stmt.Store s -> s.indices();
            default -> throw new IllegalStateException("access site " + site);
        };
        return IrPrinter.expr(new Expr.Load(new Expr.Local(array), indices, null));
    }
}
