package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;

import java.util.List;

/**
 * The IR of a registered math function applied to values, as kernels get it, for IR built outside the typing pass
 * (the ufunc loops of {@code io.jumba.ufunc}): on uint64 values abs, sign, min and max become their unsigned forms
 * (the integer intrinsics read a long signed), and fmin/fmax on integers are min/max.
 */
public final class MathIntrinsics {
    private MathIntrinsics() {}

    /** fn applied to args, each converted to dtype d, which fn computes in. */
    public static Expr apply(MathFn fn, List<Expr> args, DType d, SourcePos pos) {
        return MathFunctionTyping.apply(fn, args, d, pos);
    }
}
