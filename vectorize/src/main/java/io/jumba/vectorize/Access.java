package io.jumba.vectorize;

import io.jumba.ir.Expr;
import io.jumba.ir.Var;

import java.util.List;

/**
 * One array element access of a vectorizable loop: {@code array[outer..., index + offset]} where the outer indices
 * are loop-invariant int64 expressions and the last one is the loop index plus a constant.
 * {@code broadcastIf}, when not null, is the loop-invariant bool of ArrayLowering's broadcast index
 * {@code 0 if broadcastIf else i + offset}; the vector code runs only where it is false.
 */
public record Access(Var array, List<Expr> outer, long offset, Expr broadcastIf, boolean store) {
    public Access { outer = List.copyOf(outer); }

    /** Same element for every iteration as other (same array, same outer indices, same offset). */
    boolean sameElementAs(Access other) {
        return array.equals(other.array) && outer.equals(other.outer) && offset == other.offset;
    }
}
