package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.MathFn;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, for an innermost {@code for i in range(start, stop)} loop, whether it can run as vector code and why not.
 * Accepted bodies are straight-line {@link Stmt.Assign}/{@link Stmt.Store}/{@link Stmt.If}: loads and stores index
 * the last axis with {@code i + c} (other indices loop-invariant), temporaries are assigned before use (unconditionally; reassigning one gives a new vector value), and
 * accumulators are updated only as {@code s = s op e} ({@link ReductionOp}). Arrays of layout A are accepted: the
 * emitted code checks unit stride at run time and falls back to the scalar loop. Element types of different widths
 * share one lane count (e.g. float32 lanes in half the bits of the float64 lanes), converted with
 * {@code convertShape}. Divisions that may raise ZeroDivisionError get {@link DivisionGuards}.
 */
public final class LoopAnalysis {
    /** Dtypes that have vector lanes; bool values become masks. */
    static final Set<DType> LANE_TYPES = Set.of(DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64);

    /** Float math functions with a VectorOperators counterpart. */
    static final Set<MathFn> VECTOR_MATH = Set.of(MathFn.SQRT, MathFn.CBRT, MathFn.EXP, MathFn.EXPM1, MathFn.LOG,
            MathFn.LOG10, MathFn.LOG1P, MathFn.SIN, MathFn.COS, MathFn.TAN, MathFn.ASIN, MathFn.ACOS, MathFn.ATAN,
            MathFn.SINH, MathFn.COSH, MathFn.TANH, MathFn.ATAN2, MathFn.HYPOT, MathFn.POW, MathFn.ABS, MathFn.MIN,
            MathFn.MAX);

    /** Float64 math functions without a VectorOperators counterpart, called in {@code io.jumba.runtime.VectorMathFunctions}. */
    static final Set<MathFn> RUNTIME_VECTOR_MATH = Set.of(MathFn.ERF, MathFn.ERFC);

    private final Stmt.ForRange loop;
    private final KernelOptions kernelOptions;
    private final VectorOptions vectorOptions;
    private final Set<Var> assigned = new HashSet<>();
    private final Set<Var> defined = new HashSet<>();
    private final Map<Var, ReductionOp> reductions = new LinkedHashMap<>();
    private final List<Access> accesses = new ArrayList<>();
    private final Set<DType> types = new LinkedHashSet<>();
    private final Set<Expr> divisorsBeforeLoop = new LinkedHashSet<>();
    private final Set<Expr> divisorsPerStep = new LinkedHashSet<>();
    /** The first store or accumulator update met so far in program order (for the message), or null. */
    private String firstEffect;
    private int nodes;

    private LoopAnalysis(Stmt.ForRange loop, KernelOptions kernelOptions, VectorOptions vectorOptions) {
        this.loop = loop;
        this.kernelOptions = kernelOptions;
        this.vectorOptions = vectorOptions;
    }

    /** Why a loop is not vectorizable; carries no stack trace (it is control flow of the analysis). */
    private static final class Rejected extends Exception {
        Rejected(String reason) { super(reason, null, false, false); }
    }

    /**
     * The verdict on one loop (which should be innermost: inner loops are a reason to stay scalar). A vectorizable
     * plan's loop may be an equivalent rewrite of the given one ({@link IntNarrowing}).
     */
    public static LoopPlan analyze(Stmt.ForRange loop, KernelOptions kernelOptions, VectorOptions vectorOptions) {
        LoopAnalysis a = new LoopAnalysis(IntNarrowing.apply(loop), kernelOptions, vectorOptions);
        try {
            return a.run();
        } catch (Rejected r) {
            return new LoopPlan.Scalar(loop, r.getMessage());
        }
    }

    /** Verdicts on every innermost ForRange of f, in source order. */
    public static List<LoopPlan> analyze(Function f, VectorOptions vectorOptions) {
        List<LoopPlan> plans = new ArrayList<>();
        collect(f.body(), f.options(), vectorOptions, plans);
        return plans;
    }

