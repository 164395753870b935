package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.IrPrinter;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.runtime.LaneForm;
import io.jumba.runtime.MathFn;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides, for a {@code for i in range(start, stop)} loop, whether it can run as vector code (one lane per
 * iteration) and why not. Accepted bodies are straight-line {@link Stmt.Assign}/{@link Stmt.Store}/{@link Stmt.If}:
 * every array index is affine ({@link AffineIndex}), or a load goes through an index array ({@link IndexedGather});
 * stores are contiguous along i (i once, in the last axis);
 * loads are contiguous or do not depend on i (read as scalars); temporaries are assigned before use
 * (unconditionally), and accumulators are updated only as {@code s = s op e} ({@link ReductionOp}) or by a
 * conditional min/max ({@link ConditionalReduction}). Arrays of
 * layout A are accepted: the emitted code checks unit stride at run time and falls back to the scalar loop. Element
 * types of different widths share one lane count (e.g. float32 lanes in half the bits of the float64 lanes),
 * converted with {@code convertShape}. Divisions that may raise ZeroDivisionError get {@link DivisionGuards}
 * (innermost loops only).
 *
 * <p>Outer-loop vectorization: the body of i may also hold inner {@code for k in range(...)} loops (innermost, step
 * 1, bounds invariant in i, no stores). They run as scalar loops over vector values, each lane doing its own
 * iterations of k in their sequential order, so nothing is reassociated. Loads may then also be gathers (elements a
 * runtime stride apart along i, e.g. {@code X[i, k]}), and variables assigned before an inner loop may be updated
 * in it (per-lane sums such as {@code s += a[k, i]}).
 *
 * <p>Complex values (innermost loops only) take two lanes each, real and imaginary parts interleaved as stored, in a
 * species of the float type of their parts (complex128's the widest: its species has the chosen width, one of its
 * elements per 16 bytes); they admit + - *, negation, abs, .real, .imag, conjugate, a float64/float32 array read as
 * complex, and sums ({@code io.jumba.runtime.ComplexDoubleLanes}). Nothing complex is stored or updated under a
 * condition, and a species of fewer than 128 bits holds no complex lanes (it has no room for the parts apart).
 */
public final class LoopAnalysis {
    /** Why complex values stay out of masked lanes other than the last step's. */
    private static final String COMPLEX_MASKS = "complex lanes (two per element) take no masks but the last step's";

    /**
     * Dtypes that have vector lanes (the unsigned ones as their raw bits in the signed lanes of their width, see
     * {@link LaneConversions}); bool values become masks, and contiguous bool arrays load and store as masks.
     */
    static final Set<DType> LANE_TYPES = Set.of(DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.INT32,
            DType.UINT32, DType.INT64, DType.UINT64, DType.FLOAT32, DType.FLOAT64);

    /** Dtypes of vectorized accumulators (the combined lanes update a Java variable of the dtype's own type). */
    static final Set<DType> ACCUMULATOR_TYPES = Set.of(DType.INT32, DType.INT64, DType.UINT64, DType.FLOAT32,
            DType.FLOAT64);

    private final Stmt.ForRange loop;
    /** The enclosing loop whose rows are jammed into loop's vector steps (register tiling), or null. */
    private final Stmt.ForRange tile;
    /** Whether the body holds inner loops (outer-loop vectorization). */
    private final boolean outer;
    private final KernelOptions kernelOptions;
    private final VectorOptions vectorOptions;
    private final CallReasons calls;
    private final Set<Var> assigned = new HashSet<>();
    /** The variables some read may see before the iteration assigned them ({@link LaneDefinedness}). */
    private Set<Var> carried = Set.of();
    private final Map<Var, ReductionOp> reductions = new LinkedHashMap<>();
    /** The conditional min/max updates of the body ({@link ConditionalReduction}), by their if statement. */
    private final Map<Stmt.If, ConditionalReduction> conditionalReductions = new LinkedHashMap<>();
    private final List<Access> accesses = new ArrayList<>();
    private final Set<DType> types = new LinkedHashSet<>();
    /** Whether a bool array is loaded or stored along the loop (its lanes are masks of any lane type's species). */
    private boolean boolLanes;
    private final Set<Expr> divisorsBeforeLoop = new LinkedHashSet<>();
    private final Set<Expr> divisorsPerStep = new LinkedHashSet<>();
    /** The first store or accumulator update met so far in program order (for the message), or null. */
    private String firstEffect;
    private final List<Stmt.ForRange> innerLoops = new ArrayList<>();
    /** The inner loops that lanes leave one by one: while loops, and for loops holding a break. */
    private final Set<Stmt> earlyExits = new LinkedHashSet<>();
    /** The inner loop (for or while) being analysed, or null at the top level of the body. */
    private Stmt currentLoop;
    /** The vectorized index plus the indices of the inner loops being analysed (usable in affine indices). */
    private final Set<Var> loopVars = new HashSet<>();
    /** The inner loop being analysed, or null at the top level of the body. */
    private Stmt.ForRange currentInner;
    private int nodes;

