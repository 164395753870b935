package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.runtime.LaneForm;
import io.jumba.types.Type;

import java.util.List;

/**
 * Java source of loop-varying IR expressions as Vector API calls (complex lanes, interleaved: + - and negation
 * lanewise, the rest through the runtime's {@code ComplexDoubleLanes}/{@code ComplexFloatLanes}). Operands are visited left to right, as
 * {@link LoopAnalysis} numbered the loads. Every vector result is cast to its concrete class (Janino resolves
 * the Vector API's generic signatures by erasure).
 */
final class VectorExprs {
    private VectorExprs() {}

    /** Python's float // and % (after any zero-divisor check, the NumPy error model's results). */
    private static final String FLOOR_DIVISION = "VectorFloorDivision.";

    static VectorValue of(Expr e, SimdLoopEmitter em) {
        return switch (e) {
            case Expr.Load l when Expr.dtypeOf(l.array()) == DType.BOOL -> mask(em.load(l), em.anyLaneTypeOf());
            case Expr.Load l -> vec(em.load(l), Expr.dtypeOf(l.array()));
            case Expr.Local l when em.isIndex(l.var()) -> vec("((" + VectorTypes.vectorClass(DType.INT64) + ") "
                    + VectorTypes.vectorClass(DType.INT64) + ".broadcast(" + em.speciesOf(DType.INT64) + ", (long) ("
                    + em.currentIndex() + ")).addIndex(1))", DType.INT64);
            case Expr.Local l -> em.temp(l.var());
            case Expr.Binary b -> binary(b, em);
            case Expr.Unary u -> {
                VectorValue o = em.valueOf(u.operand());
                DType d = u.type().dtype();
                yield switch (u.op()) {
                    case NEG -> lanewise(em.vectorOf(o, d), "NEG", List.of(), d);
                    case NOT -> mask(em.maskOf(o, maskType(o, em)) + ".not()", maskType(o, em));
                    case INVERT -> d == DType.BOOL ? mask(em.maskOf(o, maskType(o, em)) + ".not()", maskType(o, em))
                            : lanewise(em.vectorOf(o, d), "NOT", List.of(), d);
                };
            }
            case Expr.Compare c when MaskComparisons.operands(c) != null -> MaskComparisons.of(c, em);
            case Expr.Compare c -> {
                VectorValue l = em.valueOf(c.left()), r = em.valueOf(c.right());
                DType d = ((Type.Scalar) c.left().type()).dtype();
                // unsigned lanes hold raw bits: order them unsigned
                boolean unsigned = d.isUnsigned() && c.op() != CmpOp.EQ && c.op() != CmpOp.NE;
                yield mask("((" + VectorTypes.MASK + ") " + em.vectorOf(l, d) + ".compare(" + VectorTypes.OPS
                        + (unsigned ? "U" : "") + c.op().name() + ", " + em.vectorOf(r, d) + "))", d);
            }
            case Expr.Logical lg -> {
                VectorValue l = em.valueOf(lg.left()), r = em.valueWhere(l, lg.isAnd(), lg.right());
                DType d = maskType(l, em);
                yield mask("((" + VectorTypes.MASK + ") " + em.maskOf(l, d) + (lg.isAnd() ? ".and(" : ".or(")
                        + em.maskOf(r, d) + "))", d);
            }
            case Expr.Select s -> {
                VectorValue c = em.valueOf(s.cond());
                VectorValue t = em.valueWhere(c, true, s.ifTrue()), f = em.valueWhere(c, false, s.ifFalse());
                DType d = ((Type.Scalar) s.type()).dtype();
                if (d == DType.BOOL) {
                    DType m = maskType(c, em);
                    String cm = em.maskOf(c, m);
                    yield mask("((" + VectorTypes.MASK + ") " + cm + ".and(" + em.maskOf(t, m) + ").or(" + cm
                            + ".not().and(" + em.maskOf(f, m) + ")))", m);
                }
                yield vec("((" + VectorTypes.vectorClass(d) + ") " + em.vectorOf(f, d) + ".blend(" + em.vectorOf(t, d)
                        + ", " + em.maskOf(c, d) + "))", d);
            }
            case Expr.Cast c -> cast(c, em);
            case Expr.Intrinsic in when LaneFunctions.admits(in) -> LaneFunctions.of(in, em);
            case Expr.Intrinsic in when in.fn().lane() instanceof LaneForm.Runtime r -> {
                DType d = in.type().dtype();
                List<String> args = in.args().stream().map(a -> em.vectorOf(em.valueOf(a), d)).toList();
                yield vec(r.call() + "(" + String.join(", ", args) + ")", d);
            }
            case Expr.Intrinsic in when in.fn().lane() instanceof LaneForm.Operator o -> {
                DType d = in.type().dtype();
                List<VectorValue> args = in.args().stream().map(em::valueOf).toList();
                List<String> rest = args.subList(1, args.size()).stream().map(a -> em.vectorOf(a, d)).toList();
                yield lanewise(em.vectorOf(args.get(0), d), o.op(), rest, d);
            }
            default -> throw new IllegalStateException("LoopAnalysis admitted " + e);
        };
    }

