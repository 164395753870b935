package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.codegen.LoopEmitter;
import io.jumba.codegen.SegmentAccess;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Emits Java source (Janino dialect: no generics, lambdas or var; raw {@code VectorSpecies}) for a
 * {@link LoopVerdict.Vectorizable} loop:
 * <pre>
 *   evaluate start/stop (and the bounds of inner loops) once; if every access is in range, unit-stride where
 *   its lanes are contiguous, and free of partial aliasing ({@link AccessAddresses}):
 *     main loop: U vector steps of SPECIES.length() lanes per iteration (U = plan's unroll)
 *     remainder: single vector steps, then one masked step (up to the last iteration when temporaries need it)
 *     reductions: U accumulators combined as ((acc0 op acc1) op acc2) op acc3, then across lanes, then into s
 *   scalar loop (the host generator's) from where the vector part stopped to stop
 * </pre>
 * A final masked vector step covers the rest of the range, except that when the body assigns temporaries the last
 * iteration is left to the scalar loop, so they end with exactly the values sequential execution gives; without
 * temporaries the index variable is set to its last value directly. When a check fails the scalar loop runs
 * the whole range, so IndexError and aliasing semantics stay exact.
 *
 * <p>Outer-loop vectorization (the plan has inner loops): each vector step is one lane per iteration of the
 * vectorized loop; an inner loop becomes one scalar Java loop over vector values, into which the U steps of an
 * unrolled iteration are jammed (statement by statement), so a uniform load such as {@code A[i, k]} serves all of
 * them. Variables are mutable vector locals per step, so a per-lane sum {@code s += ...} carries across the inner
 * loop in each lane's sequential order. Where an inner loop would vectorize by itself, the outer-vectorized code
 * runs only while that loop is short ({@link LoopVerdict.Vectorizable#SHORT_INNER_STEPS}); otherwise the scalar loop
 * runs the whole range and the inner loops vectorize there.
 *
 * <p>Register tiling ({@link LoopVerdict.Tiled}): the rows' loop runs tiles of r rows, each the vectorized loop over
 * its whole range with r x U steps jammed (the row index set before each row's statements, for the host's scalar
 * code) and masked steps row by row at the end; at least the last row runs as the host's scalar row loop, which
 * leaves every variable as sequential execution does.
 *
 * <p>Float sums/products: lane k of accumulator u sums elements {@code i ≡ u*L + k (mod U*L)}, so each of the U*L
 * partial sums covers n/(U*L) terms — a two-level (pairwise-like) split whose error bound is no worse than the
 * sequential sum's. Partials are then added sequentially lane by lane (not {@code reduceLanes}, whose order is
 * unspecified), so results are deterministic for a given species. {@link VectorOptions#strict()} keeps such loops
 * scalar. Species are {@code static final} fields of the generated class so HotSpot constant-folds them.
 *
 * <p>The code does what the loop's plan says (the generator writes the plan as a comment before it), with short names
 * ({@code next}, {@code end}, {@code i}, {@code limit}; {@code s_acc0} for an accumulator of {@code s},
 * {@code a_base} for array {@code a}, whose storage, offset, lengths and strides it reads from the
 * function's locals {@code a_data}, {@code a_off}, {@code a_n0}, {@code a_s0}), one comment per part.
 */
public final class SimdLoopEmitter {
    /** The runtime's masked loads and stores of bool arrays. */
    private static final String MASK_LANES = "MaskLanes.";
    private final LoopVerdict.Vectorizable plan;
    private final KernelOptions kernelOptions;
    private final VectorOptions options;
    private final LoopEmitter.Host host;
    private final Stmt.ForRange loop;
    private final Map<DType, String> species = new EnumMap<>(DType.class);
    /** Per complex lane type, the static field of its runtime operations ({@link VectorTypes#complexLanesClass}). */
    private final Map<DType, String> complexLanes = new EnumMap<>(DType.class);
    /** While the masked tail step is emitted, per complex lane type the mask of its elements' lanes in range. */
    private final Map<DType, String> complexTails = new EnumMap<>(DType.class);
    /** Per array read or written in lanes, its storage (the function's local). */
    private final Map<Var, String> data = new HashMap<>();
    /** Per gather access number, its index map (lane q at q * stride). */
    private final Map<Integer, String> gatherMaps = new HashMap<>();
    /**
     * Per gather access number, the index map of the masked tail step: lanes past the end read lane 0's element,
     * because a masked gather still range-checks the indices of its unset lanes.
     */
    private final Map<Integer, String> tailMaps = new HashMap<>();
    /** Per gather through an index array (access number), its index map and the Java int length of its array. */
    private final Map<Integer, String[]> indexMaps = new HashMap<>();
    private final List<ConditionalReductionCode> conditionalReductions = new ArrayList<>();
    /** The Java long counter of each running inner loop, by index variable. */
    private final Map<Var, String> counters = new HashMap<>();
    /** Per inner loop, the Java longs {lo, hi} of its range, evaluated once before the vector code. */
    private final Map<Stmt.ForRange, String[]> innerRanges = new IdentityHashMap<>();
    private final JavaLines out = new JavaLines();
    /** Per unroll step, the vector local holding each variable assigned so far (in the current Java scope). */
    private final List<Map<Var, VectorValue>> temps = new ArrayList<>();
    private AccessAddresses addresses;
    private int step;
    /** Vector steps along the index per row in the iteration being emitted. */
    private int groups = 1;
    /** With register tiling, the Java long of the tile's first row, else null. */
    private String tileRow;
    /** The lanes of the masked tail step while it is emitted, else null. */
    private VectorValue tailMask;
    /**
     * The lanes in which the code being emitted computes what the scalar loop computes (if-mask, tail mask, the
     * taken side of a conditional expression), or null for all; zero divisors count only there.
     */
    private VectorValue activeLanes;
    /**
     * Inside an early-exit inner loop ({@link LoopVerdict.Vectorizable#earlyExits}), per step the Java mask of the
     * lanes still in it (the mask its statements run under, which a break clears lanes of); else null.
     */
    private String[] active;
    /**
     * Inside an early-exit inner loop, the variables its own statements assign that nothing outside it reads: lanes
     * that left may keep computing them, unobserved, so they take no blend.
     */
    private Set<Var> blendFree = Set.of();
    /** The label of the block around the vector loops, which a zero divisor breaks; null without such checks. */
    private String vectorBlock;
    private String index;
    /** The lowest start of a vectorized range: its int index minus any step stays an int. */
    private static final int INT_INDEX_MIN = -(1 << 30);
    /** Elements (index values) between two cancellation checks of an outermost vector loop. */
    private static final int STRIP = 1 << 18;
    /** The cancellation check of the main vector loop ({@link LoopEmitter.Host#interruptCheck}); empty: none. */
    private String interruptCheck = "";

    private SimdLoopEmitter(LoopVerdict.Vectorizable plan, KernelOptions kernelOptions, VectorOptions options,
                            LoopEmitter.Host host) {
        this.plan = plan;
        this.kernelOptions = kernelOptions;
        this.options = options;
        this.host = host;
        this.loop = plan.loop();
    }

    /** Java statements with the effect of the planned loop, unroll vector steps per main-loop iteration. */
    public static String emit(LoopVerdict.Vectorizable plan, int unroll, KernelOptions kernelOptions,
                              VectorOptions options, LoopEmitter.Host host) {
        SimdLoopEmitter em = new SimdLoopEmitter(plan, kernelOptions, options, host);
        em.declareSpecies();
        em.single(unroll);
        return em.out.toString();
    }

    /** Java statements with the effect of the tiled loop (the rows around its nest), groups steps per row. */
    public static String emit(LoopVerdict.Tiled plan, int groups, KernelOptions kernelOptions, VectorOptions options,
                              LoopEmitter.Host host) {
        SimdLoopEmitter em = new SimdLoopEmitter(plan.nest(), kernelOptions, options, host);
        em.declareSpecies();
        em.tiled(plan.rows(), groups);
        return em.out.toString();
    }

    private void declareSpecies() {
        int widest = plan.elementBytes();
        for (DType d : plan.elementTypes()) {
            // One lane count for all: the widest type gets the chosen species, narrower ones proportionally fewer bits.
            String suffix = d.itemSize() == widest ? options.width().speciesSuffix()
                    : Integer.toString(options.width().bits() * d.itemSize() / widest);
            // Named after its value (e.g. DOUBLE_256), so loops that share a species share the field.
            String cls = VectorTypes.vectorClass(d);
            String f = cls.substring(0, cls.length() - "Vector".length()).toUpperCase(Locale.ROOT) + "_" + suffix;
            host.member("static final " + VectorTypes.SPECIES + " " + f + " = " + cls + ".SPECIES_" + suffix + ";");
            species.put(d, f);
            if (d.isComplex()) {
                String lanes = d.name() + "_" + suffix, ops = VectorTypes.complexLanesClass(d);
                host.member("static final " + ops + " " + lanes + " = " + ops + ".of(" + f + ");");
                complexLanes.put(d, lanes);
            }
        }
    }

    /** The loop alone: vector part when longer than one step, then the scalar loop from where it stopped. */
    private void single(int unroll) {
        String s = host.fresh("next"), e = host.fresh("end");
        line("{");
        line("long " + s + " = " + host.expr(loop.start()) + ";");
        line("long " + e + " = " + host.expr(loop.stop()) + ";");
        line("if (" + e + " - " + s + " > " + lanes() + shortInnerLoops() + ") {");
        checkedSetup(s, e, null);
        interruptCheck = host.interruptCheck(loop.pos());
        vectorLoops(s, e, !plan.scalarLastIteration(), 1, unroll);
        line("}");
        line("}");
        scalarRest(loop, s, e);
        line("}");
    }

    /** The host's scalar loop over [s, e): what the vector code left, or all of it where that did not run. */
    private void scalarRest(Stmt.ForRange f, String s, String e) {
        line(host.comment("line " + f.pos().line() + ", scalar: the iterations from " + s
                + " on (all of them where the vector code did not run)"));
        out.block(host.scalarLoop(f, s, e));
    }

    /**
     * Register tiling: tiles of r rows run the nest's vector code with the rows jammed
     * into each step, over the whole range of the vectorized loop (a masked step ends it); the last row at least, and
     * any left over, run as the scalar row loop, so every variable ends as in sequential execution.
     */
    private void tiled(int r, int groups) {
        Stmt.ForRange rows = plan.tile();
        String ts = host.fresh("rowNext"), te = host.fresh("rowEnd");
        String s = host.fresh("from"), e = host.fresh("to"), row = host.fresh("row"), j = host.fresh("j");
        line("{");
        line("long " + ts + " = " + host.expr(rows.start()) + ";");
        line("long " + te + " = " + host.expr(rows.stop()) + ";");
        line("long " + s + " = " + host.expr(loop.start()) + ";");
        line("long " + e + " = " + host.expr(loop.stop()) + ";");
        line("if (" + te + " - " + ts + " > " + r + shortInnerLoops() + ") {");
        checkedSetup(s, e, new String[] {ts, te});
        line(host.comment("tiles of " + r + " rows"));
        line("long " + row + " = " + ts + ";");
        line("for (; " + row + " < " + te + " - " + r + "; " + row + " += " + r + ") {");
        // A tile of rows runs whole vector loops: checking for cancellation once per tile costs nothing.
        String check = host.interruptCheck(rows.pos());
        if (!check.isEmpty()) line(check);
        line("long " + j + " = " + s + ";");
        tileRow = row;
        vectorLoops(j, e, true, r, groups);
        line("}");
        line(ts + " = " + row + ";");
        line("}");
        line("}");
        scalarRest(rows, ts, te);
        line("}");
    }

    /**
     * Evaluates the inner loops' bounds; returns the Java condition (" && ..." or "") that each inner loop that
     * vectorizes by itself is short enough for this plan.
     */
    private String shortInnerLoops() {
        for (Stmt.ForRange f : plan.innerLoops()) {
            String lo = host.fresh("lo"), hi = host.fresh("hi");
            line("long " + lo + " = " + host.expr(f.start()) + ";");
            line("long " + hi + " = " + host.expr(f.stop()) + ";");
            innerRanges.put(f, new String[] {lo, hi});
        }
        StringBuilder cond = new StringBuilder();
        for (Stmt.ForRange f : plan.aloneToo()) {
            String[] r = innerRanges.get(f);
            cond.append(" && ").append(r[1]).append(" - ").append(r[0]).append(" < ")
                    .append(LoopVerdict.Vectorizable.SHORT_INNER_STEPS).append(" * ").append(lanes());
        }
        return cond.toString();
    }

    /**
     * The runtime checks ({@link AccessAddresses}) over j in [s, e) (and rows in tileRange), then opens the block
     * that runs when they pass, with the arrays' data and the gathers' index maps.
     */
    private void checkedSetup(String s, String e, String[] tileRange) {
        addresses = new AccessAddresses(plan, host, out, s, e, innerRanges, tileRange);
        String ok = host.fresh("ok");
        line(host.comment("vector code only if every index is in range and no store partly overlaps another access"));
        addresses.rangeChecks(ok);
        // The vector loops count in an int, and step back from their limit by up to a few hundred: a range of longs
        // outside what that holds runs as the scalar loop.
        line(ok + " = " + ok + " && " + s + " >= " + INT_INDEX_MIN + "L && " + e + " <= Integer.MAX_VALUE;");
        // Divisors in the order the analysis met them, so that no check divides by a zero an earlier one caught.
        for (Expr d : plan.divisionGuards().beforeLoop()) line(ok + " = " + ok + " && (" + host.expr(d) + ") != 0;");
        addresses.declareBases();
        line("if (" + ok + ") {");
        addresses.computeBases();
        addresses.aliasChecks(ok);
        addresses.indexChecks(ok);
        line("}");
        line("if (" + ok + ") {");
        for (int k = 0; k < plan.accesses().size(); k++) {
            Access a = plan.accesses().get(k);
            DType dt = dtypeOf(a.array());
            if (!LoopAnalysis.LANE_TYPES.contains(dt) && dt != DType.BOOL && !dt.isComplex() || data.containsKey(a.array())) continue;
            data.put(a.array(), host.hoisted(a.array(), "data"));
        }
        gatherMaps();
    }

    private void line(String text) { out.line(text); }

    /** Whether array's elements are read through a memory segment (numeric arrays of segment code; complex ones never). */
    private boolean segment(Var array) { return host.segments() && dtypeOf(array) != DType.BOOL && !dtypeOf(array).isComplex(); }

    /**
     * The byte offset in its segment (a Java long) of load k's lane 0, an array of dtype d: its int position widened.
     * Loads keep this form although C2 then checks their bounds at every access: with the offsets of
     * {@link #storeOffset}, dot's loop (unrolled, one accumulator per step) ran 1.45x slower, for a reason not found;
     * with loads in this form and stores in that one, triad runs as fast as over arrays (docs/benchmarks.md, issue 16).
     */
    private String loadOffset(int k, DType d) { return "(long) (" + address(k) + ") * " + d.itemSize() + "L"; }

    /**
     * The byte offset in its segment (a Java long) of store k's lane 0, an array of dtype d, at the current step, in
     * long terms ({@link AccessAddresses#byteOffset}) so that C2 takes the store's bounds check out of the loop.
     */
    private String storeOffset(int k, DType d) {
        String position = stepOffset().isEmpty() ? "(long) " + index : "((long) " + index + stepOffset() + ")";
        return addresses.byteOffset(k, position, counters, d.itemSize());
    }

    /** Java int: the iterations one vector step does (a complex species has two lanes per iteration). */
    private String lanes() {
        DType d = anyLaneType();
        return d.isComplex() ? "(" + species.get(d) + ".length() / 2)" : species.get(d) + ".length()";
    }

    private static DType dtypeOf(Var array) { return AccessAddresses.dtypeOf(array); }

    /**
     * One index map per gather: lane q reads the element q strides (along the vectorized index) after lane 0; per
     * gather through an index array, the map each step fills and the length of the array.
     */
    private void gatherMaps() {
        for (int k = 0; k < plan.accesses().size(); k++) {
            if (plan.accesses().get(k).lanes() == Access.Lanes.INDEXED) {
                String map = host.fresh("map"), n = host.fresh("len");
                line("int[] " + map + " = new int[" + lanes() + "];");
                line("int " + n + " = " + addresses.intPart(plan.accesses().get(k).array(), "n0") + ";");
                indexMaps.put(k, new String[] {map, n});
            }
            if (plan.accesses().get(k).lanes() != Access.Lanes.GATHER) continue;
            String map = host.fresh("map"), tailMap = host.fresh("tailMap"), q = host.fresh("q");
            gatherMaps.put(k, map);
            tailMaps.put(k, tailMap);
            line("int[] " + map + " = new int[" + lanes() + "];");
            line("int[] " + tailMap + " = new int[" + lanes() + "];");
            line("for (int " + q + " = 0; " + q + " < " + map + ".length; " + q + "++) " + map + "[" + q + "] = " + q
                    + " * " + addresses.stride(k, loop.index()) + ";");
        }
    }

    /**
     * The vector loops over [s, e) (to e - 1 unless toTheEnd), rows rows jammed into each of the unroll steps along
     * the index; leaves in s where they stopped.
     */
    private void vectorLoops(String s, String e, boolean toTheEnd, int rows, int unroll) {
        index = host.fresh("i");
        // The vector steps may cover the index range up to "limit" (exclusive bound plus one lane step).
        String limit = host.fresh("limit");
        line("int " + index + " = (int) " + s + ";");
        line("int " + limit + " = (int) (" + e + (toTheEnd ? "" : " - 1L") + ");");
        for (Reduction r : plan.reductions()) {
            DType d = laneType(r.var());
            for (int u = 0; u < unroll; u++) {
                line(VectorTypes.vectorClass(d) + " " + accumulator(r.var(), u) + " = " + VectorTypes.vectorClass(d)
                        + ".broadcast(" + species.get(d) + ", " + r.op().identity(d) + ");");
            }
        }
        for (ConditionalReduction r : plan.conditionalReductions()) {
            ConditionalReductionCode code = new ConditionalReductionCode(r, this);
            code.declare(unroll);
            conditionalReductions.add(code);
        }
        if (!plan.divisionGuards().perStep().isEmpty()) {
            vectorBlock = host.fresh("vector");
            line(vectorBlock + ": {");
        }
        line(host.comment(unroll > 1 ? "main loop: " + unroll + " vector steps per iteration" : "main loop"));
        String step = unroll + " * " + lanes(), last = limit + " - " + step;
        String plainLoop = "for (; " + index + " <= " + last + "; " + index + " += " + step + ") {";
        if (interruptCheck.isEmpty()) {
            line(plainLoop);
            body(rows, unroll);
            line("}");
        } else {
            // A range of one strip (STRIP elements, a few milliseconds at most) runs the plain loop without a check: a
            // test in every step cost triad and clip_where 10-30% at 4,096 elements. A longer one tests its index in
            // every step and checks where it enters a new aligned block of STRIP elements (within one step past a
            // multiple of STRIP). That branch costs a long loop nothing measurable, where a strip loop around the
            // vector loop cost dot 25% on 16M elements: C2 optimizes the inner loop of such a nest less well.
            line("if ((long) " + last + " - " + index + " < " + STRIP + "L) {");
            line(plainLoop);
            body(rows, unroll);
            line("}");
            line("} else {");
            line(plainLoop);
            line("if ((" + index + " & " + (STRIP - 1) + ") < " + step + ") " + interruptCheck);
            body(rows, unroll);
            line("}");
            line("}");
        }
        // Tiles end with masked steps only, row by row: fewer copies of the body keep the method small enough for C1.
        boolean tiles = rows > 1;
        if (unroll > 1 && !tiles) {
            line(host.comment("one vector step at a time"));
            line("for (; " + index + " <= " + limit + " - " + lanes() + "; " + index + " += " + lanes() + ") {");
            body(rows, 1);
            line("}");
        }
        maskedTail(limit, rows, tiles);
        if (vectorBlock != null) line("}");
        for (Reduction r : plan.reductions()) combine(r, unroll);
        for (ConditionalReductionCode c : conditionalReductions) c.merge(unroll);
        // At least one vector step ran (the range is longer than one step), so index - 1 is the last one done.
        // (Tiles leave the index to the scalar rows after them, which may not run the loop at all.)
        if (toTheEnd && plan.tile() == null) line(host.local(loop.index()) + " = (" + laneType(loop.index()).javaType() + ") (" + index + " - 1);");
        line(s + " = " + index + ";");
    }

    /**
     * Folds the unroll accumulators in the fixed order ((acc0 op acc1) op acc2) op acc3, then the lanes (float
     * sums/products lane 0 first, sequentially), then combines the result into the scalar variable.
     */
    private void combine(Reduction r, int unroll) {
        DType d = laneType(r.var());
        String cls = VectorTypes.vectorClass(d);
        String op = VectorTypes.OPS + r.op().vectorOperator();
        String folded = host.fresh("folded"), part = host.fresh("part"), s = host.local(r.var());
        line(host.comment(r.var().name() + " (" + r.op().symbol()
                + "): fold the accumulators in order, then the lanes"));
        // A copy of acc0 with its species' exact class (a blend into a fresh vector under an all-true mask): the
        // fold's calls are then on that copy, and none on a loop's result (see update).
        String sp = species.get(d);
        line(cls + " " + folded + " = (" + cls + ") " + cls + ".zero(" + sp + ").blend(" + accumulator(r.var(), 0) + ", "
                + sp + ".maskAll(true));");
        for (int u = 1; u < unroll; u++) {
            String acc = accumulator(r.var(), u);
            if (r.op().selects()) {
                // acc wins where it compares strictly better than folded: folded compared the other way round
                String reversed = VectorTypes.OPS + (r.op() == ReductionOp.PY_MIN ? "GT" : "LT");
                line(folded + " = (" + cls + ") " + folded + ".blend(" + acc + ", " + folded + ".compare(" + reversed
                        + ", " + acc + "));");
            } else {
                line(folded + " = (" + cls + ") " + folded + ".lanewise(" + op + ", " + acc + ");");
            }
        }
        String t = d.javaType();
        if (d.isComplex()) {
            // the parts lane by lane in order, then one complex addition (complex64's in float steps, as the scalar code)
            String add = d == DType.COMPLEX64 ? "ComplexMath.addSingle(" : "ComplexMath.add(";
            line(s + " = " + add + s + ", " + complexLanes.get(d) + ".sum(" + folded + "));");
            return;
        }
        if (r.op().reassociationChangesResult(d)) {
            // lane(q) rather than toArray(): no array, and HotSpot unrolls this loop over the constant lane count.
            String q = host.fresh("q");
            line(t + " " + part + " = " + folded + ".lane(0);");
            line("for (int " + q + " = 1; " + q + " < " + species.get(d) + ".length(); " + q + "++) " + part + " = "
                    + r.op().combine(d, part, folded + ".lane(" + q + ")") + ";");
        } else {
            line(t + " " + part + " = " + folded + ".reduceLanes(" + op + ");");
        }
        line(s + " = " + r.op().combine(d, s, part) + ";");
    }

    /**
     * Java source of accumulator acc updated with vector v (in the lanes of mask m, or all when m is empty):
     * lanewise op, or for Python's min/max a blend where v compares strictly better.
     */
    private static String update(ReductionOp op, String cls, String acc, String v, String m) {
        // The step's vector v is the receiver and the accumulator an operand. A loop-carried vector has no exact
        // class when C2 parses the loop (its back edge comes later): a call on it inlines only through the call
        // site's type profile, and where that is empty (a remainder step that has not run yet, an OSR compile) the
        // call stays virtual and every accumulator value flowing into it is boxed, in the main loop too: 12 bytes
        // per element for a sum over 16M float64. v is computed in the step, so its class is known. The operators
        // are commutative; masked steps keep acc in the lanes outside the mask by a blend.
        String operator = VectorTypes.OPS + op.vectorOperator();
        if (op.selects()) {
            String wins = v + ".compare(" + operator + ", " + acc + ")" + (m.isEmpty() ? "" : ".and(" + m + ")");
            return "(" + cls + ") " + v + ".blend(" + acc + ", " + wins + ".not())";
        }
        String combined = "(" + cls + ") " + v + ".lanewise(" + operator + ", " + acc + ")";
        return m.isEmpty() ? combined : "((" + cls + ") (" + combined + ").blend(" + acc + ", " + m + ".not()))";
    }

    /**
     * Java source of float sum accumulator acc plus the product (fastmath: one FMA per step), in the lanes of mask m
     * (all when empty); a masked FMA would keep the multiplicand in the other lanes, so it is blended into acc.
     */
    private String fusedUpdate(Expr.Binary product, String acc, String m, DType d) {
        String x = vector(value(product.left()), d), y = vector(value(product.right()), d);
        String fused = VectorExprs.fma(x, y, acc, d).code();
        return m.isEmpty() ? fused : "((" + VectorTypes.vectorClass(d) + ") " + fused + ".blend(" + acc + ", " + m + ".not()))";
    }

    private static DType laneType(Var v) { return ((Type.Scalar) v.type()).dtype(); }

    /** The accumulator vector of reduction variable v at unroll step u, e.g. {@code s_acc0}. */
    private String accumulator(Var v, int u) { return host.local(v, "acc" + u); }

    /**
     * One iteration's vector steps, jammed, in a block of their own so their locals stay local: groups steps along
     * the index for each of rows rows (step = row * groups + group).
     */
    private void body(int rows, int groups) {
        this.groups = groups;
        temps.clear();
        for (int u = 0; u < rows * groups; u++) temps.add(new HashMap<>());
        line("{");
        predeclare();
        statements(loop.body(), tailMask);
        line("}");
    }

    /**
     * The last partial vector step (repeated: every step left) under the mask of the lanes before limit, so no
     * scalar iterations remain: loads, stores and accumulator updates all take the mask, and the lanes outside it
     * compute on zeros, unobserved.
     */
    private void maskedTail(String limit, int rows, boolean repeated) {
        String m = host.fresh("tail");
        DType d = anyLaneType();
        line(host.comment(repeated ? "masked steps, row by row" : "masked last step"));
        line(repeated ? "for (; " + index + " < " + limit + "; " + index + " += " + lanes() + ") {" : "if (" + index + " < " + limit + ") {");
        String lanesInRange = d.isComplex() ? complexLanes.get(d) : species.get(d);
        line(VectorTypes.MASK + " " + m + " = " + lanesInRange + ".indexInRange(" + index + ", " + limit + ");");
        for (DType c : plan.elementTypes()) {
            if (!c.isComplex()) continue;
            String pairs = c == d ? m : host.fresh("tailPairs");
            if (c != d) line(VectorTypes.MASK + " " + pairs + " = " + complexLanes.get(c) + ".indexInRange(" + index + ", " + limit + ");");
            complexTails.put(c, pairs);
        }
        for (int k : tailMaps.keySet()) {
            String q = host.fresh("q"), map = tailMaps.get(k);
            line("for (int " + q + " = 0; " + q + " < " + map + ".length; " + q + "++) " + map + "[" + q + "] = " + q
                    + " < " + limit + " - " + index + " ? " + gatherMaps.get(k) + "[" + q + "] : 0;");
        }
        tailMask = new VectorValue(m, d, VectorValue.Kind.MASK);
        if (rows > 1) {
            // The tile's rows one after the other in a Java loop: masked steps gain nothing from jamming.
            String first = tileRow, row = host.fresh("r");
            line("for (long " + row + " = " + first + "; " + row + " < " + first + " + " + rows + "L; " + row + "++) {");
            tileRow = row;
            body(1, 1);
            tileRow = first;
            line("}");
        } else {
            body(rows, 1);
        }
        tailMask = null;
        complexTails.clear();
        if (!repeated) line(index + " = " + limit + ";");
        line("}");
        if (repeated) line(index + " = " + limit + ";");
    }

    /** The storage index of access number k for lane 0 of the current step. */
    private String address(int k) { return addresses.address(k, currentIndex(), counters); }

    /**
     * Statements for every step of the current iteration: an inner loop once, with the steps jammed into its body;
     * any other statement once per step. With tiling, each row's statements first set the row index, which uniform
     * expressions read.
     */
    private void statements(List<Stmt> body, VectorValue mask) {
        for (Stmt st : body) {
            if (st instanceof Stmt.ForRange f) {
                innerLoop(f, mask);
                continue;
            }
            if (st instanceof Stmt.While w) {
                whileLoop(w, mask);
                continue;
            }
            for (int u = 0; u < temps.size(); u++) {
                step = u;
                if (tileRow != null && u % groups == 0) {
                    String row = "(" + tileRow + " + " + u / groups + "L)";
                    line(host.local(plan.tile().index()) + " = " + row + ";");
                    counters.put(plan.tile().index(), row);
                }
                statement(st, active == null ? mask : activeMask(u));
            }
        }
    }

    /**
     * Declares, per step, the variables that the nest first assigns under a condition (zero or false): later
     * assignments blend into them under their masks, and lanes that assign nothing keep what they hold.
     */
    private void predeclare() {
        if (!plan.outer()) return;
        Set<Var> first = new java.util.LinkedHashSet<>();
        firstAssignedUnderIf(loop.body(), false, new java.util.HashSet<>(), first);
        for (Var v : first) {
            if (plan.reductions().stream().anyMatch(r -> r.var().equals(v))) continue;
            DType d = laneType(v);
            for (int u = 0; u < temps.size(); u++) {
                String name = host.local(v, "v" + u);
                if (d == DType.BOOL) {
                    line(VectorTypes.MASK + " " + name + " = " + species.get(anyLaneType()) + ".maskAll(false);");
                    temps.get(u).put(v, new VectorValue(name, anyLaneType(), VectorValue.Kind.MASK));
                } else {
                    line(VectorTypes.vectorClass(d) + " " + name + " = " + VectorTypes.vectorClass(d) + ".zero(" + species.get(d) + ");");
                    temps.get(u).put(v, new VectorValue(name, d, VectorValue.Kind.VECTOR));
                }
            }
        }
    }

    /** Adds to out the variables whose first assignment in body (in program order) is under an if. */
    private static void firstAssignedUnderIf(List<Stmt> body, boolean underIf, Set<Var> seen, Set<Var> out) {
        for (Stmt st : body) {
            switch (st) {
                case Stmt.Assign a -> {
                    if (seen.add(a.target()) && underIf) out.add(a.target());
                }
                case Stmt.If i -> {
                    firstAssignedUnderIf(i.then(), true, seen, out);
                    firstAssignedUnderIf(i.otherwise(), true, seen, out);
                }
                case Stmt.ForRange f -> firstAssignedUnderIf(f.body(), underIf, seen, out);
                case Stmt.While w -> firstAssignedUnderIf(w.body(), underIf, seen, out);
                default -> { }
            }
        }
    }

    /** The mask of the lanes still in the early-exit loop being emitted, at step u. */
    private VectorValue activeMask(int u) { return new VectorValue(active[u], anyLaneType(), VectorValue.Kind.MASK); }

    /**
     * Enters an early-exit loop: per step, the mask of its lanes (those of mask, or all), and which variables it
     * assigns without a blend.
     */
    private void enterEarlyExit(Stmt inner, List<Stmt> innerBody, VectorValue mask) {
        active = new String[temps.size()];
        for (int u = 0; u < temps.size(); u++) {
            active[u] = host.fresh("active");
            line(VectorTypes.MASK + " " + active[u] + " = " + (mask == null ? species.get(anyLaneType()) + ".maskAll(true)"
                    : mask(mask, anyLaneType())) + ";");
        }
        Set<Var> readOutside = Stmts.reads(loop.body().stream().filter(st -> st != inner).toList());
        Set<Var> free = new java.util.HashSet<>();
        for (Stmt st : innerBody) if (st instanceof Stmt.Assign a && !readOutside.contains(a.target())) free.add(a.target());
        blendFree = free;
    }

    private void leaveEarlyExit() {
        active = null;
        blendFree = Set.of();
    }

    /** Java source: whether any step has a lane left in the early-exit loop. */
    private String anyActive() {
        return String.join(".or(", active) + ")".repeat(active.length - 1) + ".anyTrue()";
    }

    /**
     * A while loop, run per lane: each lane leaves it when its condition fails, the Java loop when no lane of any
     * step is left; the steps' statements run under the masks of their lanes still in it.
     */
    private void whileLoop(Stmt.While w, VectorValue mask) {
        line(host.comment("line " + w.pos().line() + ": while loop per lane, until no lane is left in it"));
        enterEarlyExit(w, w.body(), mask);
        String check = host.interruptCheck(w.pos()), tick = check.isEmpty() ? null : host.fresh("tick");
        if (tick != null) line("int " + tick + " = 0;");
        line("while (true) {");
        if (tick != null) line("if ((++" + tick + " & 0x3FF) == 0) " + check);
        for (int u = 0; u < temps.size(); u++) {
            step = u;
            activeLanes = activeMask(u);
            line(active[u] + " = " + active[u] + ".and(" + mask(value(w.cond()), anyLaneType()) + ");");
        }
        line("if (!" + anyActive() + ") break;");
        List<Map<Var, VectorValue>> outside = temps.stream().map(t -> (Map<Var, VectorValue>) new HashMap<>(t)).toList();
        statements(w.body(), mask);
        for (int u = 0; u < temps.size(); u++) temps.set(u, outside.get(u));
        line("}");
        leaveEarlyExit();
    }

    /**
     * An inner loop, run per lane: a scalar loop over the range evaluated up front; its locals end with it. One that
     * holds a break runs its steps under the masks of the lanes still in it, and ends early when none is left.
     */
    private void innerLoop(Stmt.ForRange f, VectorValue mask) {
        String k = host.fresh("k");
        String[] range = innerRanges.get(f);
        boolean exits = plan.earlyExits().contains(f);
        if (exits) {
            line(host.comment("line " + f.pos().line() + ": loop per lane until each lane's break, or no lane is left in it"));
            enterEarlyExit(f, f.body(), mask);
        }
        line("for (long " + k + " = " + range[0] + "; " + k + " < " + range[1] + "; " + k + "++) {");
        line(host.local(f.index()) + " = " + k + ";");
        counters.put(f.index(), k);
        List<Map<Var, VectorValue>> outside = temps.stream().map(t -> (Map<Var, VectorValue>) new HashMap<>(t)).toList();
        statements(f.body(), mask);
        for (int u = 0; u < temps.size(); u++) temps.set(u, outside.get(u));
        counters.remove(f.index());
        if (exits) {
            line("if (!" + anyActive() + ") break;");
            leaveEarlyExit();
        }
        line("}");
    }

    /** One statement (no loop) for the current step. */
    private void statement(Stmt st, VectorValue mask) {
        Map<Var, VectorValue> locals = temps.get(step);
        activeLanes = mask;
        switch (st) {
            case Stmt.Assign a when plan.reductions().stream().anyMatch(x -> x.var().equals(a.target())) -> {
                Reduction r = plan.reductions().stream().filter(x -> x.var().equals(a.target())).findFirst().orElseThrow();
                DType d = laneType(r.var());
                String acc = accumulator(r.var(), step);
                Expr other = LoopAnalysis.otherOperand(r.var(), a.value());
                String m = mask == null ? "" : mask(mask, d);
                boolean fused = fastmath() && r.op() == ReductionOp.ADD && d.isFloat() && VectorExprs.isProduct(other, this);
                line(acc + " = " + (fused ? fusedUpdate((Expr.Binary) other, acc, m, d)
                        : update(r.op(), VectorTypes.vectorClass(d), acc, vector(value(other), d), m)) + ";");
            }
            case Stmt.Assign a when locals.containsKey(a.target()) -> {
                VectorValue v = value(a.value()), local = locals.get(a.target());
                boolean bool = local.kind() == VectorValue.Kind.MASK;
                String value = bool ? mask(v, local.dtype()) : vector(v, local.dtype());
                if (blends(mask, a.target())) {
                    String m = mask(mask, local.dtype());
                    value = bool ? local.code() + ".andNot(" + m + ").or(" + value + ".and(" + m + "))"
                            : local.code() + ".blend(" + value + ", " + m + ")";
                }
                line(local.code() + " = " + value + ";");
            }
            case Stmt.Break b -> line(active[step] + " = " + active[step] + ".andNot(" + mask(mask, anyLaneType()) + ");");
            case Stmt.Assign a -> {
                VectorValue v = value(a.value());
                DType d = laneType(a.target());
                // Declared once per step in this Java block: inner loops' blocks take their variables with them.
                String name = host.local(a.target(), "v" + step);
                if (d == DType.BOOL) {
                    // A uniform bool (a scalar) becomes a mask of any lane type's species: bool has no species.
                    DType lanes = v.kind() == VectorValue.Kind.MASK ? v.dtype() : anyLaneType();
                    line(VectorTypes.MASK + " " + name + " = " + mask(v, lanes) + ";");
                    locals.put(a.target(), new VectorValue(name, lanes, VectorValue.Kind.MASK));
                } else {
                    line(VectorTypes.vectorClass(d) + " " + name + " = " + vector(v, d) + ";");
                    locals.put(a.target(), new VectorValue(name, d, VectorValue.Kind.VECTOR));
                }
            }
            case Stmt.Store s when dtypeOf(((Expr.Local) s.array()).var()) == DType.BOOL -> {
                String v = mask(value(s.value()), anyLaneType());
                String at = data.get(((Expr.Local) s.array()).var()) + ", " + address(addresses.of(s));
                if (mask == null) {
                    line(v + ".intoArray(" + at + ");");
                } else {
                    // a partial step may not touch the elements past its lanes; a full one writes them back unchanged
                    String store = tailMask == null ? "blendIntoArray" : "intoArray";
                    line(MASK_LANES + store + "(" + v + ", " + at + ", " + mask(mask, anyLaneType()) + ");");
                }
            }
            case Stmt.Store s -> {
                VectorValue v = value(s.value());
                DType d = dtypeOf(((Expr.Local) s.array()).var());
                String m = mask == null ? "" : ", " + mask(mask, d);
                Var a = ((Expr.Local) s.array()).var();
                if (segment(a)) {
                    line(vector(v, d) + ".intoMemorySegment(" + data.get(a) + ", " + storeOffset(addresses.of(s), d)
                            + ", ByteOrder.nativeOrder()" + m + ");");
                } else if (d.isComplex()) {
                    line(vector(v, d) + ".intoArray(" + data.get(a) + ", 2 * (" + address(addresses.of(s)) + ")" + m + ");");
                } else {
                    line(vector(v, d) + ".intoArray(" + data.get(a) + ", " + address(addresses.of(s)) + m + ");");
                }
            }
            case Stmt.If i when conditionalReduction(i) != null -> conditionalReduction(i).update(step, mask);
            case Stmt.If i -> {
                VectorValue c = value(i.cond());
                DType d = c.kind() == VectorValue.Kind.MASK ? c.dtype() : anyLaneType();
                String cond = host.fresh("cond"), then = host.fresh("mask");
                String outer = mask == null ? "" : ".and(" + mask(mask, d) + ")";
                line(VectorTypes.MASK + " " + cond + " = " + mask(c, d) + ";");
                line(VectorTypes.MASK + " " + then + " = " + cond + outer + ";");
                for (Stmt t : i.then()) statement(t, new VectorValue(then, d, VectorValue.Kind.MASK));
                if (!i.otherwise().isEmpty()) {
                    String otherwise = host.fresh("mask");
                    line(VectorTypes.MASK + " " + otherwise + " = " + cond + ".not()" + outer + ";");
                    for (Stmt t : i.otherwise()) statement(t, new VectorValue(otherwise, d, VectorValue.Kind.MASK));
                }
            }
            default -> throw new IllegalStateException("LoopAnalysis admitted " + st);
        }
    }

    /**
     * Whether an assignment to v under mask keeps the other lanes' values: under an if's mask, or an early-exit loop's
     * unless v is {@link #blendFree}; not under the tail step's mask (the lanes past the end are never read).
     */
    private boolean blends(VectorValue mask, Var v) {
        if (mask == null || mask.equals(tailMask)) return false;
        return !(active != null && mask.equals(activeMask(step)) && blendFree.contains(v));
    }

    /** The code of the conditional reduction at if statement i, or null. */
    private ConditionalReductionCode conditionalReduction(Stmt.If i) {
        for (ConditionalReductionCode c : conditionalReductions) if (c.reduction().site() == i) return c;
        return null;
    }

    /** A lane type of the loop with one lane per iteration where there is one (not complex), for masks and counts. */
    private DType anyLaneType() {
        return plan.elementTypes().stream().filter(d -> !d.isComplex()).findFirst().orElse(plan.elementTypes().iterator().next());
    }

    DType anyLaneTypeOf() { return anyLaneType(); }

    /** Java source of value v as a vector of dtype d. */
    private String vector(VectorValue v, DType d) {
        return switch (v.kind()) {
            case VECTOR -> v.code();
            case SCALAR -> d.isComplex() ? complexLanes.get(d) + ".broadcast(" + v.code() + ")"
                    : VectorTypes.vectorClass(d) + ".broadcast(" + species.get(d) + ", (" + d.javaType() + ") (" + v.code() + "))";
            case MASK -> throw new IllegalStateException("mask used as a number");
        };
    }

    /** Java source of bool value v as a mask of the species of dtype d. */
    private String mask(VectorValue v, DType d) {
        if (v.kind() == VectorValue.Kind.MASK && v.dtype() != d && (d.isComplex() || v.dtype().isComplex())) {
            // LoopAnalysis admits complex lanes under the tail step's mask only
            if (tailMask == null || !v.code().equals(tailMask.code()) || !complexTails.containsKey(d)) {
                throw new IllegalStateException("a mask of " + v.dtype() + " lanes for " + d + " lanes: " + v.code());
            }
            return complexTails.get(d);
        }
        return switch (v.kind()) {
            case MASK -> v.dtype() == d ? v.code() : "((" + VectorTypes.MASK + ") " + v.code() + ".cast(" + species.get(d) + "))";
            case SCALAR -> "((" + VectorTypes.MASK + ") " + species.get(d) + ".maskAll(" + v.code() + "))";
            case VECTOR -> throw new IllegalStateException("number used as a mask");
        };
    }

    /** Whether e differs across lanes: it reads the vectorized index, a per-step temporary or a non-uniform access. */
    private boolean varying(Expr e) {
        return switch (e) {
            case Expr.Load l -> addresses.access(addresses.of(l)).lanes() != Access.Lanes.UNIFORM;
            case Expr.Local l -> l.var().equals(loop.index()) || temps.get(step).containsKey(l.var());
            default -> Exprs.children(e).stream().anyMatch(this::varying);
        };
    }

    /**
     * Java source of e for the current step: a vector or mask where it varies across lanes, else a scalar — the
     * host's code, except that a uniform load of a lane dtype reads its element directly (it was range-checked).
     */
    private VectorValue value(Expr e) {
        if (!varying(e)) {
            DType d = e.type() instanceof Type.Scalar s ? s.dtype() : DType.BOOL;
            String code = e instanceof Expr.Load l && data.containsKey(((Expr.Local) l.array()).var())
                    ? uniformLoad(l) : host.expr(e);
            return new VectorValue(code, d, VectorValue.Kind.SCALAR);
        }
        return VectorExprs.of(e, this);
    }

    /** The scalar read of a uniform load's one element (range-checked with the vector code's accesses). */
    private String uniformLoad(Expr.Load l) {
        Var a = ((Expr.Local) l.array()).var();
        String position = address(addresses.of(l));
        if (dtypeOf(a).isComplex()) return "ComplexMath.load(" + data.get(a) + ", " + position + ")";
        if (!segment(a)) return data.get(a) + "[" + position + "]";
        return data.get(a) + ".getAtIndex(" + SegmentAccess.layout(dtypeOf(a)) + ", (long) (" + position + "))";
    }

    // ---- accessors for VectorExprs and ConditionalReductionCode ----

    void emitLine(String text) { line(text); }

    void emitComment(String text) { line(host.comment(text)); }

    String fresh(String hint) { return host.fresh(hint); }

    String javaLocal(Var v) { return host.local(v); }

    String javaLocal(Var v, String role) { return host.local(v, role); }

    Var loopIndex() { return loop.index(); }

    /** Declares vector (Java source of a vector of dtype d) as a local of the current step; returns its name. */
    String let(String vector, DType d) {
        String name = host.fresh("v");
        line(VectorTypes.vectorClass(d) + " " + name + " = " + vector + ";");
        return name;
    }

    VectorValue valueOf(Expr e) { return value(e); }

    boolean isVarying(Expr e) { return varying(e); }

    String vectorOf(VectorValue v, DType d) { return vector(v, d); }

    String maskOf(VectorValue v, DType d) { return mask(v, d); }

    VectorValue temp(Var v) { return temps.get(step).get(v); }

    boolean isIndex(Var v) { return v.equals(loop.index()); }

    /** Java int expression of the loop index of lane 0 at the current unroll step. */
    String currentIndex() { return index + stepOffset(); }

    /** " + u * lanes" for unroll step u of the current group, "" for the first. */
    private String stepOffset() {
        int u = step % groups;
        return u == 0 ? "" : " + " + u + " * " + lanes();
    }

    String speciesOf(DType d) { return species.get(d); }

    /** The static field of the runtime's operations on complex lanes of dtype d. */
    String complexLanes(DType d) { return complexLanes.get(d); }

    boolean fastmath() { return kernelOptions.fastmath(); }

    /** Whether a division by divisor needs {@link #checkedDivisor} (see {@link DivisionGuards}). */
    boolean checksDivisor(Expr divisor) { return plan.divisionGuards().checkedPerStep(divisor); }

    /**
     * Declares the divisor (Java source of a vector of dtype d) as a local and checks it in the active lanes: on a
     * zero, the vector part stops with the index at the first iteration of the current (jammed) vector steps, where
     * the scalar loop takes over and raises ZeroDivisionError. Guarded divisions come before every store and
     * accumulator update ({@link LoopAnalysis}), and the steps are jammed statement by statement, so no step has
     * done anything observable yet when one of them breaks. Returns the local's name.
     */
    String checkedDivisor(String divisor, DType d) {
        String name = host.fresh("divisor");
        line(VectorTypes.vectorClass(d) + " " + name + " = " + divisor + ";");
        String zero = "((" + VectorTypes.MASK + ") " + name + ".compare(" + VectorTypes.OPS + "EQ, (" + d.javaType() + ") 0))";
        String lanes = activeLanes == null ? zero : zero + ".and(" + mask(activeLanes, d) + ")";
        line("if (" + lanes + ".anyTrue()) break " + vectorBlock + ";");
        return name;
    }

    /**
     * The value of e, which the scalar code evaluates only where cond is (or, with holds false, is not) true: the
     * sides of {@code x if c else y}, the right operand of {@code and}/{@code or}. Vector code evaluates it in every
     * lane; a division in it checks for zeros only in the lanes where the scalar code evaluates it.
     */
    VectorValue valueWhere(VectorValue cond, boolean holds, Expr e) {
        VectorValue outer = activeLanes;
        DType d = cond.kind() == VectorValue.Kind.MASK ? cond.dtype() : anyLaneType();
        String lanes = mask(cond, d) + (holds ? "" : ".not()") + (outer == null ? "" : ".and(" + mask(outer, d) + ")");
        activeLanes = new VectorValue("((" + VectorTypes.MASK + ") " + lanes + ")", d, VectorValue.Kind.MASK);
        VectorValue v = value(e);
        activeLanes = outer;
        return v;
    }

    /**
     * The vector load of a contiguous or gathered access (in the tail step, of the lanes in range only); of a bool
     * array, a mask of {@link #anyLaneType()}'s species.
     */
    String load(Expr.Load l) {
        Var a = ((Expr.Local) l.array()).var();
        DType d = dtypeOf(a);
        int k = addresses.of(l);
        if (indexMaps.containsKey(k)) return indexedLoad(k, d);
        if (d == DType.BOOL) {
            String sp = species.get(anyLaneType());
            return tailMask == null ? "((" + VectorTypes.MASK + ") " + VectorTypes.MASK + ".fromArray(" + sp + ", " + data.get(a)
                    + ", " + address(k) + "))" : "((" + VectorTypes.MASK + ") " + MASK_LANES + "fromArray(" + sp + ", "
                    + data.get(a) + ", " + address(k) + ", " + mask(tailMask, anyLaneType()) + "))";
        }
        if (d.isComplex()) {
            // element p's parts are at 2p and 2p + 1 (range checks keep 2p an int: the storage holds them)
            String m = tailMask == null ? "" : ", " + mask(tailMask, d);
            return VectorTypes.vectorClass(d) + ".fromArray(" + species.get(d) + ", " + data.get(a) + ", 2 * (" + address(k) + ")" + m + ")";
        }
        Map<Integer, String> maps = tailMask == null ? gatherMaps : tailMaps;
        String map = maps.containsKey(k) ? ", " + maps.get(k) + ", 0" : "";
        String m = tailMask == null ? "" : ", " + mask(tailMask, d);
        if (segment(a)) {
            // Gathers (map) never reach here: the vectorizer writes their loops scalar over segments.
            return VectorTypes.vectorClass(d) + ".fromMemorySegment(" + species.get(d) + ", " + data.get(a) + ", "
                    + loadOffset(k, d) + ", ByteOrder.nativeOrder()" + m + ")";
        }
        return VectorTypes.vectorClass(d) + ".fromArray(" + species.get(d) + ", " + data.get(a) + ", " + address(k) + map + m + ")";
    }

    /**
     * The gather of access k (dtype d) through its index array: the step's indices, negative ones wrapped, go to the
     * index map as ints (they were range-checked before the vector code); masked-off tail lanes read index 0.
     */
    private String indexedLoad(int k, DType d) {
        Expr.Load through = addresses.indexLoad(k);
        DType id = dtypeOf(((Expr.Local) through.array()).var());
        String[] map = indexMaps.get(k);
        String cls = VectorTypes.vectorClass(id), ix = host.fresh("ix");
        line(cls + " " + ix + " = " + load(through) + ";");
        String wrapped = "((" + cls + ") " + ix + ".lanewise(" + VectorTypes.OPS + "ADD, (" + id.javaType() + ") " + map[1]
                + ", " + ix + ".compare(" + VectorTypes.OPS + "LT, (" + id.javaType() + ") 0)))";
        if (id != DType.INT32) {
            wrapped = "((" + VectorTypes.vectorClass(DType.INT32) + ") " + wrapped + ".convertShape("
                    + VectorTypes.conversion(id, DType.INT32) + ", " + species.get(DType.INT32) + ", 0))";
        }
        line(wrapped + ".intoArray(" + map[0] + ", 0);");
        Var x = ((Expr.Local) ((Expr.Load) addresses.access(k).site()).array()).var();
        String m = tailMask == null ? "" : ", " + mask(tailMask, d);
        return VectorTypes.vectorClass(d) + ".fromArray(" + species.get(d) + ", " + data.get(x) + ", " + address(k) + ", "
                + map[0] + ", 0" + m + ")";
    }
}