    private LoopAnalysis(Stmt.ForRange loop, Stmt.ForRange tile, KernelOptions kernelOptions, VectorOptions vectorOptions,
                         CallReasons calls) {
        this.loop = loop;
        this.calls = calls;
        this.tile = tile;
        this.outer = !isInnermost(loop);
        this.kernelOptions = kernelOptions;
        this.vectorOptions = vectorOptions;
        loopVars.add(loop.index());
    }

    /** Why a loop is not vectorizable; carries no stack trace (it is control flow of the analysis). */
    private static final class Rejected extends Exception {
        Rejected(String reason) { super(reason, null, false, false); }
    }

    /**
     * The verdict on one loop: innermost, an {@link #isOuterCandidate outer-loop candidate} or a
     * {@link #isTileCandidate tiling candidate} (other loops are rejected). A vectorizable plan's loop may be an
     * equivalent rewrite of the given one ({@link IntNarrowing}).
     */
    public static LoopVerdict analyze(Stmt.ForRange loop, KernelOptions kernelOptions, VectorOptions vectorOptions) {
        return analyze(loop, kernelOptions, vectorOptions, CallReasons.NONE);
    }

    /** As {@link #analyze(Stmt.ForRange, KernelOptions, VectorOptions)}, a call in the body described by calls. */
    static LoopVerdict analyze(Stmt.ForRange loop, KernelOptions kernelOptions, VectorOptions vectorOptions,
                               CallReasons calls) {
        if (isTileCandidate(loop)) return tile(loop, kernelOptions, vectorOptions, calls);
        try {
            return new LoopAnalysis(IntNarrowing.apply(loop), null, kernelOptions, vectorOptions, calls).run();
        } catch (Rejected r) {
            return new LoopVerdict.Scalar(loop, r.getMessage());
        }
    }

    /**
     * Register tiling of {@code for i: for j: (body with inner loops)}: j is outer-loop vectorized with i as one
     * more loop variable, so that several rows of i can share each vector step's loads.
     */
    private static LoopVerdict tile(Stmt.ForRange tile, KernelOptions kernelOptions, VectorOptions vectorOptions,
                                    CallReasons calls) {
        try {
            if (!(tile.step() instanceof Expr.Const c && c.value() instanceof Long step && step == 1L)) {
                throw new Rejected("step is not the constant 1");
            }
            Stmt.ForRange j = IntNarrowing.apply((Stmt.ForRange) tile.body().get(0));
            LoopVerdict.Vectorizable nest = new LoopAnalysis(j, tile, kernelOptions, vectorOptions, calls).run();
            // Lanes leave an early-exit loop one by one: rows jammed in would wait for the slowest of them all.
            if (!nest.earlyExits().isEmpty()) throw new Rejected("early-exit inner loops: rows are not tiled");
            int rows = LoopVerdict.Tiled.rowsFor(nest.bodyNodes());
            if (rows < 2) throw new Rejected("body of " + j.index().name() + " too big for more than one row per step");
            return new LoopVerdict.Tiled(tile, nest, rows);
        } catch (Rejected r) {
            return new LoopVerdict.Scalar(tile, r.getMessage());
        }
    }

    /** True when the body is exactly one loop, which is an {@link #isOuterCandidate outer-loop candidate}. */
    public static boolean isTileCandidate(Stmt.ForRange loop) {
        return loop.body().size() == 1 && loop.body().get(0) instanceof Stmt.ForRange j && isOuterCandidate(j);
    }

    /** True when the body holds loops and all of them are innermost ForRange loops (a two-level nest). */
    public static boolean isOuterCandidate(Stmt.ForRange loop) {
        return !isInnermost(loop) && onlyInnermostLoops(loop.body());
    }

    private static boolean onlyInnermostLoops(List<Stmt> body) {
        return Stmts.walk(body).noneMatch(s -> s instanceof Stmt.While w && holdsLoop(w.body())
                || s instanceof Stmt.ForRange f && !isInnermost(f));
    }

    private static boolean holdsLoop(List<Stmt> body) {
        return Stmts.walk(body).anyMatch(s -> s instanceof Stmt.ForRange || s instanceof Stmt.While);
    }

    /** True when no loop (for or while) is nested in the body. */
    public static boolean isInnermost(Stmt.ForRange loop) { return !holdsLoop(loop.body()); }