    private static VectorValue binary(Expr.Binary b, SimdLoopEmitter em) {
        DType d = b.type().dtype();
        if (d == DType.BOOL) {
            VectorValue l = em.valueOf(b.left()), r = em.valueOf(b.right());
            DType m = maskType(l, em);
            String lm = em.maskOf(l, m), rm = em.maskOf(r, m);
            return mask(switch (b.op()) {
                case BITAND -> "((" + VectorTypes.MASK + ") " + lm + ".and(" + rm + "))";
                case BITOR -> "((" + VectorTypes.MASK + ") " + lm + ".or(" + rm + "))";
                default -> "((" + VectorTypes.MASK + ") " + lm + ".eq(" + rm + ").not())";
            }, m);
        }
        VectorValue fused = contracted(b, em);
        if (fused != null) return fused;
        VectorValue l = em.valueOf(b.left()), r = em.valueOf(b.right());
        if (b.op() == BinOp.SHL || b.op() == BinOp.SHR) return shift(b, l, r, em);
        if (b.op() == BinOp.POW) return LaneFunctions.pow(em.vectorOf(l, d), em.vectorOf(r, d), d, em);
        String right = em.vectorOf(r, d);
        if (d.isComplex() && b.op() == BinOp.MUL) return vec(em.complexLanes(d) + ".mul(" + em.vectorOf(l, d) + ", " + right + ")", d);
        // LoopAnalysis admits complex division under error_model='numpy' only
        if (d.isComplex() && b.op() == BinOp.DIV) return vec(em.complexLanes(d) + ".divNumpy(" + em.vectorOf(l, d) + ", " + right + ")", d);
        if (LoopAnalysis.divides(b.op()) && em.checksDivisor(b.right())) right = em.checkedDivisor(right, d);
        if (b.op() == BinOp.FLOORDIV || b.op() == BinOp.MOD) {
            return vec(FLOOR_DIVISION + (b.op() == BinOp.FLOORDIV ? "floorDivNumpy(" : "modNumpy(") + em.vectorOf(l, d) + ", "
                    + right + ")", d);
        }
        String op = switch (b.op()) {
            case ADD -> "ADD";
            case SUB -> "SUB";
            case MUL -> "MUL";
            case DIV -> "DIV";
            case BITAND -> "AND";
            case BITOR -> "OR";
            case BITXOR -> "XOR";
            default -> throw new IllegalStateException("LoopAnalysis admitted " + b.op());
        };
        return lanewise(em.vectorOf(l, d), op, List.of(right), d);
    }

    /**
     * Under fastmath, a float {@code x*y + z}, {@code z + x*y}, {@code x*y - z} or {@code z - x*y} whose product varies
     * across lanes as one fused multiply-add ({@code fma(x, y, -z)}, {@code fma(-x, y, z)}: negation is exact);
     * null for anything else. Operands are visited in source order.
     */
    private static VectorValue contracted(Expr.Binary b, SimdLoopEmitter em) {
        DType d = b.type().dtype();
        if (!em.fastmath() || !d.isFloat() || (b.op() != BinOp.ADD && b.op() != BinOp.SUB)) return null;
        if (isProduct(b.left(), em)) {
            Expr.Binary mul = (Expr.Binary) b.left();
            String x = em.vectorOf(em.valueOf(mul.left()), d), y = em.vectorOf(em.valueOf(mul.right()), d);
            String z = em.vectorOf(em.valueOf(b.right()), d);
            return fma(x, y, b.op() == BinOp.SUB ? lanewise(z, "NEG", List.of(), d).code() : z, d);
        }
        if (isProduct(b.right(), em)) {
            Expr.Binary mul = (Expr.Binary) b.right();
            String z = em.vectorOf(em.valueOf(b.left()), d);
            String x = em.vectorOf(em.valueOf(mul.left()), d), y = em.vectorOf(em.valueOf(mul.right()), d);
            return fma(b.op() == BinOp.SUB ? lanewise(x, "NEG", List.of(), d).code() : x, y, z, d);
        }
        return null;
    }

