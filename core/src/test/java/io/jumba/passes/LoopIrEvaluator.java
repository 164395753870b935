package io.jumba.passes;

import io.jumba.array.NDArray;
import io.jumba.error.KernelRuntimeError;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal test-only evaluator of the scalar/loop IR that {@link ArrayLowering} produces (float64, int64 and
 * bool arithmetic, loads, stores, loops, allocation and Raise). It rejects every array-level node, so running a
 * lowered program through it also proves none is left. Scalars are Double, Long or Boolean.
 */
final class LoopIrEvaluator {
    private final Map<String, Object> env = new HashMap<>();

    private record Returned(Object value) {}

    private enum Jump { BREAK }

    static Object run(Program program, Object... args) {
        Function f = program.entry();
        LoopIrEvaluator ev = new LoopIrEvaluator();
        for (int i = 0; i < args.length; i++) ev.env.put(f.params().get(i).name(), args[i]);
        Object r = ev.exec(f.body());
        return r instanceof Returned ret ? ret.value() : null;
    }

    private Object exec(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            Object r = exec(s);
            if (r != null) return r;
        }
        return null;
    }

    private Object exec(Stmt stmt) {
        switch (stmt) {
            case Stmt.Assign a -> env.put(a.target().name(), eval(a.value()));
            case Stmt.Store s -> {
                NDArray arr = (NDArray) eval(s.array());
                int p = arr.flatIndex(indices(arr, s.indices()));
                Object v = eval(s.value());
                switch (v) {
                    case Double d -> arr.writeDouble(p, d);
                    case Long l -> arr.writeLong(p, l);
                    case Boolean b -> arr.writeLong(p, b ? 1 : 0);
                    default -> throw new IllegalStateException("value " + v);
                }
            }
            case Stmt.If i -> { return exec((Boolean) eval(i.cond()) ? i.then() : i.otherwise()); }
            case Stmt.ForRange f -> {
                long start = (Long) eval(f.start()), stop = (Long) eval(f.stop()), step = (Long) eval(f.step());
                for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
                    env.put(f.index().name(), i);
                    Object r = exec(f.body());
                    if (r == Jump.BREAK) break;
                    if (r != null) return r;
                }
            }
            case Stmt.While w -> {
                while ((Boolean) eval(w.cond())) {
                    Object r = exec(w.body());
                    if (r == Jump.BREAK) break;
                    if (r != null) return r;
                }
            }
            case Stmt.Break b -> { return Jump.BREAK; }
            case Stmt.Return r -> { return new Returned(r.value() == null ? null : eval(r.value())); }
            case Stmt.Eval e -> eval(e.value());
            case Stmt.Raise r -> {
                String msg = r.format();
                for (Expr arg : r.args()) msg = msg.replaceFirst("\\{}", String.valueOf(eval(arg)));
                throw new KernelRuntimeError(r.pythonName(), r.pos(), msg);
            }
            default -> throw new IllegalArgumentException("not loop IR: " + stmt);
        }
        return null;
    }

    private int[] indices(NDArray arr, List<Expr> idx) {
        int[] at = new int[idx.size()];
        for (int d = 0; d < at.length; d++) {
            long i = (Long) eval(idx.get(d));
            if (i < 0 || i >= arr.shape(d)) throw new IllegalStateException("index " + i + " out of range at dim " + d);
            at[d] = (int) i;
        }
        return at;
    }

    private Object eval(Expr e) {
        return switch (e) {
            case Expr.Const c -> c.value();
            case Expr.Local l -> {
                if (!env.containsKey(l.var().name())) throw new IllegalStateException("unassigned " + l.var());
                yield env.get(l.var().name());
            }
            case Expr.Binary b -> binary(b, eval(b.left()), eval(b.right()));
            case Expr.Unary u -> switch (u.op()) {
                case NOT -> !(Boolean) eval(u.operand());
                case NEG -> eval(u.operand()) instanceof Double d ? (Object) (-d) : (Object) (-(Long) eval(u.operand()));
                case INVERT -> throw new IllegalArgumentException("INVERT");
            };
            case Expr.Compare c -> compare(c, eval(c.left()), eval(c.right()));
            case Expr.Logical l -> l.isAnd()
                    ? (Boolean) eval(l.left()) && (Boolean) eval(l.right())
                    : (Boolean) eval(l.left()) || (Boolean) eval(l.right());
            case Expr.Select s -> (Boolean) eval(s.cond()) ? eval(s.ifTrue()) : eval(s.ifFalse());
            case Expr.Cast c -> cast(eval(c.operand()), c.type());
            case Expr.Load l -> {
                NDArray arr = (NDArray) eval(l.array());
                int p = arr.flatIndex(indices(arr, l.indices()));
                yield arr.dtype().isFloat() ? (Object) arr.readDouble(p)
                        : arr.dtype().isBool() ? (Object) arr.readBoolean(p) : (Object) arr.readLong(p);
            }
            case Expr.Dim d -> (long) ((NDArray) eval(d.array())).shape(d.axis());
            case Expr.Size s -> (long) ((NDArray) eval(s.array())).size();
            case Expr.Intrinsic i -> switch (i.fn()) {
                case EXP -> Math.exp((Double) eval(i.args().getFirst()));
                case SQRT -> Math.sqrt((Double) eval(i.args().getFirst()));
                default -> throw new IllegalArgumentException("intrinsic " + i.fn());
            };
            case Expr.Alloc a -> {
                int[] shape = new int[a.shape().size()];
                for (int d = 0; d < shape.length; d++) shape[d] = Math.toIntExact((Long) eval(a.shape().get(d)));
                NDArray arr = NDArray.empty(a.type().dtype(), shape);
                if (a.fill() == Expr.Fill.ONES) for (int p = 0; p < arr.size(); p++) arr.writeLong(p, 1);
                yield arr;
            }
            case Expr.View v -> view((NDArray) eval(v.array()), v.spec());
            case Expr.Transpose t -> ((NDArray) eval(t.array())).transpose();
            default -> throw new IllegalArgumentException("not loop IR: " + e);
        };
    }

    /** Basic indexing, as NumPy: integers drop their dimension, slices clamp their bounds. */
    private NDArray view(NDArray arr, List<Expr.IndexSpec> specs) {
        java.util.List<Integer> shape = new java.util.ArrayList<>(), strides = new java.util.ArrayList<>();
        int offset = arr.offset();
        for (int d = 0; d < arr.ndim(); d++) {
            int n = arr.shape(d), stride = arr.stride(d);
            Expr.IndexSpec spec = d < specs.size() ? specs.get(d) : new Expr.IndexSpec.Range(null, null, null);
            switch (spec) {
                case Expr.IndexSpec.At at -> {
                    long i = (Long) eval(at.index());
                    offset += (int) (i < 0 ? i + n : i) * stride;
                }
                case Expr.IndexSpec.Range r -> {
                    long step = r.step() == null ? 1 : (Long) eval(r.step());
                    long lo = bound(r.lower(), n, step, true), hi = bound(r.upper(), n, step, false);
                    long len = step > 0 ? Math.max(0, (hi - lo + step - 1) / step) : Math.max(0, (lo - hi - step - 1) / -step);
                    offset += (int) lo * stride;
                    shape.add((int) len);
                    strides.add((int) (step * stride));
                }
            }
        }
        return arr.view(offset, shape.stream().mapToInt(Integer::intValue).toArray(),
                strides.stream().mapToInt(Integer::intValue).toArray());
    }

    private long bound(Expr e, int n, long step, boolean lower) {
        if (e == null) return lower ? (step > 0 ? 0 : n - 1) : (step > 0 ? n : -1);
        long v = (Long) eval(e);
        if (v < 0) v += n;
        return step > 0 ? Math.clamp(v, 0, n) : Math.clamp(v, -1, n - 1);
    }

    private static Object binary(Expr.Binary b, Object l, Object r) {
        if (l instanceof Double x) {
            double y = (Double) r;
            return switch (b.op()) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                default -> throw new IllegalArgumentException(b.op().toString());
            };
        }
        long x = (Long) l, y = (Long) r;
        return switch (b.op()) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            default -> throw new IllegalArgumentException(b.op().toString());
        };
    }

    private static Boolean compare(Expr.Compare c, Object l, Object r) {
        if (l instanceof Boolean || r instanceof Boolean) {
            return switch (c.op()) {
                case EQ -> l.equals(r);
                case NE -> !l.equals(r);
                default -> throw new IllegalArgumentException("bool " + c.op());
            };
        }
        if (l instanceof Double || r instanceof Double) {
            double x = ((Number) l).doubleValue(), y = ((Number) r).doubleValue();
            return switch (c.op()) {
                case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y; case EQ -> x == y; case NE -> x != y;
            };
        }
        long x = (Long) l, y = (Long) r;
        return switch (c.op()) {
            case LT -> x < y; case LE -> x <= y; case GT -> x > y; case GE -> x >= y; case EQ -> x == y; case NE -> x != y;
        };
    }

    private static Object cast(Object v, Type.Scalar t) {
        if (t.dtype().isBool()) return v instanceof Boolean b ? b : ((Number) v).doubleValue() != 0;
        if (t.dtype().isFloat()) return v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
        return v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
    }
}