    private LoopVerdict.Vectorizable run() throws Rejected {
        if (!(loop.step() instanceof Expr.Const c && c.value() instanceof Long step && step == 1L)) {
            throw new Rejected("step is not the constant 1");
        }
        Map<Var, Integer> assignCounts = assignmentCounts(loop.body());
        assigned.addAll(assignCounts.keySet());
        if (assigned.contains(loop.index())) throw new Rejected("loop index assigned in the body");
        findReductions(loop.body(), assignCounts);
        findConditionalReductions(loop.body(), assignCounts);
        if (tile != null) tileRows();
        carried = LaneDefinedness.carried(loop.body(), tile == null ? Set.of(loop.index()) : Set.of(loop.index(), tile.index()));
        statements(loop.body(), false);
        checkDependences();
        if (accesses.stream().anyMatch(x -> x.lanes() == Access.Lanes.INDEXED)
                && !IndexedGather.otherWork(loop.body(), !reductions.isEmpty())) {
            throw new Rejected("a gather through an index array with no other work in the body costs more than it gains");
        }
        // Masks need a species: a loop over bool arrays alone takes bool's own (bytes).
        if (types.isEmpty() && boolLanes) types.add(DType.BOOL);
        if (types.isEmpty()) throw new Rejected("no array element work");
        int widest = types.stream().mapToInt(DType::itemSize).max().orElseThrow();
        int narrowest = types.stream().mapToInt(DType::itemSize).min().orElseThrow();
        for (DType d : types) {
            if (d.isComplex() && vectorOptions.width().bits() * d.itemSize() / widest < 128) {
                throw new Rejected(d.numpyName() + " lanes need a species of 128 bits or more (two parts per element,"
                        + " and the parts apart in half the bits); here it would have "
                        + vectorOptions.width().bits() * d.itemSize() / widest);
            }
        }
        if (boolLanes && types.stream().allMatch(DType::isComplex)) {
            throw new Rejected("bool arrays beside complex lanes only: their masks need a species of one lane per element");
        }
        // All types get the same lane count, so narrower ones use a proportionally narrower species (>= 64 bits).
        if (vectorOptions.width().bits() * narrowest / widest < 64) {
            throw new Rejected("mixed element widths " + types.stream().map(DType::numpyName).toList()
                    + " need a species wider than " + vectorOptions.width().bits() + " bits");
        }
        List<Reduction> rs = new ArrayList<>();
        reductions.forEach((v, op) -> rs.add(new Reduction(v, op)));
        List<Stmt.ForRange> alone = innerLoops.stream()
                .filter(f -> analyze(f, kernelOptions, vectorOptions) instanceof LoopVerdict.Vectorizable).toList();
        return new LoopVerdict.Vectorizable(loop, types, accesses, rs, List.copyOf(conditionalReductions.values()), nodes,
                new DivisionGuards(List.copyOf(divisorsBeforeLoop), List.copyOf(divisorsPerStep)), innerLoops,
                List.copyOf(earlyExits), alone, tile);
    }

    /**
     * With register tiling the rows' index is one more loop variable (affine in indices, uniform across lanes);
     * the vectorized loop's bounds must not depend on it, and nothing may be carried from row to row.
     */
    private void tileRows() throws Rejected {
        Var i = tile.index();
        if (assigned.contains(i)) throw new Rejected("index " + i.name() + " assigned in the body");
        assigned.add(i);
        loopVars.add(i);
        if (!invariant(loop.start()) || !invariant(loop.stop())) {
            throw new Rejected("bounds of " + loop.index().name() + " change with " + i.name());
        }
        if (!reductions.isEmpty()) throw new Rejected("reduction " + reductions.keySet().iterator().next().name() + " across rows");
        if (!conditionalReductions.isEmpty()) {
            throw new Rejected("reduction " + conditionalReductions.values().iterator().next().value().name() + " across rows");
        }
    }

    /** How many statements of body (nested ones included) assign each variable: assignments and loop indices. */
    private static Map<Var, Integer> assignmentCounts(List<Stmt> body) {
        Map<Var, Integer> counts = new HashMap<>();
        Stmts.walk(body).forEach(s -> {
            if (s instanceof Stmt.Assign a) counts.merge(a.target(), 1, Integer::sum);
            if (s instanceof Stmt.ForRange f) counts.merge(f.index(), 1, Integer::sum);
        });
        return counts;
    }

    /** Registers the reduction updates of body, under conditions too (not in inner loops): variables assigned once. */
    private void findReductions(List<Stmt> body, Map<Var, Integer> counts) {
        Stmts.walk(body, s -> s instanceof Stmt.If).forEach(s -> {
            if (s instanceof Stmt.Assign a && counts.get(a.target()) == 1) {
                ReductionOp op = reductionOp(a.target(), a.value());
                if (op != null) reductions.put(a.target(), op);
            }
        });
    }

    /**
     * Registers the ifs that are conditional min/max updates of variables assigned nowhere else in the body, looking
     * into other ifs (not into an update's own branches, nor into inner loops).
     */
    private void findConditionalReductions(List<Stmt> body, Map<Var, Integer> counts) {
        Stmts.walk(body, s -> s instanceof Stmt.If i && conditionalReduction(i, counts) == null).forEach(s -> {
            if (s instanceof Stmt.If i && conditionalReduction(i, counts) instanceof ConditionalReduction r) {
                conditionalReductions.put(i, r);
            }
        });
    }