    private static void collect(List<Stmt> body, KernelOptions k, VectorOptions v, List<LoopPlan> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f when isInnermost(f) -> out.add(analyze(f, k, v));
                case Stmt.ForRange f -> collect(f.body(), k, v, out);
                case Stmt.While w -> collect(w.body(), k, v, out);
                case Stmt.If i -> {
                    collect(i.then(), k, v, out);
                    collect(i.otherwise(), k, v, out);
                }
                default -> { }
            }
        }
    }

    /** True when no loop (for or while) is nested in the body. */
    public static boolean isInnermost(Stmt.ForRange loop) { return !containsLoop(loop.body()); }

    private static boolean containsLoop(List<Stmt> body) {
        for (Stmt s : body) {
            boolean inner = switch (s) {
                case Stmt.ForRange f -> true;
                case Stmt.While w -> true;
                case Stmt.If i -> containsLoop(i.then()) || containsLoop(i.otherwise());
                default -> false;
            };
            if (inner) return true;
        }
        return false;
    }

    private LoopPlan run() throws Rejected {
        if (!(loop.step() instanceof Expr.Const c && c.value() instanceof Long step && step == 1L)) {
            throw new Rejected("step is not the constant 1");
        }
        Map<Var, Integer> assignCounts = new HashMap<>();
        countAssignments(loop.body(), assignCounts);
        assigned.addAll(assignCounts.keySet());
        if (assigned.contains(loop.index())) throw new Rejected("loop index assigned in the body");
        findReductions(loop.body(), assignCounts);
        statements(loop.body(), false);
        checkDependences();
        if (types.isEmpty()) throw new Rejected("no array element work");
        int widest = types.stream().mapToInt(DType::itemSize).max().orElseThrow();
        int narrowest = types.stream().mapToInt(DType::itemSize).min().orElseThrow();
        // All types get the same lane count, so narrower ones use a proportionally narrower species (>= 64 bits).
        if (vectorOptions.width().bits() * narrowest / widest < 64) {
            throw new Rejected("mixed element widths " + types.stream().map(DType::numpyName).toList()
                    + " need a species wider than " + vectorOptions.width().bits() + " bits");
        }
        List<Reduction> rs = new ArrayList<>();
        reductions.forEach((v, op) -> rs.add(new Reduction(v, op)));
        return new LoopPlan.Vectorizable(loop, types, accesses, rs, nodes,
                new DivisionGuards(List.copyOf(divisorsBeforeLoop), List.copyOf(divisorsPerStep)));
    }

    private static void countAssignments(List<Stmt> body, Map<Var, Integer> counts) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> counts.merge(a.target(), 1, Integer::sum);
                case Stmt.If i -> {
                    countAssignments(i.then(), counts);
                    countAssignments(i.otherwise(), counts);
                }
                case Stmt.ForRange f -> {
                    counts.merge(f.index(), 1, Integer::sum);
                    countAssignments(f.body(), counts);
                }
                case Stmt.While w -> countAssignments(w.body(), counts);
                default -> { }
            }
        }
    }

    private void findReductions(List<Stmt> body, Map<Var, Integer> counts) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a when counts.get(a.target()) == 1 -> {
                    ReductionOp op = reductionOp(a.target(), a.value());
                    if (op != null) reductions.put(a.target(), op);
                }
                case Stmt.If i -> {
                    findReductions(i.then(), counts);
                    findReductions(i.otherwise(), counts);
                }
                default -> { }
            }
        }
    }

    /** The op when value is {@code t op e}, {@code e op t} or {@code min/max(t, e)} with t not in e; else null. */
    private static ReductionOp reductionOp(Var t, Expr value) {
        ReductionOp op = switch (value) {
            case Expr.Binary b -> switch (b.op()) {
                case ADD -> ReductionOp.ADD;
                case MUL -> ReductionOp.MUL;
                case BITAND -> ReductionOp.AND;
                case BITOR -> ReductionOp.OR;
                case BITXOR -> ReductionOp.XOR;
                default -> null;
            };
            case Expr.Intrinsic in when in.fn() == MathFn.MIN -> ReductionOp.MIN;
            case Expr.Intrinsic in when in.fn() == MathFn.MAX -> ReductionOp.MAX;
            case Expr.Select s when challenger(t, s) != null -> ((Expr.Compare) s.cond()).op() == CmpOp.LT
                    ? ReductionOp.PY_MIN : ReductionOp.PY_MAX;
            default -> null;
        };
        if (op == null) return null;
        Expr other = otherOperand(t, value);
        return other != null && !mentions(other, t) ? op : null;
    }

    /** The operand of a reduction update that is not the accumulator itself, or null. */
    static Expr otherOperand(Var t, Expr value) {
        if (value instanceof Expr.Select s) return challenger(t, s);
        List<Expr> operands = switch (value) {
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Intrinsic in -> in.args();
            default -> List.of();
        };
        if (operands.size() != 2) return null;
        if (operands.get(0) instanceof Expr.Local l && l.var().equals(t)) return operands.get(1);
        if (operands.get(1) instanceof Expr.Local l && l.var().equals(t)) return operands.get(0);
        return null;
    }

    /** e in Python's float {@code min/max} update {@code t = e if e < t else t} (or {@code >}); else null. */
    private static Expr challenger(Var t, Expr.Select s) {
        boolean isT = s.ifFalse() instanceof Expr.Local l && l.var().equals(t);
        if (isT && s.cond() instanceof Expr.Compare c && (c.op() == CmpOp.LT || c.op() == CmpOp.GT)
                && c.right() instanceof Expr.Local r && r.var().equals(t) && c.left().equals(s.ifTrue())
                && s.type() instanceof Type.Scalar sc && sc.dtype().isFloat()) {
            return s.ifTrue();
        }
        return null;
    }

    private static boolean mentions(Expr e, Var v) {
        return switch (e) {
            case Expr.Local l -> l.var().equals(v);
            case Expr.Binary b -> mentions(b.left(), v) || mentions(b.right(), v);
            case Expr.Unary u -> mentions(u.operand(), v);
            case Expr.Compare c -> mentions(c.left(), v) || mentions(c.right(), v);
            case Expr.Logical l -> mentions(l.left(), v) || mentions(l.right(), v);
            case Expr.Select s -> mentions(s.cond(), v) || mentions(s.ifTrue(), v) || mentions(s.ifFalse(), v);
            case Expr.Cast c -> mentions(c.operand(), v);
            case Expr.Load l -> mentions(l.array(), v) || l.indices().stream().anyMatch(i -> mentions(i, v));
            case Expr.Intrinsic in -> in.args().stream().anyMatch(a -> mentions(a, v));
            default -> false;
        };
    }

    private void statements(List<Stmt> body, boolean conditional) throws Rejected {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a when reductions.containsKey(a.target()) -> {
                    ReductionOp op = reductions.get(a.target());
                    DType d = laneType(a.target().type(), "accumulator " + a.target().name());
                    if (vectorOptions.strict() && op.reassociationChangesResult(d)) {
                        throw new Rejected("strict: float reduction " + a.target().name() + " " + op.symbol()
                                + "= kept sequential");
                    }
                    types.add(d);
                    nodes++;
                    expr(otherOperand(a.target(), a.value()));
                    effect("the update of " + a.target().name());
                }
                case Stmt.Assign a -> {
                    if (conditional) throw new Rejected("conditional assignment to " + a.target().name());
                    if (!(a.target().type() instanceof Type.Scalar)) {
                        throw new Rejected("non-scalar variable " + a.target().name() + " assigned");
                    }
                    expr(a.value());
                    defined.add(a.target());
                }
                case Stmt.Store st -> {
                    expr(st.value());
                    access(st.array(), st.indices(), true);
                    effect("the store to " + ((Expr.Local) st.array()).var().name());
                }
                case Stmt.If i -> {
                    if (!(expr(i.cond()).equals(DType.BOOL))) throw new Rejected("non-bool condition");
                    statements(i.then(), true);
                    statements(i.otherwise(), true);
                }
                default -> throw new Rejected(s.getClass().getSimpleName().toLowerCase() + " statement in the body");
            }
        }
    }

    private static DType laneType(Type t, String what) throws Rejected {
        if (t instanceof Type.Scalar s && LANE_TYPES.contains(s.dtype())) return s.dtype();
        throw new Rejected(what + " of type " + t + " has no vector lanes");
    }

    /** Checks e and returns its dtype (BOOL for masks and bool scalars). */
    private DType expr(Expr e) throws Rejected {
        nodes++;
        if (!(e instanceof Expr.Local) && invariant(e)) return e.type() instanceof Type.Scalar s ? s.dtype() : DType.BOOL;
        return switch (e) {
            case Expr.Const c -> c.type().dtype();
            case Expr.Local l -> local(l.var());
            case Expr.Load l -> access(l.array(), l.indices(), false);
            case Expr.Binary b -> binary(b);
            case Expr.Unary u -> {
                DType d = expr(u.operand());
                boolean ok = switch (u.op()) {
                    case NEG -> LANE_TYPES.contains(d);
                    case NOT -> d == DType.BOOL;
                    case INVERT -> d == DType.BOOL || (LANE_TYPES.contains(d) && d.isInteger());
                };
                if (!ok) throw new Rejected("operator " + u.op().name().toLowerCase() + " on " + d.numpyName());
                yield lane(d);
            }
            case Expr.Compare c -> {
                DType d = expr(c.left());
                expr(c.right());
                if (!LANE_TYPES.contains(d)) throw new Rejected("comparison of " + d.numpyName() + " values");
                types.add(d);
                yield DType.BOOL;
            }
            case Expr.Logical l -> {
                expr(l.left());
                expr(l.right());
                yield DType.BOOL;
            }
            case Expr.Select s -> {
                expr(s.cond());
                expr(s.ifTrue());
                yield lane(expr(s.ifFalse()));
            }
            case Expr.Cast c -> {
                DType from = expr(c.operand());
                DType to = c.type().dtype();
                boolean ok = from == to || (LANE_TYPES.contains(from) || from == DType.BOOL)
                        && (LANE_TYPES.contains(to) || to == DType.BOOL);
                if (!ok) throw new Rejected("cast from " + from.numpyName() + " to " + to.numpyName() + " has no vector form");
                if (from != DType.BOOL) types.add(from);
                yield lane(to);
            }
            case Expr.Intrinsic in -> {
                DType d = in.type().dtype();
                boolean ok = d.isFloat() ? VECTOR_MATH.contains(in.fn()) || d == DType.FLOAT64 && RUNTIME_VECTOR_MATH.contains(in.fn())
                        : LANE_TYPES.contains(d) && (in.fn() == MathFn.ABS || in.fn() == MathFn.MIN || in.fn() == MathFn.MAX);
                if (!ok) throw new Rejected("math function " + in.fn().name().toLowerCase() + " on " + d.numpyName()
                        + " has no vector form");
                for (Expr a : in.args()) expr(a);
                yield lane(d);
            }
            default -> throw new Rejected(e.getClass().getSimpleName() + " expression in the body");
        };
    }

    private DType lane(DType d) throws Rejected {
        if (d == DType.BOOL) return d;
        if (!LANE_TYPES.contains(d)) throw new Rejected(d.numpyName() + " values have no vector lanes");
        types.add(d);
        return d;
    }

    private DType local(Var v) throws Rejected {
        if (v.equals(loop.index())) return lane(DType.INT64);
        if (reductions.containsKey(v)) throw new Rejected("accumulator " + v.name() + " read outside its update");
        if (!(v.type() instanceof Type.Scalar s)) throw new Rejected("array " + v.name() + " used as a value");
        if (assigned.contains(v) && !defined.contains(v)) throw new Rejected("loop-carried scalar " + v.name());
        return s.dtype() == DType.BOOL ? DType.BOOL : (assigned.contains(v) ? lane(s.dtype()) : s.dtype());
    }

    private DType binary(Expr.Binary b) throws Rejected {
        DType d = b.type().dtype();
        expr(b.left());
        expr(b.right());
        boolean ok = switch (b.op()) {
            case ADD, SUB, MUL -> LANE_TYPES.contains(d);
            case DIV -> d.isFloat();
            case BITAND, BITOR, BITXOR -> d == DType.BOOL || (LANE_TYPES.contains(d) && d.isInteger());
            default -> false;
        };
        if (!ok) throw new Rejected("operator " + b.op().name().toLowerCase() + " on " + d.numpyName() + " has no exact vector form");
        if (b.op() == BinOp.DIV && !kernelOptions.numpyErrorModel() && !isNonZeroConst(b.right())) guard(b.right());
        return lane(d);
    }

    /**
     * Records how a division by divisor keeps ZeroDivisionError exact ({@link DivisionGuards}). Divisions inside the
     * divisor were visited first, so an invariant divisor such as {@code y / z} is checked after z.
     */
    private void guard(Expr divisor) throws Rejected {
        if (invariant(divisor)) {
            divisorsBeforeLoop.add(divisor);
        } else if (firstEffect != null) {
            throw new Rejected("division after " + firstEffect + ": its ZeroDivisionError (error_model='python') could"
                    + " not be replayed from the vector step's start");
        } else {
            divisorsPerStep.add(divisor);
        }
    }

    private void effect(String what) {
        if (firstEffect == null) firstEffect = what;
    }

    private static boolean isNonZeroConst(Expr e) {
        return e instanceof Expr.Const c && c.value() instanceof Number n && n.doubleValue() != 0.0;
    }

    private DType access(Expr array, List<Expr> indices, boolean store) throws Rejected {
        if (!(array instanceof Expr.Local l) || !(l.var().type() instanceof Type.Array t) || assigned.contains(l.var())) {
            throw new Rejected("array accessed through an expression, not a loop-invariant variable");
        }
        String name = l.var().name();
        if (!LANE_TYPES.contains(t.dtype())) throw new Rejected("arrays of " + t.dtype().numpyName() + " are not vectorized");
        if (t.layout() == Layout.F && t.ndim() > 1) throw new Rejected("F-ordered array " + name + ": last axis not unit stride");
        Expr last = indices.get(indices.size() - 1);
        Expr broadcastIf = null;
        if (last instanceof Expr.Select sel && sel.ifTrue() instanceof Expr.Const z && Long.valueOf(0).equals(z.value())
                && invariant(sel.cond())) {
            broadcastIf = sel.cond();
            last = sel.ifFalse();
        }
        Long offset = indexOffset(last);
        if (offset == null) throw new Rejected("last index of " + name + " is not the loop index plus a constant");
        List<Expr> outer = indices.subList(0, indices.size() - 1);
        for (Expr o : outer) {
            nodes++;
            if (!invariantIndex(o)) throw new Rejected("index of " + name + " is not loop-invariant");
        }
        types.add(t.dtype());
        accesses.add(new Access(l.var(), outer, offset, broadcastIf, store));
        return t.dtype();
    }

    /** c when e is i, i + c, c + i or i - c (i the loop index); else null. */
    private Long indexOffset(Expr e) {
        if (isIndex(e)) return 0L;
        if (e instanceof Expr.Binary b && b.right() instanceof Expr.Const c && c.value() instanceof Long k && isIndex(b.left())) {
            if (b.op() == BinOp.ADD) return k;
            if (b.op() == BinOp.SUB) return -k;
        }
        if (e instanceof Expr.Binary b && b.op() == BinOp.ADD && b.left() instanceof Expr.Const c
                && c.value() instanceof Long k && isIndex(b.right())) return k;
        return null;
    }

    private boolean isIndex(Expr e) { return e instanceof Expr.Local l && l.var().equals(loop.index()); }

    /**
     * Whether e is a fault-free scalar expression of loop-invariant variables, which emitted code evaluates as a
     * scalar (broadcast where vectors need it).
     */
    boolean invariant(Expr e) {
        return switch (e) {
            case Expr.Const c -> true;
            case Expr.Local l -> !l.var().equals(loop.index()) && !assigned.contains(l.var())
                    && l.var().type() instanceof Type.Scalar;
            case Expr.Binary b -> switch (b.op()) {
                case ADD, SUB, MUL, BITAND, BITOR, BITXOR -> true;
                // fault-free once the divisor passed its check before the loop (registered while visiting it)
                case DIV -> kernelOptions.numpyErrorModel() || isNonZeroConst(b.right())
                        || divisorsBeforeLoop.contains(b.right());
                default -> false;
            } && invariant(b.left()) && invariant(b.right());
            case Expr.Unary u -> invariant(u.operand());
            case Expr.Compare c -> invariant(c.left()) && invariant(c.right());
            case Expr.Logical l -> invariant(l.left()) && invariant(l.right());
            case Expr.Select s -> invariant(s.cond()) && invariant(s.ifTrue()) && invariant(s.ifFalse());
            case Expr.Cast c -> invariant(c.operand());
            case Expr.Intrinsic in -> in.args().stream().allMatch(this::invariant);
            case Expr.Dim d -> d.array() instanceof Expr.Local l && !assigned.contains(l.var());
            case Expr.Size z -> z.array() instanceof Expr.Local l && !assigned.contains(l.var());
            default -> false;
        };
    }

    /** Fault-free int64 expressions of variables not assigned in the loop. */
    private boolean invariantIndex(Expr e) {
        return switch (e) {
            case Expr.Const c -> c.value() instanceof Long;
            case Expr.Local l -> !l.var().equals(loop.index()) && !assigned.contains(l.var())
                    && l.var().type() instanceof Type.Scalar s && s.dtype().isInteger();
            case Expr.Binary b -> (b.op() == BinOp.ADD || b.op() == BinOp.SUB || b.op() == BinOp.MUL)
                    && invariantIndex(b.left()) && invariantIndex(b.right());
            case Expr.Dim d -> d.array() instanceof Expr.Local l && !assigned.contains(l.var());
            case Expr.Cast c -> c.type().dtype().isInteger() && invariantIndex(c.operand());
            case Expr.Select s -> invariant(s.cond()) && invariantIndex(s.ifTrue()) && invariantIndex(s.ifFalse());
            default -> false;
        };
    }

    /** A store and another access of one array at one outer position but different offsets carry a dependence. */
    private void checkDependences() throws Rejected {
        for (Access s : accesses) {
            if (!s.store()) continue;
            for (Access a : accesses) {
                if (a.array().equals(s.array()) && a.outer().equals(s.outer()) && a.offset() != s.offset()) {
                    throw new Rejected("loop-carried dependence through array " + s.array().name() + " (offsets "
                            + s.offset() + " and " + a.offset() + ")");
                }
            }
        }
    }
}
