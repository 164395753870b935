package io.jumba.parallel;

import io.jumba.diag.ParallelSafetyError;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.runtime.parallel.ReductionKind;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compile-time race detection for prange loops, over the typed IR. For every prange loop it classifies what the
 * body writes: variables private to an iteration, recognized reductions, arrays written only at the iteration's
 * own index, and the shared arrays it only reads. A loop-carried dependence that is not a reduction is rejected
 * with a {@link ParallelSafetyError} naming the line and the variable; a write through a computed index gives a
 * {@link RaceWarning} (or is rejected under {@link ComputedIndices#REJECT}).
 */
public final class RaceDetection {
    /** What a write through a computed index ({@code out[idx[i]] = ...}) gives. */
    public enum ComputedIndices { WARN, REJECT }

    private final Program program;
    private final ComputedIndices policy;
    private final List<LoopSharing> loops = new ArrayList<>();

    private RaceDetection(Program program, ComputedIndices policy) {
        this.program = program;
        this.policy = policy;
    }

    /** Analyzes every prange loop of every function of p, in program order; throws on the first unsafe loop. */
    public static List<LoopSharing> analyze(Program p, ComputedIndices policy) {
        RaceDetection d = new RaceDetection(p, policy);
        List<Function> all = new ArrayList<>(List.of(p.entry()));
        all.addAll(p.functions());
        for (Function f : all) d.scan(f.body(), List.of());
        return List.copyOf(d.loops);
    }

    /**
     * Checks the prange loops of p's {@code parallel=True} functions (those that run them in parallel) and throws on
     * the first unsafe one. Run on the typed program, where whole-array reads ({@code np.sum(a)}) are still single
     * nodes; the planner analyses the lowered program again for the plan.
     */
    public static void check(Program p) { check(p, ComputedIndices.WARN); }

    /** As {@link #check(Program)}, with writes through computed indices warned about or rejected as policy says. */
    public static void check(Program p, ComputedIndices policy) {
        List<Function> all = new ArrayList<>(List.of(p.entry()));
        all.addAll(p.functions());
        for (Function f : all) if (f.options().parallel()) analyze(p, f, policy);
    }

    /** Analyzes the prange loops of f, a function of p, in program order; throws on the first unsafe loop. */
    public static List<LoopSharing> analyze(Program p, Function f, ComputedIndices policy) {
        RaceDetection d = new RaceDetection(p, policy);
        d.scan(f.body(), List.of());
        return List.copyOf(d.loops);
    }

    /** Finds prange loops; continuation is what runs after block, innermost first (with enclosing loops' bodies). */
    private void scan(List<Stmt> block, List<List<Stmt>> continuation) {
        for (int k = 0; k < block.size(); k++) {
            List<List<Stmt>> after = new ArrayList<>();
            after.add(block.subList(k + 1, block.size()));
            after.addAll(continuation);
            switch (block.get(k)) {
                case Stmt.ForRange f -> {
                    if (f.parallel()) loops.add(loop(f, after));
                    List<List<Stmt>> next = new ArrayList<>(List.of(f.body()));
                    next.addAll(after);
                    scan(f.body(), next);
                }
                case Stmt.While w -> {
                    List<List<Stmt>> next = new ArrayList<>(List.of(w.body()));
                    next.addAll(after);
                    scan(w.body(), next);
                }
                case Stmt.If i -> {
                    scan(i.then(), after);
                    scan(i.otherwise(), after);
                }
                // A prange inside a try block runs serially (TryBlocks plans it scalar): nothing to check.
                case Stmt.Try t -> {}
                case Stmt.Assign a -> {}
                case Stmt.Store st -> {}
                case Stmt.ArrayStore st -> {}
                case Stmt.Return r -> {}
                case Stmt.Eval e -> {}
                case Stmt.Raise r -> {}
                case Stmt.Print p -> {}
                case Stmt.Break b -> {}
                case Stmt.Continue c -> {}
            }
        }
    }

    private LoopSharing loop(Stmt.ForRange loop, List<List<Stmt>> after) {
        Set<Var> tracked = new LinkedHashSet<>();
        Map<Var, List<Stmt>> writers = new LinkedHashMap<>();
        Map<Stmt, ReductionPatterns.Update> updates = new IdentityHashMap<>();
        Map<Stmt, Stmt> parent = new IdentityHashMap<>();
        collect(loop.body(), null, tracked, writers, updates, parent);
        sharedCollectionChange(loop, tracked);

        Flow flow = Flow.iteration(loop.body(), Set.of(loop.index()), tracked, updates, loop.pos());
        if (flow.earlyExit != null) {
            return new LoopSharing(loop, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), flow.earlyExit);
        }
        List<Stmt> rest = new ArrayList<>();
        after.forEach(rest::addAll);
        Set<Var> liveAfter = Flow.iteration(rest, Set.of(), tracked, Map.of(), loop.pos()).exposed.keySet();
        Set<Var> everyIteration = flow.assignedByEveryIteration();

        List<Var> privates = new ArrayList<>(), lastPrivates = new ArrayList<>();
        Map<Var, List<ReductionPatterns.Update>> byVar = new LinkedHashMap<>();
        Set<Var> companions = new HashSet<>();
        for (Var v : tracked) {
            // In source order: the updates map is keyed by identity, and its order would change from run to run.
            List<ReductionPatterns.Update> ups = updates.values().stream()
                    .filter(u -> u.var().equals(v) || u.companions().contains(v))
                    .sorted(Comparator.comparingInt((ReductionPatterns.Update u) -> Positions.of(u.stmt(), loop.pos()).line())
                            .thenComparingInt(u -> Positions.of(u.stmt(), loop.pos()).col())).toList();
            boolean onlyUpdates = !ups.isEmpty() && writers.get(v).stream().allMatch(w -> ups.stream().anyMatch(u -> within(w, u.stmt(), parent)));
            if (onlyUpdates) {
                if (flow.reads.containsKey(v)) {
                    throw new ParallelSafetyError(flow.reads.get(v), "variable '" + v.name() + "' is a reduction (" + symbol(ups.getFirst())
                            + ") but the prange loop also reads it, where its value would depend on how iterations are split among threads");
                }
                for (ReductionPatterns.Update u : ups) {
                    if (u.var().equals(v)) byVar.computeIfAbsent(v, x -> new ArrayList<>()).add(u);
                    else companions.add(v);
                }
            } else if (!flow.exposed.containsKey(v)) {
                privates.add(v);
                if (liveAfter.contains(v)) {
                    if (!everyIteration.contains(v)) {
                        throw new ParallelSafetyError(Positions.of(writers.get(v).getFirst(), loop.pos()), "variable '" + v.name()
                                + "' is assigned in only some prange iterations and read after the loop, so its final value would depend on which thread writes last");
                    }
                    lastPrivates.add(v);
                }
            } else {
                throw new ParallelSafetyError(flow.exposed.get(v), "variable '" + v.name() + "' is read in a prange iteration before that "
                        + "iteration assigns it, so it carries a value from one iteration to the next; only reductions (+=, -=, *=, &=, |=, ^=, "
                        + "min, max) may do that");
            }
        }
        List<Reduction> reductions = reductions(byVar, companions, loop);

        Set<Var> freshArrays = new HashSet<>();
        Map<Var, Expr> aliases = new HashMap<>();
        for (Var v : privates) {
            if (!(v.type() instanceof Type.Array)) continue;
            List<Stmt> ws = writers.get(v);
            Expr value = ws.size() == 1 && ws.getFirst() instanceof Stmt.Assign a ? a.value() : null;
            if (value instanceof Expr.View || value instanceof Expr.Local || value instanceof Expr.Transpose
                    || value instanceof Expr.ShapeView) aliases.put(v, value);
            else freshArrays.add(v);  // allocations and whole-array results: each iteration's own
        }
        ArrayAccesses arrays = new ArrayAccesses(aliases, freshArrays);
        arrays.block(loop.body(), loop.pos());
        return arrays(loop, tracked, privates, lastPrivates, reductions, arrays);
    }

    /**
     * A list or dict the iterations share (one not assigned in the body) changed in a prange loop: the runtime's
     * lists and dicts are not thread-safe, and an append's order would depend on the threads. Numba leaves that a
     * race; Jumba refuses it. A list each iteration makes for itself may change.
     */
    private static void sharedCollectionChange(Stmt.ForRange loop, Set<Var> assignedInBody) {
        io.jumba.ir.Stmts.nodes(loop.body()).forEach(e -> {
            if (e instanceof Expr.Collection c && changes(c.fn())
                    && !(c.args().getFirst() instanceof Expr.Local l && assignedInBody.contains(l.var()))) {
                String name = c.args().getFirst() instanceof Expr.Local l ? "'" + l.var().name() + "' " : "";
                throw new ParallelSafetyError(c.pos(), "prange iterations change the shared " + (c.args().getFirst().type()
                        instanceof Type.DictOf ? "dict " : "list ") + name + "(lists and dicts are not thread-safe); use range, or"
                        + " write results into an array indexed by the loop variable");
            }
        });
    }

    private static boolean changes(io.jumba.runtime.CollectionFn fn) {
        return switch (fn) {
            case LIST_SET, LIST_APPEND, LIST_INSERT, LIST_POP, LIST_EXTEND, LIST_REMOVE, LIST_SORT, LIST_REVERSE, LIST_CLEAR, DICT_PUT, DICT_POP, DICT_POP_OR -> true;
            default -> false;
        };
    }

    private List<Reduction> reductions(Map<Var, List<ReductionPatterns.Update>> byVar, Set<Var> companions, Stmt.ForRange loop) {
        List<Reduction> out = new ArrayList<>();
        for (var e : byVar.entrySet()) {
            Var v = e.getKey();
            List<ReductionPatterns.Update> ups = e.getValue();
            ReductionPatterns.Update first = ups.getFirst();
            for (ReductionPatterns.Update u : ups) {
                if (u.kind() != first.kind() || u.lastWinsTies() != first.lastWinsTies()) {
                    throw new ParallelSafetyError(Positions.of(u.stmt(), loop.pos()), "variable '" + v.name() + "' is updated with both "
                            + symbol(first) + " and " + symbol(u) + " in one prange loop; a reduction uses one operator");
                }
            }
            if (companions.contains(v) || ups.stream().anyMatch(u -> !u.companions().isEmpty()) && ups.size() > 1) {
                throw new ParallelSafetyError(Positions.of(first.stmt(), loop.pos()), "variable '" + v.name()
                        + "' is updated by more than one conditional min/max in one prange loop");
            }
            out.add(first.companions().isEmpty() ? new Reduction.Scalar(v, first.kind(), first.lastWinsTies())
                    : new Reduction.Arg(v, first.companions(), first.kind(), first.lastWinsTies()));
        }
        return out;
    }

    private LoopSharing arrays(Stmt.ForRange loop, Set<Var> tracked, List<Var> privates, List<Var> lastPrivates,
                               List<Reduction> reductions, ArrayAccesses arrays) {
        Set<Var> indexVars = indexVars(loop, tracked);
        Set<Var> variant = new HashSet<>(tracked);
        variant.add(loop.index());
        Map<Var, List<ArrayAccesses.Access>> byRoot = new LinkedHashMap<>();
        for (ArrayAccesses.Access a : arrays.accesses) byRoot.computeIfAbsent(a.root(), r -> new ArrayList<>()).add(a);

        List<Reduction> all = new ArrayList<>(reductions);
        List<Var> distinct = new ArrayList<>(), shared = new ArrayList<>();
        List<RaceWarning> warnings = new ArrayList<>();
        for (var e : byRoot.entrySet()) {
            Var root = e.getKey();
            List<ArrayAccesses.Access> writes = e.getValue().stream().filter(ArrayAccesses.Access::write).toList();
            List<ArrayAccesses.Access> reads = e.getValue().stream().filter(a -> !a.write()).toList();
            if (writes.isEmpty()) {
                shared.add(root);
                continue;
            }
            Set<Integer> own = ownPositions(writes, indexVars);
            if (!own.isEmpty()) {
                for (ArrayAccesses.Access r : reads) {
                    if (own.stream().anyMatch(p -> isIndex(r.slot(p), indexVars))) continue;
                    ArrayAccesses.Access w = writes.getFirst();
                    String what = "'" + root.name() + "' is written at " + w.text() + " and read at " + r.text();
                    if (own.stream().allMatch(p -> otherElement(r.slot(p), indexVars, variant))) {
                        throw new ParallelSafetyError(r.pos(), "prange iterations depend on each other: " + what
                                + ", an element another iteration writes");
                    }
                    warn(warnings, r.pos(), what + ", which may be an element another iteration writes");
                }
                distinct.add(root);
                continue;
            }
            ReductionKind kind = arrayReduction(root, e.getValue(), arrays);
            if (kind != null) {
                all.add(new Reduction.Array(root, kind));
                continue;
            }
            for (ArrayAccesses.Access w : writes) {
                for (ArrayAccesses.Access r : reads) {
                    for (int p = 0; w.slots() != null && p < w.slots().size(); p++) {
                        Long wo = offset(w.slot(p), indexVars), ro = offset(r.slot(p), indexVars);
                        if (wo != null && ro != null && !wo.equals(ro)) {
                            throw new ParallelSafetyError(r.pos(), "prange iterations depend on each other: '" + root.name()
                                    + "' is written at " + w.text() + " and read at " + r.text() + ", an element another iteration writes");
                        }
                    }
                }
                boolean invariant = w.slots() != null && w.slots().stream().allMatch(s -> !variantSlot(s, variant));
                if (invariant) {
                    throw new ParallelSafetyError(w.pos(), "every prange iteration writes the same element " + w.text()
                            + "; use a reduction such as '+=' or index the write with the loop variable");
                }
                warn(warnings, w.pos(), "'" + root.name() + "' is written at a computed index " + w.text()
                        + ": iterations that compute the same index race");
            }
        }
        for (ArrayAccesses.CallWithArray c : arrays.calls) {
            warnings.add(new RaceWarning(c.pos(), "'" + program.function(c.function()).pythonName() + "' is called with the shared array '"
                    + c.root().name() + "'; writes it makes there are not checked for races"));
        }
        return new LoopSharing(loop, privates, lastPrivates, all, distinct, shared, warnings, null);
    }

    private void warn(List<RaceWarning> warnings, SourcePos pos, String detail) {
        if (policy == ComputedIndices.REJECT) throw new ParallelSafetyError(pos, detail + " (computed indices are rejected)");
        warnings.add(new RaceWarning(pos, detail));
    }

    /** The reduction every access of root belongs to ({@code x[k] = x[k] op e}, one operator), or null. */
    private static ReductionKind arrayReduction(Var root, List<ArrayAccesses.Access> accesses, ArrayAccesses arrays) {
        ReductionKind kind = null;
        for (ArrayAccesses.Access a : accesses) {
            if (!(a.stmt() instanceof Stmt.Store st)) return null;
            Expr load = new Expr.Load(st.array(), st.indices(), st.pos());
            ReductionKind k = ReductionPatterns.arrayUpdate(load, st.value(), x -> arrays.touches(x, root));
            if (k == null || (kind != null && k != kind)) return null;
            kind = k;
        }
        return kind;
    }

    /** Dimensions in which every write indexes with the loop variable. */
    private static Set<Integer> ownPositions(List<ArrayAccesses.Access> writes, Set<Var> indexVars) {
        Set<Integer> own = new HashSet<>();
        int dims = writes.stream().mapToInt(w -> w.slots() == null ? 0 : w.slots().size()).max().orElse(0);
        for (int p = 0; p < dims; p++) {
            int q = p;
            if (writes.stream().allMatch(w -> isIndex(w.slot(q), indexVars))) own.add(p);
        }
        return own;
    }

    private static boolean isIndex(ArrayAccesses.Slot s, Set<Var> indexVars) {
        return s instanceof ArrayAccesses.Slot.At at && SameValue.uncast(at.index()) instanceof Expr.Local l && indexVars.contains(l.var());
    }

    /** Whether slot surely names another iteration's element: i ± c (c ≠ 0), an index that does not vary, or all. */
    private static boolean otherElement(ArrayAccesses.Slot s, Set<Var> indexVars, Set<Var> variant) {
        return switch (s) {
            case ArrayAccesses.Slot.Whole w -> true;
            case ArrayAccesses.Slot.At at -> !variantSlot(s, variant) || shifted(at.index(), indexVars);
            default -> false;
        };
    }

    private static boolean shifted(Expr index, Set<Var> indexVars) {
        Long offset = offset(new ArrayAccesses.Slot.At(index), indexVars);
        return offset != null && offset != 0;
    }

    /** c when slot is the loop variable plus the constant c (0 for the variable alone), else null. */
    private static Long offset(ArrayAccesses.Slot slot, Set<Var> indexVars) {
        if (!(slot instanceof ArrayAccesses.Slot.At at)) return null;
        Expr e = SameValue.uncast(at.index());
        if (isIndex(new ArrayAccesses.Slot.At(e), indexVars)) return 0L;
        if (!(e instanceof Expr.Binary b) || (b.op() != BinOp.ADD && b.op() != BinOp.SUB)) return null;
        boolean leftIndex = isIndex(new ArrayAccesses.Slot.At(b.left()), indexVars);
        if (leftIndex && b.right() instanceof Expr.Const c && c.value() instanceof Long k) return b.op() == BinOp.ADD ? k : -k;
        boolean rightIndex = isIndex(new ArrayAccesses.Slot.At(b.right()), indexVars);
        if (rightIndex && b.op() == BinOp.ADD && b.left() instanceof Expr.Const c && c.value() instanceof Long k) return k;
        return null;
    }

    private static boolean variantSlot(ArrayAccesses.Slot s, Set<Var> variant) {
        return switch (s) {
            case ArrayAccesses.Slot.At at -> SameValue.locals(at.index()).stream().anyMatch(variant::contains);
            case ArrayAccesses.Slot.Unknown u -> true;
            default -> false;
        };
    }

    /** The loop variable and the variables that copy it ({@code i2 = i}, or a cast of it), never reassigned. */
    private static Set<Var> indexVars(Stmt.ForRange loop, Set<Var> tracked) {
        Set<Var> out = new HashSet<>();
        if (!tracked.contains(loop.index())) out.add(loop.index());
        for (Stmt s : loop.body()) {
            if (s instanceof Stmt.Assign a && SameValue.uncast(a.value()) instanceof Expr.Local l && l.var().equals(loop.index())
                    && a.target().type() instanceof Type.Scalar t && t.dtype().isInteger() && out.contains(loop.index())
                    && assignments(loop.body(), a.target()) == 1) {
                out.add(a.target());
            }
        }
        return out;
    }

    private static int assignments(List<Stmt> body, Var v) {
        int n = 0;
        for (Stmt s : body) {
            n += switch (s) {
                case Stmt.Assign a -> a.target().equals(v) ? 1 : 0;
                case Stmt.If i -> assignments(i.then(), v) + assignments(i.otherwise(), v);
                case Stmt.ForRange f -> (f.index().equals(v) ? 1 : 0) + assignments(f.body(), v);
                case Stmt.While w -> assignments(w.body(), v);
                case Stmt.Try t -> assignments(t.body(), v) + assignments(t.handler(), v) + assignments(t.finalBody(), v);
                case Stmt.Store st -> 0;
                case Stmt.ArrayStore st -> 0;
                case Stmt.Return r -> 0;
                case Stmt.Eval e -> 0;
                case Stmt.Raise r -> 0;
                case Stmt.Print p -> 0;
                case Stmt.Break b -> 0;
                case Stmt.Continue c -> 0;
            };
        }
        return n;
    }

    /** Records written variables (with their writing statements), reduction updates and each statement's parent. */
    private static void collect(List<Stmt> body, Stmt owner, Set<Var> tracked, Map<Var, List<Stmt>> writers,
                                Map<Stmt, ReductionPatterns.Update> updates, Map<Stmt, Stmt> parent) {
        for (Stmt s : body) {
            if (owner != null) parent.put(s, owner);
            ReductionPatterns.Update u = ReductionPatterns.of(s);
            if (u != null) updates.put(s, u);
            switch (s) {
                case Stmt.Assign a -> {
                    tracked.add(a.target());
                    writers.computeIfAbsent(a.target(), v -> new ArrayList<>()).add(s);
                }
                case Stmt.If i -> {
                    collect(i.then(), s, tracked, writers, updates, parent);
                    collect(i.otherwise(), s, tracked, writers, updates, parent);
                }
                case Stmt.ForRange f -> {
                    tracked.add(f.index());
                    writers.computeIfAbsent(f.index(), v -> new ArrayList<>()).add(s);
                    collect(f.body(), s, tracked, writers, updates, parent);
                }
                case Stmt.While w -> collect(w.body(), s, tracked, writers, updates, parent);
                case Stmt.Try t -> {
                    collect(t.body(), s, tracked, writers, updates, parent);
                    collect(t.handler(), s, tracked, writers, updates, parent);
                    collect(t.finalBody(), s, tracked, writers, updates, parent);
                }
                case Stmt.Store st -> {}
                case Stmt.ArrayStore st -> {}
                case Stmt.Return r -> {}
                case Stmt.Eval e -> {}
                case Stmt.Raise r -> {}
                case Stmt.Print p -> {}
                case Stmt.Break b -> {}
                case Stmt.Continue c -> {}
            }
        }
    }

    private static boolean within(Stmt s, Stmt ancestor, Map<Stmt, Stmt> parent) {
        for (Stmt at = s; at != null; at = parent.get(at)) if (at == ancestor) return true;
        return false;
    }

    private static String symbol(ReductionPatterns.Update u) {
        return switch (u.kind()) {
            case SUM -> "+";
            case PRODUCT -> "*";
            case BIT_AND -> "&";
            case BIT_OR -> "|";
            case BIT_XOR -> "^";
            case MIN, NAN_MIN, FMIN, AMIN, ARGMIN -> "min";
            case MAX, NAN_MAX, FMAX, AMAX, ARGMAX -> "max";
        };
    }
}
