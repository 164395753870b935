package io.jumba.interp;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.parallel.IterationWork;
import io.jumba.parallel.LoopSharing;
import io.jumba.parallel.RaceDetection;
import io.jumba.runtime.ArrayOps;
import io.jumba.runtime.Faults;
import io.jumba.runtime.Optionals;
import io.jumba.runtime.Printing;
import io.jumba.types.UnsignedDisplay;
import io.jumba.runtime.ShapeViews;
import io.jumba.runtime.Strips;
import io.jumba.runtime.parallel.ChunkGrid;
import io.jumba.runtime.parallel.Parallel;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference interpreter of the typed IR: the test oracle for compiled code and a no-JIT debug mode.
 * It runs every node, array-level ones included, directly and simply. Values inside: {@code Long} for all integer
 * dtypes (wrapped after each operation), {@code Double} for floats (float32 rounded after each operation),
 * {@code Boolean}, {@link NDArray}, {@code Object[]} for tuples, null for None. Arguments and results follow the
 * API boundary conventions ({@link io.jumba.runtime.Boundary}). Runtime faults raise
 * {@link io.jumba.diag.KernelRuntimeError} at the IR node's position. Every iteration of every loop checks for
 * cancellation ({@link Faults#checkInterrupt}): next to a map lookup per variable read, the check costs nothing.
 */
public final class Interpreter {
    private final Program program;
    /** Per function name, the race analysis of its prange loops (empty without {@code parallel=True}). */
    private final Map<String, Map<Stmt, LoopSharing>> sharing = new HashMap<>();
    /** The prange loops' costs per iteration as compiled code has them; made on the first chunked loop. */
    private PrangeWork work;

    private Interpreter(Program program) { this.program = program; }

    /** Runs the program's entry function on boundary-convention arguments and returns its boxed result. */
    public static Object run(Program program, Object... args) {
        Function entry = program.entry();
        if (args.length != entry.params().size()) {
            throw new IllegalArgumentException(entry.pythonName() + "() takes " + entry.params().size()
                    + " arguments but " + args.length + " were given");
        }
        Object[] internal = new Object[args.length];
        for (int i = 0; i < args.length; i++) internal[i] = Values.fromBoundary(args[i], entry.params().get(i).type());
        Object result;
        try {
            result = new Interpreter(program).call(entry, internal);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw Faults.fromJvmError(e);
        }
        return Values.toBoundary(result, entry.returnType());
    }

    /** How a statement finished. */
    private enum Flow { NORMAL, BREAK, CONTINUE, RETURN }

    /** One activation: variable values plus the pending return value. */
    private static final class Frame {
        final Function function;
        final Map<String, Object> vars = new HashMap<>();
        Object returned;
        /** The current elements of the innermost Elementwise's inputs. */
        Object[] elements;
        /** Whether a prange loop of this activation runs chunked now (a nested prange then runs plainly). */
        boolean inPrange;

        Frame(Function function) { this.function = function; }

        boolean numpyErrors() { return function.options().numpyErrorModel(); }
    }

    private Object call(Function f, Object[] args) {
        Frame frame = new Frame(f);
        for (int i = 0; i < args.length; i++) frame.vars.put(f.params().get(i).name(), args[i]);
        Flow flow = block(f.body(), frame);
        return flow == Flow.RETURN ? frame.returned : null;
    }

    // ---- statements ---------------------------------------------------------------------------------------------

    private Flow block(List<Stmt> stmts, Frame frame) {
        for (Stmt s : stmts) {
            Flow flow = stmt(s, frame);
            if (flow != Flow.NORMAL) return flow;
        }
        return Flow.NORMAL;
    }

    private Flow stmt(Stmt s, Frame frame) {
        switch (s) {
            case Stmt.Assign a -> frame.vars.put(a.target().name(), eval(a.value(), frame));
            case Stmt.Store st -> {
                NDArray arr = (NDArray) eval(st.array(), frame);
                long[] idx = indices(st.indices(), frame);
                Object v = eval(st.value(), frame);
                Values.write(arr, ArrayOps.position(arr, idx, st.pos()), v);
            }
            case Stmt.ArrayStore st -> {
                NDArray target = (NDArray) eval(st.target(), frame);
                ArrayExprs.assign(target, eval(st.value(), frame), st.pos());
            }
            case Stmt.If i -> {
                return (Boolean) eval(i.cond(), frame) ? block(i.then(), frame) : block(i.otherwise(), frame);
            }
            case Stmt.ForRange f -> {
                return forRange(f, frame);
            }
            case Stmt.While w -> {
                while ((Boolean) eval(w.cond(), frame)) {
                    Faults.checkInterrupt(w.pos());
                    Flow flow = block(w.body(), frame);
                    if (flow == Flow.BREAK) break;
                    if (flow == Flow.RETURN) return flow;
                }
            }
            case Stmt.Break b -> {
                return Flow.BREAK;
            }
            case Stmt.Continue c -> {
                return Flow.CONTINUE;
            }
            case Stmt.Return r -> {
                frame.returned = r.value() == null ? null : eval(r.value(), frame);
                return Flow.RETURN;
            }
            case Stmt.Eval e -> eval(e.value(), frame);
            case Stmt.Print p -> {
                Object[] values = new Object[p.values().size()];
                for (int k = 0; k < values.length; k++) {
                    Expr v = p.values().get(k);
                    values[k] = UnsignedDisplay.of(Values.toBoundary(eval(v, frame), v.type()), v.type());
                }
                Printing.print(p.texts().toArray(String[]::new), values);
            }
            case Stmt.Raise r -> {
                long[] values = new long[r.args().size()];
                for (int k = 0; k < values.length; k++) values[k] = (Long) eval(r.args().get(k), frame);
                throw Faults.raise(r.pythonName(), r.format(), values, r.pos());
            }
            case Stmt.Try t -> {
                return tryStatement(t, frame);
            }
        }
        return Flow.NORMAL;
    }

    /** Python's try: the handler on a catchable exception; finally on every way out, its own exit winning. */
    private Flow tryStatement(Stmt.Try t, Frame frame) {
        Flow flow;
        try {
            try {
                flow = block(t.body(), frame);
            } catch (RuntimeException e) {
                if (!t.catches()) throw e;
                Faults.requireCatchable(e);
                flow = block(t.handler(), frame);
            }
        } catch (RuntimeException | Error pending) {
            Flow exit = block(t.finalBody(), frame);
            if (exit != Flow.NORMAL) return exit; // a return, break or continue in finally drops the exception
            throw pending;
        }
        Flow exit = block(t.finalBody(), frame);
        return exit != Flow.NORMAL ? exit : flow;
    }

    private Flow forRange(Stmt.ForRange f, Frame frame) {
        LoopSharing parallel = f.parallel() && !frame.inPrange ? sharing(frame.function).get(f) : null;
        long start = (Long) eval(f.start(), frame);
        long stop = (Long) eval(f.stop(), frame);
        long step = (Long) eval(f.step(), frame);
        if (step == 0) throw Faults.rangeStepZero(f.pos());
        if (parallel != null && parallel.serialReason() == null) {
            if (!Parallel.serialLoop(ChunkGrid.trips(start, stop, step), work(f))) {
                chunked(f, parallel, start, stop, step, frame);
                return Flow.NORMAL;
            }
            // Below the threshold compiled code runs the plain loop, its inner prange loops serial too.
            frame.inPrange = true;
            try {
                return serial(f, start, stop, step, frame);
            } finally {
                frame.inPrange = false;
            }
        }
        return serial(f, start, stop, step, frame);
    }

    private Flow serial(Stmt.ForRange f, long start, long stop, long step, Frame frame) {
        // Counting the iterations down: near the ends of int64, i + step wraps around and would stay below stop.
        long i = start;
        for (long trips = Strips.trips(start, stop, step); trips != 0; trips--, i += step) {
            frame.vars.put(f.index().name(), i);
            Faults.checkInterrupt(f.pos());
            Flow flow = block(f.body(), frame);
            if (flow == Flow.BREAK) break;
            if (flow == Flow.RETURN) return flow;
        }
        return Flow.NORMAL;
    }

    /**
     * A prange loop of a {@code parallel=True} function, as compiled code runs it: on the chunk grid of
     * {@link ChunkGrid#of} with the loop's {@link IterationWork} as compiled code has it ({@link PrangeWork}),
     * chunks in order (the interpreter has one thread), the reductions per chunk and combined as
     * {@link PrangeChunks} says. The race analysis guarantees no break or
     * return.
     */
    private void chunked(Stmt.ForRange f, LoopSharing s, long start, long stop, long step, Frame frame) {
        ChunkGrid grid = ChunkGrid.of(ChunkGrid.trips(start, stop, step), work(f));
        PrangeChunks chunks = new PrangeChunks(s, frame.vars, grid.chunks());
        frame.inPrange = true;
        try {
            for (int c = 0; c < grid.chunks(); c++) {
                chunks.begin();
                try {
                    for (long k = grid.lo(c); k < grid.hi(c); k++) {
                        frame.vars.put(f.index().name(), start + k * step);
                        Faults.checkInterrupt(f.pos());
                        block(f.body(), frame);
                    }
                } catch (RuntimeException e) {
                    chunks.abandon();
                    throw e;
                }
                chunks.end(c);
            }
        } finally {
            frame.inPrange = false;
        }
        chunks.combine();
    }

    private long work(Stmt.ForRange f) {
        if (work == null) work = new PrangeWork(program);
        return work.of(f);
    }

    private Map<Stmt, LoopSharing> sharing(Function f) {
        return sharing.computeIfAbsent(f.name(), n -> {
            Map<Stmt, LoopSharing> byLoop = new HashMap<>();
            if (f.options().parallel()) {
                for (LoopSharing s : RaceDetection.analyze(program, f, RaceDetection.ComputedIndices.WARN)) byLoop.put(s.loop(), s);
            }
            return byLoop;
        });
    }

    // ---- expressions --------------------------------------------------------------------------------------------

    Object eval(Expr e, Frame frame) {
        return switch (e) {
            case Expr.Const c -> c.value();
            case Expr.Local l -> {
                Var v = l.var();
                if (!frame.vars.containsKey(v.name())) {
                    throw new IllegalStateException("variable " + v.name() + " read before assignment");
                }
                yield frame.vars.get(v.name());
            }
            case Expr.NoneValue n -> null;
            case Expr.DTypeOf d -> d.dtype();
            case Expr.Wrap w -> eval(w.value(), frame);
            case Expr.Unwrap u -> Optionals.present(eval(u.optional(), frame), u.type().toString(), u.pos());
            case Expr.IsNone i -> eval(i.optional(), frame) == null;
            case Expr.Binary b -> ScalarOps.binary(b.op(), eval(b.left(), frame), eval(b.right(), frame),
                    b.type().dtype(), frame.numpyErrors(), b.pos());
            case Expr.Unary u -> ScalarOps.unary(u.op(), eval(u.operand(), frame), u.type().dtype());
            case Expr.Compare c -> ScalarOps.compare(c.op(), eval(c.left(), frame), eval(c.right(), frame),
                    scalarDtype(c.left()));
            case Expr.Logical l -> l.isAnd()
                    ? (Boolean) eval(l.left(), frame) && (Boolean) eval(l.right(), frame)
                    : (Boolean) eval(l.left(), frame) || (Boolean) eval(l.right(), frame);
            case Expr.Select s -> (Boolean) eval(s.cond(), frame) ? eval(s.ifTrue(), frame) : eval(s.ifFalse(), frame);
            case Expr.Cast c -> ScalarOps.cast(eval(c.operand(), frame), scalarDtype(c.operand()), c.type().dtype());
            case Expr.Load l -> {
                NDArray a = (NDArray) eval(l.array(), frame);
                yield Values.read(a, ArrayOps.position(a, indices(l.indices(), frame), l.pos()));
            }
            case Expr.Dim d -> (long) ((NDArray) eval(d.array(), frame)).shape(d.axis());
            case Expr.Size s -> (long) ((NDArray) eval(s.array(), frame)).size();
            case Expr.Intrinsic i -> {
                Object[] args = new Object[i.args().size()];
                for (int k = 0; k < args.length; k++) args[k] = eval(i.args().get(k), frame);
                yield ScalarOps.intrinsic(i.fn(), args, scalarDtype(i.args().get(0)), i.type().dtype());
            }
            case Expr.Call c -> {
                Object[] args = new Object[c.args().size()];
                for (int k = 0; k < args.length; k++) args[k] = eval(c.args().get(k), frame);
                yield call(program.function(c.function()), args);
            }
            case Expr.Threads t -> switch (t.function()) {
                // One thread: the interpreter is always thread 0 of the count in force.
                case GET_NUM_THREADS -> (long) Parallel.numThreads();
                case GET_THREAD_ID -> 0L;
                case SET_NUM_THREADS -> {
                    Parallel.setNumThreads((Long) eval(t.args().getFirst(), frame), t.pos());
                    yield null;
                }
            };
            case Expr.Random r -> {
                Object[] args = new Object[r.args().size()];
                for (int k = 0; k < args.length; k++) args[k] = eval(r.args().get(k), frame);
                yield r.function().apply(args, r.pos());
            }
            case Expr.TupleNew t -> {
                Object[] out = new Object[t.elements().size()];
                for (int k = 0; k < out.length; k++) out[k] = eval(t.elements().get(k), frame);
                yield out;
            }
            case Expr.TupleGet t -> ((Object[]) eval(t.tuple(), frame))[t.index()];
            case Expr.Alloc a -> alloc(a, frame);
            case Expr.Arange a -> {
                DType d = a.type().dtype();
                Object start = eval(a.start(), frame), stop = eval(a.stop(), frame), step = eval(a.step(), frame);
                yield d.isFloat()
                        ? ArrayOps.arange(d, ScalarOps.asDouble(start), ScalarOps.asDouble(stop), ScalarOps.asDouble(step), a.pos())
                        : ArrayOps.arange(d, ScalarOps.asLong(start), ScalarOps.asLong(stop), ScalarOps.asLong(step), a.pos());
            }
            case Expr.Linspace l -> ArrayOps.linspace(l.type().dtype(), (Double) eval(l.start(), frame),
                    (Double) eval(l.stop(), frame), (Long) eval(l.num(), frame), l.pos());
            case Expr.Library l -> {
                Object[] args = new Object[l.args().size()];
                for (int k = 0; k < args.length; k++) args[k] = eval(l.args().get(k), frame);
                yield l.fn().apply(args, l.pos());
            }
            case Expr.Collection c -> {
                Object[] args = new Object[c.args().size()];
                for (int k = 0; k < args.length; k++) args[k] = Values.intoCollection(eval(c.args().get(k), frame), c.args().get(k).type());
                yield Values.outOfCollection(c.fn().apply(Values.collectionDTypes(c.args().isEmpty() || c.type() instanceof Type.ListOf
                        || c.type() instanceof Type.DictOf || c.type() instanceof Type.Array ? c.type() : c.args().getFirst().type()), args, c.pos()), c.type());
            }
            case Expr.View v -> view(v, frame);
            case Expr.Transpose t -> ((NDArray) eval(t.array(), frame)).transpose();
            case Expr.ShapeView s -> shapeView(s, frame);
            case Expr.Elementwise w -> elementwise(w, frame);
            case Expr.Element el -> frame.elements[el.input()];
            case Expr.Reduce r -> ArrayExprs.reduce(r.op(), eval(r.array(), frame), r.axis(), r.type(), frame.numpyErrors(), r.pos());
            case Expr.Dot d -> ArrayExprs.dot(eval(d.left(), frame), eval(d.right(), frame), d.type(), d.pos());
        };
    }

    /** Evaluates the body once per element of the broadcast shape, with the inputs' current elements bound. */
    private NDArray elementwise(Expr.Elementwise w, Frame frame) {
        int n = w.inputs().size();
        Object[] inputs = new Object[n];
        for (int k = 0; k < n; k++) inputs[k] = eval(w.inputs().get(k), frame);
        int[] shape = ArrayExprs.broadcastShape(List.of(inputs), w.pos());
        long[] dims = new long[shape.length];
        for (int d = 0; d < shape.length; d++) dims[d] = shape[d];
        NDArray out = ArrayOps.alloc(w.type().dtype(), dims, false, w.pos());
        NDArray[] views = new NDArray[n];
        int[][] positions = new int[n][];
        for (int k = 0; k < n; k++) {
            if (inputs[k] instanceof NDArray a) {
                views[k] = ArrayExprs.broadcastTo(a, shape, w.pos());
                positions[k] = ArrayOps.positions(views[k]);
            }
        }
        Object[] saved = frame.elements;
        frame.elements = new Object[n];
        int[] outPositions = ArrayOps.positions(out);
        for (int e = 0; e < outPositions.length; e++) {
            for (int k = 0; k < n; k++) {
                frame.elements[k] = views[k] == null ? inputs[k] : Values.read(views[k], positions[k][e]);
            }
            Values.write(out, outPositions[e], eval(w.body(), frame));
        }
        frame.elements = saved;
        return out;
    }

    private NDArray shapeView(Expr.ShapeView s, Frame frame) {
        NDArray a = (NDArray) eval(s.array(), frame);
        long[] args = indices(s.args(), frame);
        return switch (s.op()) {
            case RESHAPE -> ShapeViews.reshape(a, args, s.pos());
            case EXPAND_DIMS -> ShapeViews.expandDims(a, args, s.pos());
            case SQUEEZE -> ShapeViews.squeeze(a, args, s.pos());
            case PERMUTE -> ShapeViews.permute(a, args, s.pos());
            case AS_STRIDED -> ShapeViews.asStrided(a, args, s.pos());
            case REINTERPRET -> ShapeViews.reinterpret(a, args, s.pos());
            case REAL -> ShapeViews.realPart(a, args, s.pos());
            case IMAG -> ShapeViews.imagPart(a, args, s.pos());
        };
    }

    private long[] indices(List<Expr> exprs, Frame frame) {
        long[] idx = new long[exprs.size()];
        for (int k = 0; k < idx.length; k++) idx[k] = (Long) eval(exprs.get(k), frame);
        return idx;
    }

    private NDArray alloc(Expr.Alloc a, Frame frame) {
        long[] shape = indices(a.shape(), frame);
        DType d = a.type().dtype();
        NDArray arr = ArrayOps.alloc(d, shape, a.type().layout() == Layout.F, a.pos());
        switch (a.fill()) {
            case EMPTY, ZEROS -> { }
            case ONES -> ArrayOps.fill(arr, 1L);
            case FULL -> Values.fill(arr, eval(a.fillValue(), frame));
        }
        return arr;
    }

    private NDArray view(Expr.View v, Frame frame) {
        NDArray a = (NDArray) eval(v.array(), frame);
        int n = v.spec().size();
        int[] kinds = new int[n];
        long[] values = new long[3 * n];
        for (int d = 0; d < n; d++) {
            switch (v.spec().get(d)) {
                case Expr.IndexSpec.At at -> {
                    kinds[d] = ArrayOps.AT;
                    values[3 * d] = (Long) eval(at.index(), frame);
                }
                case Expr.IndexSpec.Range r -> {
                    int k = ArrayOps.RANGE;
                    if (r.lower() != null) {
                        k |= ArrayOps.HAS_LOWER;
                        values[3 * d] = (Long) eval(r.lower(), frame);
                    }
                    if (r.upper() != null) {
                        k |= ArrayOps.HAS_UPPER;
                        values[3 * d + 1] = (Long) eval(r.upper(), frame);
                    }
                    if (r.step() != null) {
                        k |= ArrayOps.HAS_STEP;
                        values[3 * d + 2] = (Long) eval(r.step(), frame);
                    }
                    kinds[d] = k;
                }
            }
        }
        return ArrayOps.view(a, kinds, values, v.pos());
    }

    private static DType scalarDtype(Expr e) { return ((Type.Scalar) e.type()).dtype(); }
}
