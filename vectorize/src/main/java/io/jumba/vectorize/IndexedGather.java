package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;

import java.util.List;

/**
 * Loads through an index array, {@code x[idx[i]]} with idx an int32 or int64 array read contiguously along the
 * vectorized index and x 1-d ({@link Access.Lanes#INDEXED}). Each vector step loads idx's lanes, wraps negative ones
 * ({@code + len(x)}), writes them to an {@code int[]} index map and gathers x through it; before the vector code, one
 * pass over the index range checks every index is within {@code [-len(x), len(x))} ({@code
 * io.jumba.runtime.GatherIndices}), so that any IndexError is raised by the scalar loop, at the kernel line.
 *
 * <p>Cost rule: a gather costs about as much per element as the scalar load it replaces (plus the index
 * map), so it vectorizes only when the body does other work per element (arithmetic, math, a comparison or
 * selection, a condition or a reduction); a plain permutation {@code out[i] = x[idx[i]]} stays scalar.
 */
final class IndexedGather {
    private IndexedGather() {}

    /** The index-array load idx[...] when indices is the single index {@code idx[...]} (cast to int64 or not); else null. */
    static Expr.Load indexLoad(List<Expr> indices) {
        if (indices.size() != 1) return null;
        Expr e = indices.get(0) instanceof Expr.Cast c && c.type().dtype() == DType.INT64 ? c.operand() : indices.get(0);
        return e instanceof Expr.Load l && l.array() instanceof Expr.Local a && a.var().type() instanceof Type.Array t
                && (t.dtype() == DType.INT32 || t.dtype() == DType.INT64) ? l : null;
    }

    /** Whether the body does work besides loads, stores and casts (see the cost rule). */
    static boolean otherWork(List<Stmt> body, boolean reductions) {
        if (reductions) return true;
        for (Stmt s : body) {
            boolean work = switch (s) {
                case Stmt.Assign a -> works(a.value());
                case Stmt.Store st -> works(st.value());
                default -> true;
            };
            if (work) return true;
        }
        return false;
    }

    private static boolean works(Expr e) {
        return switch (e) {
            case Expr.Cast c -> works(c.operand());
            case Expr.Load _, Expr.Local _, Expr.Const _ -> false;
            default -> true;
        };
    }
}