    /** The conditional min/max update i is, when its variables are assigned nowhere else in the body; else null. */
    private static ConditionalReduction conditionalReduction(Stmt.If i, Map<Var, Integer> counts) {
        ConditionalReduction r = ConditionalReduction.of(i);
        return r != null && counts.get(r.value()) == 1 && (r.index() == null || counts.get(r.index()) == 1) ? r : null;
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
            case Expr.Select s when challenger(t, s) != null -> {
                boolean min = ((Expr.Compare) s.cond()).op() == CmpOp.LT;
                boolean unsigned = ((Type.Scalar) s.type()).dtype() == DType.UINT64;
                yield unsigned ? (min ? ReductionOp.UMIN : ReductionOp.UMAX) : min ? ReductionOp.PY_MIN : ReductionOp.PY_MAX;
            }
            default -> null;
        };
        if (op == null) return null;
        Expr other = otherOperand(t, value);
        return other != null && !Exprs.reads(other, t) ? op : null;
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

    /** e in Python's float or uint64 {@code min/max} update {@code t = e if e < t else t} (or {@code >}); else null. */
    private static Expr challenger(Var t, Expr.Select s) {
        boolean isT = s.ifFalse() instanceof Expr.Local l && l.var().equals(t);
        if (isT && s.cond() instanceof Expr.Compare c && (c.op() == CmpOp.LT || c.op() == CmpOp.GT)
                && c.right() instanceof Expr.Local r && r.var().equals(t) && c.left().equals(s.ifTrue())
                && s.type() instanceof Type.Scalar sc && (sc.dtype().isFloat() || sc.dtype() == DType.UINT64)) {
            return s.ifTrue();
        }
        return null;
    }

