package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.runtime.MathFn;
import io.jumba.types.Type;

import java.util.List;

import static io.jumba.testing.Ir.*;

/** The test kernels, as the IR that ArrayLowering/the frontend would produce; each loop is on line 3. */
final class Kernels {
    private Kernels() {}

    static final Var I = scalarVar("i", DType.INT64);

    /** def sum(a): s = 0.0; for i in range(a.shape[0]): s += a[i]; return s */
    static Program sum(DType d) {
        Var a = arrayVar("a", d), s = scalarVar("s", d);
        Expr zero = d.isFloat() ? new Expr.Const(0.0, Type.scalar(d)) : c(0, d);
        return program("sum", List.of(a), Type.scalar(d), set(s, zero),
                forRange(I, dim(a, 0), 3, set(s, bin(BinOp.ADD, l(s), load(a, l(I))))), new Stmt.Return(l(s)));
    }

    /** s += a[i] * b[i] in dtype d; with widen, a float32 product accumulated in float64 (mixed widths). */
    static Program dot(DType d, boolean widen) {
        Var a = arrayVar("a", d), b = arrayVar("b", d), s = scalarVar("s", widen ? DType.FLOAT64 : d);
        Expr prod = bin(BinOp.MUL, load(a, l(I)), load(b, l(I)));
        return program("dot", List.of(a, b), s.type(), set(s, f64(0.0)),
                forRange(I, dim(a, 0), 3, set(s, bin(BinOp.ADD, l(s), widen ? cast(prod, DType.FLOAT64) : prod))),
                new Stmt.Return(l(s)));
    }

    /** y[i] = alpha * x[i] + y[i] */
    static Program axpy(KernelOptions options) {
        Var alpha = scalarVar("alpha", DType.FLOAT64), x = arrayVar("x", DType.FLOAT64), y = arrayVar("y", DType.FLOAT64);
        return program("axpy", List.of(alpha, x, y), Type.NONE, options,
                forRange(I, dim(x, 0), 3, store(y, bin(BinOp.ADD, bin(BinOp.MUL, l(alpha), load(x, l(I))), load(y, l(I))), l(I))),
                new Stmt.Return(null));
    }

    /** a[i] = b[i] + s * c[i] (float32) */
    static Program triad() {
        Var a = arrayVar("a", DType.FLOAT32), b = arrayVar("b", DType.FLOAT32), c = arrayVar("c", DType.FLOAT32);
        Var s = scalarVar("s", DType.FLOAT32);
        return program("triad", List.of(a, b, c, s), Type.NONE,
                forRange(I, dim(a, 0), 3, store(a, bin(BinOp.ADD, load(b, l(I)), bin(BinOp.MUL, l(s), load(c, l(I)))), l(I))),
                new Stmt.Return(null));
    }

    /** b[i] = exp(a[i]) */
    static Program expMap() {
        Var a = arrayVar("a", DType.FLOAT64), b = arrayVar("b", DType.FLOAT64);
        return program("expmap", List.of(a, b), Type.NONE,
                forRange(I, dim(a, 0), 3, store(b, math(MathFn.EXP, load(a, l(I))), l(I))), new Stmt.Return(null));
    }

    /** if a[i] > hi: b[i] = hi else: b[i] = a[i] (through a temporary t = a[i]) */
    static Program clipIf() {
        Var a = arrayVar("a", DType.FLOAT64), b = arrayVar("b", DType.FLOAT64), hi = scalarVar("hi", DType.FLOAT64);
        Var t = scalarVar("t", DType.FLOAT64);
        return program("clip_if", List.of(a, b, hi), Type.NONE,
                forRange(I, dim(a, 0), 3, set(t, load(a, l(I))),
                        new Stmt.If(cmp(CmpOp.GT, l(t), l(hi)), List.of(store(b, l(hi), l(I))), List.of(store(b, l(t), l(I))))),
                new Stmt.Return(null));
    }

    /** b[i] = min(max(a[i], lo), hi) */
    static Program clipMinMax() {
        Var a = arrayVar("a", DType.FLOAT64), b = arrayVar("b", DType.FLOAT64);
        Var lo = scalarVar("lo", DType.FLOAT64), hi = scalarVar("hi", DType.FLOAT64);
        return program("clip_mm", List.of(a, b, lo, hi), Type.NONE,
                forRange(I, dim(a, 0), 3, store(b, math(MathFn.MIN, math(MathFn.MAX, load(a, l(I)), l(lo)), l(hi)), l(I))),
                new Stmt.Return(null));
    }

    /** c = 0; for i: if a[i] > 0.0: c += 1; return c (int64 counter over float64 data) */
    static Program countPositive() {
        Var a = arrayVar("a", DType.FLOAT64), n = scalarVar("c", DType.INT64);
        return program("count_pos", List.of(a), Type.INT64, set(n, i64(0)),
                forRange(I, dim(a, 0), 3, new Stmt.If(cmp(CmpOp.GT, load(a, l(I)), f64(0.0)),
                        List.of(set(n, bin(BinOp.ADD, l(n), i64(1)))), List.of())),
                new Stmt.Return(l(n)));
    }