    /** Whether e is a float product that varies across lanes (so it is a vector worth fusing). */
    static boolean isProduct(Expr e, SimdLoopEmitter em) {
        return e instanceof Expr.Binary mul && mul.op() == BinOp.MUL && em.isVarying(mul);
    }

    /** Java source of the vector {@code x * y + z} rounded once. */
    static VectorValue fma(String x, String y, String z, DType d) { return lanewise(x, "FMA", List.of(y, z), d); }

    /**
     * {@code <<} and {@code >>} with NumPy's counts ({@code io.jumba.runtime.VectorShifts}; uint64's {@code >>} is
     * logical); a constant count below the lane width needs no correction, so it is a plain lanewise shift.
     */
    private static VectorValue shift(Expr.Binary b, VectorValue l, VectorValue r, SimdLoopEmitter em) {
        DType d = b.type().dtype();
        boolean left = b.op() == BinOp.SHL;
        boolean logical = d.isUnsigned();
        if (b.right() instanceof Expr.Const c && c.value() instanceof Number n && n.longValue() >= 0
                && n.longValue() < d.itemSize() * 8L) {
            String op = left ? "LSHL" : logical ? "LSHR" : "ASHR";
            return lanewise(em.vectorOf(l, d), op, List.of("(" + d.javaType() + ") " + n.longValue()), d);
        }
        return vec("VectorShifts." + (left ? "shl(" : logical ? "shrUnsigned(" : "shr(") + em.vectorOf(l, d) + ", "
                + em.vectorOf(r, d) + ")", d);
    }

    private static VectorValue cast(Expr.Cast c, SimdLoopEmitter em) {
        DType to = c.type().dtype();
        VectorValue o = em.valueOf(c.operand());
        DType from = o.kind() == VectorValue.Kind.MASK ? DType.BOOL : o.dtype();
        if (from == to) return o;
        // complex lanes convert part by part to complex lanes, and from and to their parts' type: x + 0j, the real part
        if (to.isComplex() && from.isComplex()) {
            return vec("((" + VectorTypes.vectorClass(to) + ") " + em.vectorOf(o, from) + ".convertShape("
                    + VectorTypes.conversion(from.part(), to.part()) + ", " + em.speciesOf(to) + ", 0))", to);
        }
        if (to.isComplex()) return vec(em.complexLanes(to) + ".fromReal(" + em.vectorOf(o, from) + ")", to);
        if (from.isComplex()) return vec(em.complexLanes(from) + ".real(" + em.vectorOf(o, from) + ")", to);
        String cls = VectorTypes.vectorClass(to.isBool() ? from : to);
        if (to == DType.BOOL) {
            return mask("((" + VectorTypes.MASK + ") " + em.vectorOf(o, from) + ".compare(" + VectorTypes.OPS + "NE, ("
                    + from.javaType() + ") 0))", from);
        }
        if (from == DType.BOOL) {
            String sp = em.speciesOf(to);
            return vec("((" + cls + ") " + cls + ".zero(" + sp + ").blend(" + cls + ".broadcast(" + sp + ", ("
                    + to.javaType() + ") 1), " + em.maskOf(o, to) + "))", to);
        }
        return vec(LaneConversions.convert(em.vectorOf(o, from), from, to, em), to);
    }

    private static DType maskType(VectorValue v, SimdLoopEmitter em) {
        return v.kind() == VectorValue.Kind.MASK ? v.dtype() : em.anyLaneTypeOf();
    }

    static VectorValue lanewise(String receiver, String op, List<String> args, DType d) {
        StringBuilder sb = new StringBuilder("((" + VectorTypes.vectorClass(d) + ") " + receiver + ".lanewise("
                + VectorTypes.OPS + op);
        for (String a : args) sb.append(", ").append(a);
        return vec(sb.append("))").toString(), d);
    }

    static VectorValue vec(String code, DType d) { return new VectorValue(code, d, VectorValue.Kind.VECTOR); }

    static VectorValue mask(String code, DType d) { return new VectorValue(code, d, VectorValue.Kind.MASK); }
}