    private void statements(List<Stmt> body, boolean conditional) throws Rejected {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a when reductions.containsKey(a.target()) -> {
                    ReductionOp op = reductions.get(a.target());
                    DType d = accumulatorType(a.target(), op, conditional);
                    if (vectorOptions.strict() && op.reassociationChangesResult(d)) {
                        String kind = d.isComplex() ? "complex" : "float";
                        throw new Rejected("strict: " + kind + " reduction " + a.target().name() + " " + op.symbol()
                                + "= kept sequential");
                    }
                    types.add(d);
                    nodes++;
                    expr(otherOperand(a.target(), a.value()));
                    effect("the update of " + a.target().name());
                }
                case Stmt.Assign a -> {
                    // Nests blend assignments under their lanes' masks; an innermost loop's ifs are selects by now.
                    if (conditional && !outer) throw new Rejected("conditional assignment to " + a.target().name());
                    if (!(a.target().type() instanceof Type.Scalar)) {
                        throw new Rejected("non-scalar variable " + a.target().name() + " assigned");
                    }
                    // The variable becomes a vector of its type even when its value has none of its own (a constant).
                    lane(((Type.Scalar) a.target().type()).dtype());
                    expr(a.value());
                }
                case Stmt.Store st -> {
                    if (currentLoop != null) throw new Rejected("store to " + arrayName(st.array()) + " inside an inner loop");
                    if (conditional && Expr.dtypeOf(st.array()).isComplex()) {
                        throw new Rejected("store to complex array " + arrayName(st.array()) + " under a condition ("
                                + COMPLEX_MASKS + ")");
                    }
                    expr(st.value());
                    access(st.array(), st.indices(), true, st);
                    effect("the store to " + arrayName(st.array()));
                }
                case Stmt.If i when conditionalReductions.containsKey(i) -> conditionalReduction(conditionalReductions.get(i));
                case Stmt.If i -> {
                    if (!(expr(i.cond()).equals(DType.BOOL))) throw new Rejected("non-bool condition");
                    statements(i.then(), true);
                    statements(i.otherwise(), true);
                }
                case Stmt.ForRange f when currentLoop == null && !conditional -> innerLoop(f);
                case Stmt.While w when currentLoop == null && !conditional -> whileLoop(w);
                case Stmt.Break b when currentLoop != null -> {
                    if (s != body.getLast()) throw new Rejected("statements after a break");
                    earlyExits.add(currentLoop);
                }
                case Stmt.Try t -> throw new Rejected("try/except in the body: a vector loop could not stop exactly"
                        + " where a caught exception is raised");
                default -> throw new Rejected(s.getClass().getSimpleName().toLowerCase() + " statement in the body"
                        + (currentLoop != null ? " of an inner loop" : conditional ? " under a condition" : ""));
            }
        }
    }

    /**
     * A conditional min/max update: per-lane state vectors (the value, its position, k) blended under the condition's
     * mask. Exact at any grouping (a selection, {@link ConditionalReduction}), so allowed under strict too.
     */
    private void conditionalReduction(ConditionalReduction r) throws Rejected {
        String m = r.value().name();
        if (outer || currentInner != null) throw new Rejected("conditional min/max " + m + " in an outer-loop vectorized nest");
        lane(laneType(r.value().type(), "accumulator " + m));
        expr(r.challenger());
        if (r.index() != null) {
            lane(laneType(r.index().type(), "position " + r.index().name()));
            expr(r.indexValue());
        }
        if (r.tracksPosition()) local(loop.index());
        nodes += 3;
        effect("the update of " + m);
    }

    /**
     * An inner loop of outer-loop vectorization: a scalar loop of the same trip count for every lane. Variables it
     * assigns first are not defined after it (it may run zero times).
     */
    private void innerLoop(Stmt.ForRange f) throws Rejected {
        String k = f.index().name();
        if (!(f.step() instanceof Expr.Const c && c.value() instanceof Long step && step == 1L)) {
            throw new Rejected("inner loop " + k + ": step is not the constant 1");
        }
        if (!invariant(f.start()) || !invariant(f.stop())) {
            throw new Rejected("bounds of inner loop " + k + " change with " + loop.index().name());
        }
        nodes += 2;
        innerLoops.add(f);
        loopVars.add(f.index());
        currentInner = f;
        currentLoop = f;
        statements(f.body(), false);
        currentInner = null;
        currentLoop = null;
        loopVars.remove(f.index());
    }

    /**
     * A while loop of outer-loop vectorization: each lane runs it until its own condition fails, the vector loop
     * until no lane is left in it.
     */
    private void whileLoop(Stmt.While w) throws Rejected {
        nodes += 2;
        earlyExits.add(w);
        currentLoop = w;
        if (expr(w.cond()) != DType.BOOL) throw new Rejected("non-bool condition of a while loop");
        statements(w.body(), false);
        currentLoop = null;
    }

    private static String arrayName(Expr array) { return array instanceof Expr.Local l ? l.var().name() : "an array expression"; }

    /** The dtype of the lanes of accumulator v, updated by op (under a condition when conditional). */
    private DType accumulatorType(Var v, ReductionOp op, boolean conditional) throws Rejected {
        if (!(v.type() instanceof Type.Scalar s && s.dtype().isComplex())) return laneType(v.type(), "accumulator " + v.name());
        if (op != ReductionOp.ADD) {
            throw new Rejected("complex accumulator " + v.name() + " (" + op.symbol() + "): of complex values only sums have"
                    + " lanes (a product mixes the parts)");
        }
        if (conditional) throw new Rejected("complex accumulator " + v.name() + " updated under a condition (" + COMPLEX_MASKS + ")");
        return lane(s.dtype());
    }

    private static DType laneType(Type t, String what) throws Rejected {
        if (t instanceof Type.Scalar s && ACCUMULATOR_TYPES.contains(s.dtype())) return s.dtype();
        throw new Rejected(what + " of type " + t + " has no vector lanes");
    }

    /** Checks e and returns its dtype (BOOL for masks and bool scalars). */
    private DType expr(Expr e) throws Rejected {
        nodes++;
        if (!(e instanceof Expr.Local) && uniform(e, true)) {
            uniformLoads(e);
            return e.type() instanceof Type.Scalar s ? s.dtype() : DType.BOOL;
        }
        return switch (e) {
            case Expr.Const c -> c.type().dtype();
            case Expr.Local l -> local(l.var());
            case Expr.Load l -> access(l.array(), l.indices(), false, l);
            case Expr.Binary b -> binary(b);
            case Expr.Unary u -> {
                DType d = expr(u.operand());
                boolean ok = switch (u.op()) {
                    case NEG -> LANE_TYPES.contains(d) || d.isComplex();
                    case NOT -> d == DType.BOOL;
                    case INVERT -> d == DType.BOOL || (LANE_TYPES.contains(d) && d.isInteger());
                };
                if (!ok) throw new Rejected("operator " + u.op().name().toLowerCase() + " on " + d.numpyName());
                yield lane(d);
            }
            case Expr.Compare c when MaskComparisons.operands(c) != null -> {
                for (Expr o : MaskComparisons.operands(c)) expr(o);
                yield DType.BOOL;
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
                if (s.type() instanceof Type.Scalar t && t.dtype().isComplex()) {
                    throw new Rejected("a complex x if c else y, a blend under a mask (" + COMPLEX_MASKS + ")");
                }
                expr(s.cond());
                expr(s.ifTrue());
                yield lane(expr(s.ifFalse()));
            }
            case Expr.Cast c -> {
                DType from = expr(c.operand());
                DType to = c.type().dtype();
                // complex lanes convert to complex lanes, and from and to the float type of their own parts (x + 0j,
                // the real part)
                boolean ok = from == to || (LANE_TYPES.contains(from) || from == DType.BOOL)
                        && (LANE_TYPES.contains(to) || to == DType.BOOL) || to.isComplex() && (from.isComplex() || from == to.part())
                        || from.isComplex() && to == from.part();
                if (!ok) throw new Rejected("cast from " + from.numpyName() + " to " + to.numpyName() + " has no vector form");
                if (from != DType.BOOL) types.add(from);
                if (from != DType.BOOL && to != DType.BOOL) types.addAll(LaneConversions.path(from, to));
                yield lane(to);
            }
            case Expr.Intrinsic in -> {
                DType d = in.type().dtype();
                if (!LaneFunctions.admits(in) && !hasLanes(in.fn().lane(), d)) {
                    throw new Rejected("math function " + in.fn().name().toLowerCase() + " on " + d.numpyName()
                            + " has no vector form");
                }
                for (Expr a : in.args()) expr(a);
                // the scalar code divides complex64 values in complex128 and rounds (ComplexMath.divNumpy): so do lanes
                if (in.fn() == MathFn.C_TRUE_DIVIDE && d == DType.COMPLEX64) lane(DType.COMPLEX128);
                yield d == DType.BOOL ? d : lane(d);
            }
            case Expr.Call c -> throw new Rejected(calls.of(c));
            case Expr.Random r -> throw new Rejected("a random draw: each advances the generator, in order");
            case Expr.Collection c -> throw new Rejected("a list or dict operation (" + c.fn().name().toLowerCase()
                    + "): lists and dicts are runtime objects read and changed one element at a time");
            default -> throw new Rejected(e.getClass().getSimpleName() + " expression in the body");
        };
    }

    private DType lane(DType d) throws Rejected {
        if (d == DType.BOOL) return d;
        if (d.isComplex() && (outer || tile != null)) {
            throw new Rejected(d.numpyName() + " lanes only in innermost loops (outer-loop vectorization blends its"
                    + " variables under masks, and " + COMPLEX_MASKS + ")");
        }
        if (!LANE_TYPES.contains(d) && !d.isComplex()) throw new Rejected(d.numpyName() + " values have no vector lanes");
        types.add(d);
        return d;
    }

    private DType local(Var v) throws Rejected {
        if (v.equals(loop.index())) return lane(DType.INT64);
        if (loopVars.contains(v)) return DType.INT64;
        if (reductions.containsKey(v)) throw new Rejected("accumulator " + v.name() + " read outside its update");
        if (!(v.type() instanceof Type.Scalar s)) throw new Rejected("array " + v.name() + " used as a value");
        if (innerLoops.stream().anyMatch(f -> f.index().equals(v))) {
            throw new Rejected("index " + v.name() + " of an inner loop read after that loop");
        }
        if (carried.contains(v)) throw new Rejected("loop-carried scalar " + v.name());
        return s.dtype() == DType.BOOL ? DType.BOOL : (assigned.contains(v) ? lane(s.dtype()) : s.dtype());
    }

    private DType binary(Expr.Binary b) throws Rejected {
        DType d = b.type().dtype();
        expr(b.left());
        expr(b.right());
        boolean ok = switch (b.op()) {
            case ADD, SUB, MUL -> LANE_TYPES.contains(d) || d.isComplex();
            case DIV -> d.isFloat() || d.isComplex() && kernelOptions.numpyErrorModel();
            case POW -> d.isFloat();
            // io.jumba.runtime.VectorFloorDivision
            case FLOORDIV, MOD -> d == DType.FLOAT64;
            case BITAND, BITOR, BITXOR -> d == DType.BOOL || (LANE_TYPES.contains(d) && d.isInteger());
            // io.jumba.runtime.VectorShifts
            case SHL, SHR -> d == DType.INT64 || d == DType.INT32 || d == DType.UINT64;
            default -> false;
        };
        if (!ok) {
            throw new Rejected("operator " + b.op().name().toLowerCase() + " on " + d.numpyName() + " has no exact vector form"
                    + (d.isInteger() && (b.op() == BinOp.FLOORDIV || b.op() == BinOp.MOD)
                    ? " (the Vector API has no integer division lanes)" : "")
                    + (d.isComplex() && b.op() == BinOp.DIV ? " under error_model='python' (a zero divisor raises"
                    + " ZeroDivisionError, which complex lanes do not check for; error_model='numpy' and array division"
                    + " divide in lanes)" : ""));
        }
        if (divides(b.op()) && !kernelOptions.numpyErrorModel() && !isNonZeroConst(b.right())) guard(b.right());
        return lane(d);
    }

    /** Whether op divides: a zero divisor raises ZeroDivisionError under error_model='python'. */
    static boolean divides(BinOp op) { return op == BinOp.DIV || op == BinOp.FLOORDIV || op == BinOp.MOD; }

    /**
     * Records how a division by divisor keeps ZeroDivisionError exact ({@link DivisionGuards}). Divisions inside the
     * divisor were visited first, so an invariant divisor such as {@code y / z} is checked after z.
     */
    private void guard(Expr divisor) throws Rejected {
        if (invariant(divisor)) {
            // checked before the vector code: a zero leaves the whole loop to the scalar code, nests too
            divisorsBeforeLoop.add(divisor);
        } else if (outer || tile != null) {
            // The outer-loop emitter has no replay point for a zero divisor, so such nests stay scalar.
            throw new Rejected("division may raise ZeroDivisionError (error_model='python') in an outer-loop vectorized nest");
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

    /** The affine axes of an access, and ArrayLowering's broadcast condition of its last axis (or null). */
    private record Indices(List<AffineIndex> axes, Expr broadcastIf) {}

    /** The indices of array[indices] in affine form, or null when one is not affine in the usable loop indices. */
    private Indices indices(List<Expr> indices) {
        List<AffineIndex> axes = new ArrayList<>();
        Expr broadcastIf = null;
        for (int k = 0; k < indices.size(); k++) {
            Expr e = indices.get(k);
            if (k == indices.size() - 1 && e instanceof Expr.Select sel && sel.ifTrue() instanceof Expr.Const z
                    && Long.valueOf(0).equals(z.value()) && invariant(sel.cond())) {
                broadcastIf = sel.cond();
                e = sel.ifFalse();
            }
            AffineIndex a = AffineIndex.of(e, loopVars, this::invariantIndex);
            if (a == null) return null;
            axes.add(a);
        }
        return new Indices(axes, broadcastIf);
    }

    /** The array variable of array when accesses through it can be vectorized (else null). */
    private Var accessible(Expr array) {
        if (!(array instanceof Expr.Local l) || !(l.var().type() instanceof Type.Array t) || assigned.contains(l.var())) {
            return null;
        }
        return t.layout() == Layout.F && t.ndim() > 1 ? null : l.var();
    }

    private DType access(Expr array, List<Expr> indices, boolean store, Record site) throws Rejected {
        Var a = accessible(array);
        if (a == null) {
            if (array instanceof Expr.Local l && l.var().type() instanceof Type.Array t && t.layout() == Layout.F) {
                throw new Rejected("F-ordered array " + l.var().name() + ": last axis not unit stride");
            }
            throw new Rejected("array accessed through an expression, not a loop-invariant variable");
        }
        DType dtype = ((Type.Array) a.type()).dtype();
        String text = IrPrinter.expr(new Expr.Load(array, indices, null));
        Indices ix = indices(indices);
        Expr.Load through = ix == null ? IndexedGather.indexLoad(indices) : null;
        if (through != null) return indexed(a, through, store, site, text);
        if (ix == null) throw new Rejected("index of " + text + " is not affine in the loop indices");
        Access.Lanes lanes = lanes(ix.axes());
        String i = loop.index().name();
        if (store && lanes != Access.Lanes.CONTIGUOUS) throw new Rejected("store " + text + " is not contiguous along " + i);
        if (lanes == Access.Lanes.GATHER && !outer) {
            throw new Rejected(text + " is strided along " + i + " (gathers only in outer-loop vectorization)");
        }
        if (lanes == Access.Lanes.CONTIGUOUS && dtype == DType.BOOL) {
            boolLanes = true;
        } else if (lanes != Access.Lanes.UNIFORM) {
            if (!LANE_TYPES.contains(dtype) && !dtype.isComplex()) {
                throw new Rejected("arrays of " + dtype.numpyName() + " are not vectorized");
            }
            lane(dtype);
        }
        nodes += indices.size();
        accesses.add(new Access(a, ix.axes(), ix.broadcastIf(), store, lanes, currentInner, site));
        return dtype;
    }

    /** An access x[idx[...]] through an index array ({@link IndexedGather}); registers the load of idx first. */
    private DType indexed(Var x, Expr.Load through, boolean store, Record site, String text) throws Rejected {
        if (store) {
            throw new Rejected("store " + text + " through an index array (a scatter) stays scalar: two lanes may name"
                    + " one element, and only the sequential order says which value stays");
        }
        if (outer || tile != null) throw new Rejected(text + ": loads through an index array only in innermost loops");
        Type.Array t = (Type.Array) x.type();
        if (t.ndim() != 1 || !LANE_TYPES.contains(t.dtype())) {
            throw new Rejected(text + ": loads through an index array only from 1-d arrays of lane types");
        }
        DType id = access(through.array(), through.indices(), false, through);
        if (accesses.getLast().lanes() != Access.Lanes.CONTIGUOUS) {
            throw new Rejected("index array of " + text + " is not read contiguously along " + loop.index().name());
        }
        // the index map is int lanes, converted from int64 indices in an int32 species of the same lane count
        types.add(DType.INT32);
        types.add(t.dtype());
        nodes += 2;
        accesses.add(new Access(x, List.of(new AffineIndex(List.of(), null, 0)), null, false, Access.Lanes.INDEXED,
                currentInner, site));
        return t.dtype();
    }

    /** Uniform without the vectorized index; contiguous with it once, in the last axis; else a gather. */
    private Access.Lanes lanes(List<AffineIndex> axes) {
        int count = axes.stream().mapToInt(x -> x.count(loop.index())).sum();
        if (count == 0) return Access.Lanes.UNIFORM;
        return count == 1 && axes.get(axes.size() - 1).count(loop.index()) == 1 ? Access.Lanes.CONTIGUOUS : Access.Lanes.GATHER;
    }

    /**
     * Registers the loads of a uniform expression, left to right (they are range-checked with the other accesses).
     * Their indices are affine in invariants and loop indices ({@link #uniform}), so no load nests in another.
     */
    private void uniformLoads(Expr e) throws Rejected {
        for (Expr x : Exprs.walk(e).toList()) if (x instanceof Expr.Load l) access(l.array(), l.indices(), false, l);
    }

    /** Whether a math function of that vector form computes lanes of dtype d (composites: see {@link LaneFunctions}). */
    private static boolean hasLanes(LaneForm lane, DType d) {
        return switch (lane) {
            case LaneForm.Operator o -> d.isFloat() || o.integers() && LANE_TYPES.contains(d);
            case LaneForm.Runtime r -> d == DType.FLOAT64 || d == DType.FLOAT32 && !r.float64Only();
            case LaneForm.Composite c -> false;
            case LaneForm.ScalarOnly s -> false;
        };
    }

    /**
     * Whether e is a fault-free scalar expression of loop-invariant variables, which emitted code evaluates as a
     * scalar (broadcast where vectors need it).
     */
    boolean invariant(Expr e) { return uniform(e, false); }

    /**
     * Whether e is a fault-free expression with one value for all lanes of a vector step: invariant in the loop, or
     * (inBody) also built from the indices of the enclosing inner loops and from in-range loads that do not depend
     * on the vectorized index (range-checked before the vector code runs).
     */
    private boolean uniform(Expr e, boolean inBody) {
        return switch (e) {
            case Expr.Const c -> true;
            case Expr.Local l -> !l.var().equals(loop.index()) && l.var().type() instanceof Type.Scalar
                    && (!assigned.contains(l.var()) || inBody && loopVars.contains(l.var()));
            case Expr.Binary b -> switch (b.op()) {
                case ADD, SUB, MUL, BITAND, BITOR, BITXOR -> true;
                // fault-free once the divisor passed its check before the loop (registered while visiting it)
                case DIV -> kernelOptions.numpyErrorModel() || isNonZeroConst(b.right())
                        || divisorsBeforeLoop.contains(b.right());
                default -> false;
            } && uniformOperands(b, inBody);
            case Expr.Unary _, Expr.Compare _, Expr.Logical _, Expr.Select _, Expr.Cast _, Expr.Intrinsic _ ->
                    uniformOperands(e, inBody);
            case Expr.Dim d -> d.array() instanceof Expr.Local l && !assigned.contains(l.var());
            case Expr.Size z -> z.array() instanceof Expr.Local l && !assigned.contains(l.var());
            case Expr.Load l -> inBody && accessible(l.array()) != null && indices(l.indices()) instanceof Indices ix
                    && lanes(ix.axes()) == Access.Lanes.UNIFORM;
            default -> false;
        };
    }

    private boolean uniformOperands(Expr e, boolean inBody) {
        return Exprs.children(e).stream().allMatch(c -> uniform(c, inBody));
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

    /**
     * A store and another access of one array whose indices differ only in the constant of the last axis carry a
     * dependence between iterations (other overlaps are checked at run time).
     */
    private void checkDependences() throws Rejected {
        for (Access s : accesses) {
            if (!s.store()) continue;
            for (Access a : accesses) {
                // other arrays first: they may be 0-d (no axes), and overlaps between arrays are checked at run time
                if (!a.array().equals(s.array())) continue;
                if (a.lanes() == Access.Lanes.INDEXED) {
                    throw new Rejected("array " + s.array().name() + " is stored and read through an index array");
                }
                int n = s.axes().size() - 1;
                AffineIndex sl = s.last(), al = a.last();
                if (a.axes().subList(0, n).equals(s.axes().subList(0, n))
                        && sl.vars().equals(al.vars()) && Objects.equals(sl.invariant(), al.invariant())
                        && sl.constant() != al.constant()) {
                    throw new Rejected("loop-carried dependence through array " + s.array().name() + " (offsets "
                            + sl.constant() + " and " + al.constant() + ")");
                }
            }
        }
    }
}