    /** m = -inf; for i: m = max(m, a[i]); return m */
    static Program maxReduce() {
        Var a = arrayVar("a", DType.FLOAT64), m = scalarVar("m", DType.FLOAT64);
        return program("amax", List.of(a), Type.FLOAT64, set(m, f64(Double.NEGATIVE_INFINITY)),
                forRange(I, dim(a, 0), 3, set(m, math(MathFn.MAX, l(m), load(a, l(I))))), new Stmt.Return(l(m)));
    }

    /** c[i] = ((a[i] + b[i]) ^ (a[i] & 7)) | ~b[i]  in int32 */
    static Program int32Ops() {
        Var a = arrayVar("a", DType.INT32), b = arrayVar("b", DType.INT32), c = arrayVar("c", DType.INT32);
        Expr sum = bin(BinOp.ADD, load(a, l(I)), load(b, l(I)));
        Expr masked = bin(BinOp.BITAND, load(a, l(I)), c(7, DType.INT32));
        Expr inv = new Expr.Unary(io.jumba.ir.UnOp.INVERT, load(b, l(I)), Type.scalar(DType.INT32));
        return program("int_ops", List.of(a, b, c), Type.NONE,
                forRange(I, dim(a, 0), 3, store(c, bin(BinOp.BITOR, bin(BinOp.BITXOR, sum, masked), inv), l(I))),
                new Stmt.Return(null));
    }

    /** x = 0; for i: x ^= a[i] (int32 xor reduction) */
    static Program xorReduce() {
        Var a = arrayVar("a", DType.INT32), x = scalarVar("x", DType.INT32);
        return program("xor_all", List.of(a), Type.scalar(DType.INT32), set(x, c(0, DType.INT32)),
                forRange(I, dim(a, 0), 3, set(x, bin(BinOp.BITXOR, l(x), load(a, l(I))))), new Stmt.Return(l(x)));
    }

    /**
     * p = 3; for i: p *= a[i] | 1 (integers: odd factors, so the wrapped product never sticks at 0) or
     * p = 1.5; for i: p *= 1.0 + a[i] / 16 (floats: factors near 1, so the product neither over- nor underflows).
     */
    static Program product(DType d) {
        Var a = arrayVar("a", d), p = scalarVar("p", d);
        Expr factor = d.isFloat() ? bin(BinOp.ADD, new Expr.Const(1.0, Type.scalar(d)), bin(BinOp.MUL, load(a, l(I)), new Expr.Const(0.0625, Type.scalar(d))))
                : bin(BinOp.BITOR, load(a, l(I)), c(1, d));
        Expr start = d.isFloat() ? new Expr.Const(1.5, Type.scalar(d)) : c(3, d);
        return program("prod", List.of(a), Type.scalar(d), set(p, start),
                forRange(I, dim(a, 0), 3, set(p, bin(BinOp.MUL, l(p), factor))), new Stmt.Return(l(p)));
    }

    /**
     * x = start; for i: x = x op (a[i] | 0x40000) for & (so bit 18 survives every element), x = x op a[i] for |, in
     * integer dtype d; the start values are not op's identity, so the fold into x counts.
     */
    static Program bitReduce(BinOp op, DType d) {
        Var a = arrayVar("a", d), x = scalarVar("x", d);
        Expr operand = op == BinOp.BITAND ? bin(BinOp.BITOR, load(a, l(I)), c(0x40000, d)) : load(a, l(I));
        Expr start = c(op == BinOp.BITAND ? 0x7ff3f : 0x30000, d);
        return program("bits", List.of(a), Type.scalar(d), set(x, start),
                forRange(I, dim(a, 0), 3, set(x, bin(op, operand, l(x)))), new Stmt.Return(l(x)));
    }

    /** a[i + 1] = a[i] * 2.0: a loop-carried dependence */
    static Program shiftRecurrence() {
        Var a = arrayVar("a", DType.FLOAT64);
        return program("recur", List.of(a), Type.NONE,
                forRange(I, bin(BinOp.SUB, dim(a, 0), i64(1)), 3,
                        store(a, bin(BinOp.MUL, load(a, l(I)), f64(2.0)), bin(BinOp.ADD, l(I), i64(1)))),
                new Stmt.Return(null));
    }

    /** b[i] = a[i] / c[i]: under error_model='python' division may raise ZeroDivisionError */
    static Program divide(KernelOptions options) {
        Var a = arrayVar("a", DType.FLOAT64), b = arrayVar("b", DType.FLOAT64), c = arrayVar("c", DType.FLOAT64);
        return program("divide", List.of(a, b, c), Type.NONE, options,
                forRange(I, dim(a, 0), 3, store(b, bin(BinOp.DIV, load(a, l(I)), load(c, l(I))), l(I))),
                new Stmt.Return(null));
    }

    /** row sums of a 2-d C array: out[r] += a[r, i] over the inner loop (outer index invariant) */
    static Program rowSums() {
        Var a = matrixVar("a", DType.FLOAT64), out = arrayVar("out", DType.FLOAT64), r = scalarVar("r", DType.INT64);
        Var s = scalarVar("s", DType.FLOAT64);
        Stmt inner = forRange(I, dim(a, 1), 3, set(s, bin(BinOp.ADD, l(s), load(a, l(r), l(I)))));
        Stmt outer = new Stmt.ForRange(r, i64(0), dim(a, 0), i64(1),
                List.of(set(s, f64(0.0)), inner, store(out, l(s), l(r))), false, pos(2));
        return program("row_sums", List.of(a, out), Type.NONE, outer, new Stmt.Return(null));
    }
}
