package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.ir.ArrayStorage;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.runtime.MathFn;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loop distribution of a scatter update, the shape of a histogram:
 * <pre>
 * for i in range(c, x.shape[0]):
 *     xi = x[i]
 *     if xi >= lo and xi < hi:
 *         b = min(int((xi - lo) * per_unit), nbins - 1)
 *         counts[b] += 1
 * </pre>
 * The store through a computed index keeps the loop scalar, and with it the arithmetic that computes the index. Here
 * the iterations go in strips of {@value #STRIP}: a first loop computes every iteration's condition and the values
 * the store reads into buffers (a loop a vectorizer takes), then a second loop makes the stores of the strip in
 * their order. So the stores, their faults (IndexError) and the memory they leave are those of the original loop.
 *
 * <p>Taken only where that is certain: the body is assignments and then one store, or assignments and one
 * {@code if} (no else) whose branch is assignments and then the store; the assignments and the condition cannot
 * fault or have an effect (arithmetic that divides only by nonzero constants, comparisons, casts, math intrinsics,
 * loads {@code a[i]} of 1-d arrays), so computing them for a whole strip first, even where the condition is false,
 * changes nothing observable; loads are in bounds by the range ({@code range(c >= 0, a.shape[0])}) or by a test
 * before the loop, which runs the loop as it was where the test fails; every variable they assign is assigned before
 * it is read in the body, once, and like the loop index is mentioned nowhere else in the function; the stored array
 * is not read before the store, and no array read there can share its memory (a different Java element type, heap
 * arrays only).
 */
public final class ScatterDistribution {
    /** Iterations per strip: the buffers hold one strip and stay in the first-level cache. */
    static final int STRIP = 512;
    /** Bodies over this many expression nodes are left alone. */
    private static final int MAX_NODES = 256;

    private final Function function;
    private final FreshNames names;

    private ScatterDistribution(Function function) {
        this.function = function;
        this.names = new FreshNames(function);
    }

    /**
     * The program with such loops distributed. Run on the program the backend gets, whose storage is set: unchanged
     * for arrays in memory segments, where arrays of any element types may share memory.
     */
    public static Program apply(Program program) {
        if (program.storage() != ArrayStorage.HEAP) return program;
        return new Program(function(program.entry()), program.functions().stream().map(ScatterDistribution::function).toList(),
                program.storage());
    }

    private static Function function(Function f) {
        List<Stmt> body = new ScatterDistribution(f).block(f.body());
        return body.equals(f.body()) ? f : f.withBody(body);
    }

    private List<Stmt> block(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            Stmt inner = Stmts.mapBodies(s, this::block);
            Stmt distributed = inner instanceof Stmt.ForRange loop ? distribute(loop, s) : null;
            out.add(distributed == null ? inner : distributed);
        }
        return out;
    }

    /** The parts of a distributable body: assignments, the condition (null when none), assignments, the store. */
    private record Parts(List<Stmt.Assign> before, Expr cond, List<Stmt.Assign> guarded, Stmt.Store store) {}

    /** What replaces loop (original is the statement as the function holds it), or null when it stays. */
    private Stmt distribute(Stmt.ForRange loop, Stmt original) {
        if (loop.parallel() || !(loop.step() instanceof Expr.Const c && Long.valueOf(1L).equals(c.value()))
                || !Type.INT64.equals(loop.index().type()) || Stmts.nodes(loop.body()).count() > MAX_NODES) {
            return null;
        }
        Parts parts = parts(loop.body());
        if (parts == null) return null;
        Set<Var> assigned = Stmts.assigned(loop.body());
        if (!pure(loop.start(), assigned) || !pure(loop.stop(), assigned)) return null;
        // the store's indices become values of the first loop where they compute something
        List<Stmt.Assign> guarded = new ArrayList<>(parts.guarded());
        List<Expr> indices = new ArrayList<>();
        for (Expr index : parts.store().indices()) {
            if (index instanceof Expr.Local || index instanceof Expr.Const || !(index.type() instanceof Type.Scalar t)) {
                indices.add(index);
            } else {
                Var k = names.fresh("$index", t);
                guarded.add(new Stmt.Assign(k, index));
                indices.add(new Expr.Local(k));
            }
        }
        Stmt.Store store = new Stmt.Store(parts.store().array(), indices, parts.store().value(), parts.store().pos());
        if (!(store.array() instanceof Expr.Local target) || !(target.var().type() instanceof Type.Array stored)) return null;

        Set<Var> temporaries = new HashSet<>();
        for (Stmt.Assign a : concat(parts.before(), guarded)) {
            if (!temporaries.add(a.target()) || !(a.target().type() instanceof Type.Scalar t) || t.dtype().isComplex()) return null;
        }
        if (!local(loop, original, temporaries)) return null;
        // the first loop: pure, reads each temporary after its assignment, never reads the stored array
        Set<Var> defined = new HashSet<>();
        List<Expr> firstLoopExprs = new ArrayList<>();
        for (Stmt.Assign a : parts.before()) {
            if (!readsDefined(a.value(), defined, temporaries)) return null;
            firstLoopExprs.add(a.value());
            defined.add(a.target());
        }
        if (parts.cond() != null) {
            if (!readsDefined(parts.cond(), defined, temporaries)) return null;
            firstLoopExprs.add(parts.cond());
        }
        for (Stmt.Assign a : guarded) {
            if (!readsDefined(a.value(), defined, temporaries)) return null;
            firstLoopExprs.add(a.value());
            defined.add(a.target());
        }
        for (Expr e : firstLoopExprs) {
            if (!computable(e, loop, assigned, stored.dtype()) || Exprs.reads(e, target.var())) return null;
        }
        if (!worthIt(firstLoopExprs)) return null;
        if (temporaries.contains(target.var()) || assigned.contains(target.var())) return null;
        Stmt distributed = strips(loop, new Parts(parts.before(), parts.cond(), guarded, store));
        Expr inBounds = inBounds(loop, firstLoopExprs);
        return inBounds == null ? distributed : new Stmt.If(inBounds, List.of(distributed), List.of(loop));
    }

    /** The body split as assignments, then the store or an if holding assignments and the store; null otherwise. */
    private static Parts parts(List<Stmt> body) {
        if (body.isEmpty()) return null;
        List<Stmt.Assign> before = assignments(body.subList(0, body.size() - 1));
        if (before == null) return null;
        return switch (body.getLast()) {
            case Stmt.Store s -> new Parts(before, null, List.of(), s);
            case Stmt.If i when i.otherwise().isEmpty() && !i.then().isEmpty() && i.then().getLast() instanceof Stmt.Store s -> {
                List<Stmt.Assign> guarded = assignments(i.then().subList(0, i.then().size() - 1));
                yield guarded == null ? null : new Parts(before, i.cond(), guarded, s);
            }
            default -> null;
        };
    }

    private static List<Stmt.Assign> assignments(List<Stmt> stmts) {
        List<Stmt.Assign> out = new ArrayList<>();
        for (Stmt s : stmts) {
            if (!(s instanceof Stmt.Assign a)) return null;
            out.add(a);
        }
        return out;
    }

    /** Whether the loop's index and the temporaries appear nowhere in the function but in the loop. */
    private boolean local(Stmt.ForRange loop, Stmt original, Set<Var> temporaries) {
        Set<Var> vars = new HashSet<>(temporaries);
        vars.add(loop.index());
        Set<Var> outside = new HashSet<>();
        Stmts.walk(function.body(), s -> s != original).filter(s -> s != original).forEach(s -> {
            for (Expr e : Stmts.exprs(s)) outside.addAll(Exprs.reads(e));
            if (s instanceof Stmt.Assign a) outside.add(a.target());
            if (s instanceof Stmt.ForRange f) outside.add(f.index());
        });
        for (Var p : function.params()) outside.add(p);
        return vars.stream().noneMatch(outside::contains);
    }

    /** Whether e reads no temporary before its assignment (none assigned in an earlier iteration is seen). */
    private static boolean readsDefined(Expr e, Set<Var> defined, Set<Var> temporaries) {
        return Exprs.reads(e).stream().allMatch(v -> !temporaries.contains(v) || defined.contains(v));
    }

    /**
     * Whether e can be evaluated for every iteration of the loop, before the stores and whatever the condition: no
     * fault, no effect, and loads only of {@code a[i]} with a a 1-d array of another Java element type than the
     * stored one (so no store can change it), in bounds where {@link #inBounds} holds.
     */
    private static boolean computable(Expr e, Stmt.ForRange loop, Set<Var> assigned, DType stored) {
        return Exprs.walk(e).allMatch(x -> switch (x) {
            case Expr.Const c -> true;
            case Expr.Local l -> true;
            case Expr.Binary b -> switch (b.op()) {
                case ADD, SUB, MUL, BITAND, BITOR, BITXOR -> true;
                case DIV, FLOORDIV, MOD -> nonZeroConstant(b.right());  // no ZeroDivisionError
                case POW, SHL, SHR -> false;
            };
            case Expr.Unary u -> true;
            case Expr.Compare c -> true;
            case Expr.Logical l -> true;
            case Expr.Select s -> s.type() instanceof Type.Scalar;
            case Expr.Cast c -> !c.type().dtype().isComplex()
                    && !(c.operand().type() instanceof Type.Scalar s && s.dtype().isComplex());
            case Expr.Intrinsic i -> true;  // domain errors give NaN, never an exception
            case Expr.Load load -> atIndex(load, loop, assigned) && load.array() instanceof Expr.Local a
                    && a.var().type() instanceof Type.Array t && !sharesStorage(t.dtype(), stored);
            case Expr.Dim d -> d.array() instanceof Expr.Local a && !assigned.contains(a.var());
            default -> false;
        });
    }

    private static boolean nonZeroConstant(Expr e) {
        return e instanceof Expr.Const c && c.value() instanceof Number v && v.doubleValue() != 0.0;
    }

    /** Whether load is {@code a[i]} with a 1-d array a that the loop does not reassign. */
    private static boolean atIndex(Expr.Load load, Stmt.ForRange loop, Set<Var> assigned) {
        return load.array() instanceof Expr.Local a && a.var().type() instanceof Type.Array t && t.ndim() == 1
                && !assigned.contains(a.var()) && load.indices().size() == 1
                && load.indices().getFirst() instanceof Expr.Local i && i.var().equals(loop.index());
    }

    /**
     * What must hold for the first loop's loads to be in bounds, true when the range proves it: a start of at least 0
     * and a stop within the length of every array it loads from.
     */
    private static Expr inBounds(Stmt.ForRange loop, List<Expr> firstLoop) {
        List<Expr> terms = new ArrayList<>();
        if (!(loop.start() instanceof Expr.Const c && c.value() instanceof Long start && start >= 0)) {
            terms.add(new Expr.Compare(CmpOp.GE, loop.start(), new Expr.Const(0L, Type.INT64)));
        }
        Set<Expr> arrays = new java.util.LinkedHashSet<>();
        for (Expr e : firstLoop) Exprs.walk(e).forEach(x -> { if (x instanceof Expr.Load l) arrays.add(l.array()); });
        for (Expr a : arrays) {
            Expr length = new Expr.Dim(a, 0);
            if (!loop.stop().equals(length)) terms.add(new Expr.Compare(CmpOp.LE, loop.stop(), length));
        }
        return terms.stream().reduce((a, b) -> new Expr.Logical(true, a, b)).orElse(null);
    }

    /** Whether arrays of dtypes a and b may be views of one Java array (the same element type). */
    private static boolean sharesStorage(DType a, DType b) {
        return storageKey(a).equals(storageKey(b));
    }

    private static String storageKey(DType d) {
        if (d.isComplex()) return storageKey(d.itemSize() == 16 ? DType.FLOAT64 : DType.FLOAT32);
        if (d.isBool()) return "bool";
        return (d.isFloat() ? "float" : "int") + d.itemSize();
    }

    /**
     * Whether the first loop would do the work that pays for the buffers: load elements and compute on them with at
     * least two operations (a cast alone, or an index plus one, is cheaper done where it is used).
     */
    private static boolean worthIt(List<Expr> firstLoop) {
        long operations = firstLoop.stream().flatMap(Exprs::walk).filter(x -> x instanceof Expr.Binary
                || x instanceof Expr.Compare || x instanceof Expr.Logical || x instanceof Expr.Intrinsic
                || x instanceof Expr.Select).count();
        return operations >= 2 && firstLoop.stream().flatMap(Exprs::walk).anyMatch(x -> x instanceof Expr.Load);
    }

    /** Whether e reads nothing the loop assigns, and cannot fault: it may be evaluated again. */
    private static boolean pure(Expr e, Set<Var> assigned) {
        return Exprs.walk(e).allMatch(x -> switch (x) {
            case Expr.Const c -> true;
            case Expr.Local l -> !assigned.contains(l.var());
            case Expr.Binary b -> b.op() == BinOp.ADD || b.op() == BinOp.SUB || b.op() == BinOp.MUL;
            case Expr.Dim d -> true;
            default -> false;
        });
    }

    /**
     * <pre>
     * if start &lt; stop:
     *     buffers of min(STRIP, stop - start) elements: $on (with a condition), one per temporary the store reads
     *     for $s in range(start, stop, STRIP):
     *         $e = min($s + STRIP, stop)
     *         for i in range($s, $e): (assignments); $c = cond; (guarded assignments); $on[i - $s] = $c; $t_buf[i - $s] = t ...
     *         for $k in range(0, $e - $s): if $on[$k]: t = $t_buf[$k] ...; i = $s + $k; (the store)
     * </pre>
     */
    private Stmt strips(Stmt.ForRange loop, Parts parts) {
        Var i = loop.index();
        Var s = names.fresh("$strip", Type.INT64), e = names.fresh("$strip_end", Type.INT64), k = names.fresh("$k", Type.INT64);
        Expr stripLength = new Expr.Const((long) STRIP, Type.INT64);
        Expr size = min(stripLength, minus(loop.stop(), loop.start(), loop));
        List<Stmt> setUp = new ArrayList<>();
        Map<Var, Var> buffers = new LinkedHashMap<>();
        Set<Var> read = Stmts.reads(List.of(parts.store()));
        for (Stmt.Assign a : concat(parts.before(), parts.guarded())) {
            if (read.contains(a.target())) buffers.put(a.target(), buffer(a.target(), size, setUp, loop));
        }
        Var taken = parts.cond() == null ? null : names.fresh("$taken", Type.BOOL);
        Var on = taken == null ? null : buffer(taken, size, setUp, loop);

        Expr slot = minus(local(i), local(s), loop);
        Stmt.Store store = parts.store();
        List<Stmt> first = new ArrayList<>(parts.before());
        if (taken != null) first.add(new Stmt.Assign(taken, parts.cond()));
        first.addAll(parts.guarded());
        if (on != null) first.add(new Stmt.Store(local(on), List.of(slot), local(taken), store.pos()));
        buffers.forEach((t, buffer) -> first.add(new Stmt.Store(local(buffer), List.of(slot), local(t), store.pos())));

        List<Stmt> apply = new ArrayList<>();
        buffers.forEach((t, buffer) -> apply.add(new Stmt.Assign(t, new Expr.Load(local(buffer), List.of(local(k)), store.pos()))));
        if (read.contains(i)) apply.add(new Stmt.Assign(i, plus(local(s), local(k), loop)));
        apply.add(store);
        List<Stmt> second = on == null ? apply
                : List.of(new Stmt.If(new Expr.Load(local(on), List.of(local(k)), store.pos()), apply, List.of()));

        Expr one = new Expr.Const(1L, Type.INT64), zero = new Expr.Const(0L, Type.INT64);
        List<Stmt> strip = List.of(
                new Stmt.Assign(e, min(plus(local(s), stripLength, loop), loop.stop())),
                new Stmt.ForRange(i, local(s), local(e), one, first, false, loop.pos()),
                new Stmt.ForRange(k, zero, minus(local(e), local(s), loop), one, second, false, loop.pos()));
        setUp.add(new Stmt.ForRange(s, loop.start(), loop.stop(), stripLength, strip, false, loop.pos()));
        return new Stmt.If(new Expr.Compare(CmpOp.LT, loop.start(), loop.stop()), setUp, List.of());
    }

    private static List<Stmt.Assign> concat(List<Stmt.Assign> a, List<Stmt.Assign> b) {
        List<Stmt.Assign> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A new 1-d buffer of t's dtype, allocated by a statement appended to setUp. */
    private Var buffer(Var t, Expr size, List<Stmt> setUp, Stmt.ForRange loop) {
        Type.Array type = new Type.Array(((Type.Scalar) t.type()).dtype(), 1, Layout.C);
        Var b = names.fresh("$" + t.name().replace("$", "") + "_buffer", type);
        setUp.add(new Stmt.Assign(b, new Expr.Alloc(List.of(size), Expr.Fill.EMPTY, null, type, loop.pos())));
        return b;
    }

    private static Expr local(Var v) { return new Expr.Local(v); }

    private static Expr min(Expr a, Expr b) { return new Expr.Intrinsic(MathFn.MIN, List.of(a, b), Type.INT64); }

    private static Expr plus(Expr a, Expr b, Stmt.ForRange loop) { return new Expr.Binary(BinOp.ADD, a, b, Type.INT64, loop.pos()); }

    private static Expr minus(Expr a, Expr b, Stmt.ForRange loop) { return new Expr.Binary(BinOp.SUB, a, b, Type.INT64, loop.pos()); }
}
