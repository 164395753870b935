package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code for idx in np.ndindex(shape)} and {@code for idx, v in np.ndenumerate(a)}, as Numba supports them: the index
 * is a tuple of int64, one per dimension, in C order. Lowered to a nest of range loops over the dimensions (no
 * iterator object), so a body such as {@code out[i, j] = a[i, j] * 2} indexes by the loop variables and vectorizes as
 * a range nest would: a target {@code (i, j)} names the loop indices themselves, and in a body that never rebinds a
 * whole-tuple target {@code idx}, {@code idx[k]} reads the k-th loop index. A {@code break} leaves the whole nest
 * (a flag breaks each enclosing loop of the nest in turn). {@code for x in a.flat} and {@code for x in np.nditer(a)}
 * (0-d views of the elements) are the same nest.
 */
final class NdLoops {
    private final FunctionTyping f;
    private final LoopLowering loops;

    NdLoops(FunctionTyping f, LoopLowering loops) {
        this.f = f;
        this.loops = loops;
    }

    /** Whether q names one of the iterables lowered here. */
    static boolean handles(String q) {
        return "numpy.ndindex".equals(q) || "numpy.ndenumerate".equals(q) || "numpy.nditer".equals(q);
    }

    /** {@code for x in a.flat}: the elements in C order, each read where the nest stands. */
    void flat(PyStmt.For loop, Expr array) {
        Expr held = f.temp(array);
        nest(loop, shapeOf(held), loop.target(), locals -> new Expr.Load(held, locals, loop.iter().pos()), null);
    }

    void lower(PyStmt.For loop, PyExpr.Call call, String q) {
        String name = q.replace("numpy.", "np.");
        if (!call.keywords().isEmpty()) throw new TypingError(call.keywords().getFirst().pos(), name + "() takes no keyword arguments");
        if (q.equals("numpy.ndindex")) {
            nest(loop, shape(call, name), loop.target(), ExprLowering::tuple, null);
            return;
        }
        if (call.args().size() != 1) {
            throw new UnsupportedError(call.pos(), name + "() takes one array here, got " + call.args().size() + " arguments");
        }
        Expr array = f.temp(new ArrayCalls(f, f.exprs).array(call.args().getFirst(), name));
        if (q.equals("numpy.nditer")) {
            // Each item is a 0-d view of the element (x.item() or x[()] reads it, x[()] = v writes it), as Numba's.
            nest(loop, shapeOf(array), loop.target(), locals -> ArrayIndexing.view(array,
                    locals.stream().<Expr.IndexSpec>map(Expr.IndexSpec.At::new).toList(), call.pos()), array);
            return;
        }
        if (!(loop.target() instanceof PyExpr.Tuple t) || t.elements().size() != 2) {
            throw new TypingError(loop.target().pos(), name + "() yields (index, value) pairs: unpack them as 'for idx, v in ...'");
        }
        nest(loop, shapeOf(array), t.elements().getFirst(),
                locals -> ExprLowering.tuple(List.of(ExprLowering.tuple(locals), new Expr.Load(array, locals, call.pos()))), null);
    }

    private static List<Expr> shapeOf(Expr array) {
        List<Expr> shape = new ArrayList<>();
        for (int k = 0; k < ((Type.Array) array.type()).ndim(); k++) shape.add(new Expr.Dim(array, k));
        return shape;
    }

    /**
     * The nest over shape whose innermost body assigns item(indices) to the loop's target, then runs the loop's body.
     * indexTarget is the part of the target the index tuple goes to (where a target {@code (i, j)} names the loop
     * indices); viewed, when not null, is the array whose 0-d element views the items are.
     */
    private void nest(PyStmt.For loop, List<Expr> shape, PyExpr indexTarget, Function<List<Expr>, Expr> item, Expr viewed) {
        List<Var> indices = indexVariables(indexTarget, shape.size());
        List<Expr> locals = indices.stream().<Expr>map(Expr.Local::new).toList();
        Expr first = item.apply(locals);
        List<Stmt> body = new ArrayList<>(f.collect(() -> loops.assignItem(loop.target(), first, loop)));
        Var whole = loop.target() instanceof PyExpr.Name n ? f.scope.lookup(n.id()) : null;
        body.addAll(loops.loopBody(loop.body()));
        boolean assignAfter = false;
        if (whole != null && whole.type().equals(first.type()) && !(whole.type() instanceof Type.Scalar) && rebinds(body, whole) == 1) {
            body = partsRead(body, whole, locals, viewed);
            // idx read only as idx[k] (x only as x[()]): the value is built once, after the nest, from the indices it
            // left (a loop that builds a tuple or a view per iteration stays scalar). Not in a try body, whose handler
            // may read it.
            assignAfter = !shape.isEmpty() && f.tryDepth == 0 && !Stmts.reads(body).contains(whole);
            if (assignAfter) body = body.subList(1, body.size());
        }
        Var broke = f.freshVar(Type.BOOL);
        boolean breaks = shape.size() > 1 && breaksOut(body);
        if (breaks) {
            f.emit(new Stmt.Assign(broke, new Expr.Const(false, Type.BOOL)));
            body = markBreaks(body, broke);
        }
        if (shape.isEmpty()) {
            // A 0-d shape has one index, the empty tuple: the body runs once, as a one-trip loop (break and continue work).
            f.emit(new Stmt.ForRange(f.freshVar(Type.INT64), TypedIr.i64(0), TypedIr.i64(1), TypedIr.i64(1), body, false, loop.pos()));
            return;
        }
        for (int k = shape.size() - 1; k >= 0; k--) {
            Stmt nest = new Stmt.ForRange(indices.get(k), TypedIr.i64(0), shape.get(k), TypedIr.i64(1), body, false, loop.pos());
            body = k > 0 && breaks
                    ? List.of(nest, new Stmt.If(new Expr.Local(broke), List.of(new Stmt.Break()), List.of()))
                    : List.of(nest);
        }
        body.forEach(f::emit);
        if (assignAfter) {
            Expr ran = null;
            for (Expr d : shape) {
                Expr positive = TypedIr.compare(CmpOp.GT, d, TypedIr.i64(0), DType.INT64);
                ran = ran == null ? positive : new Expr.Logical(true, ran, positive);
            }
            f.emit(new Stmt.If(ran, List.of(new Stmt.Assign(whole, item.apply(locals))), List.of()));
        }
    }

    /** np.ndindex's shape: integers (ndindex(3, 4)) or one tuple of them (ndindex(a.shape)), evaluated once, checked. */
    private List<Expr> shape(PyExpr.Call call, String name) {
        List<Expr> dims = new ArrayList<>();
        if (call.args().size() == 1) {
            dims.addAll(new ArrayCalls(f, f.exprs).shape(call.args().getFirst(), name));
        } else {
            for (PyExpr a : call.args()) dims.add(new ArrayCalls(f, f.exprs).integer(a, name));
        }
        List<Expr> held = new ArrayList<>();
        for (Expr d : dims) {
            Expr dim = f.temp(d);
            Checks.raiseIf(f, TypedIr.compare(CmpOp.LT, dim, TypedIr.i64(0), DType.INT64), "ValueError",
                    "negative dimensions are not allowed", call.pos());
            held.add(dim);
        }
        return held;
    }

    /**
     * One int64 loop variable per dimension: the names of a target {@code (i, j)} themselves where they hold only
     * int64 (so that {@code a[i, j]} is affine in the loop indices), else fresh variables the target is assigned from.
     */
    private List<Var> indexVariables(PyExpr target, int ndim) {
        List<Var> vars = new ArrayList<>();
        boolean named = target instanceof PyExpr.Tuple t && t.elements().size() == ndim
                && t.elements().stream().allMatch(e -> e instanceof PyExpr.Name)
                && t.elements().stream().map(e -> ((PyExpr.Name) e).id()).distinct().count() == ndim;
        for (int k = 0; k < ndim; k++) {
            Var v = null;
            if (named && ((PyExpr.Tuple) target).elements().get(k) instanceof PyExpr.Name n
                    && !(f.specializer.constants.has(n.id()) && !f.scope.has(n.id()))) {
                v = f.scope.assign(n.id(), Type.INT64, n.pos());
            }
            vars.add(v != null && v.type().equals(Type.INT64) ? v : f.freshVar(Type.INT64));
        }
        return vars;
    }

    /**
     * body with {@code idx[k]} read as the k-th loop index, and {@code x[()]} of a 0-d view x of viewed as the element
     * of viewed where the nest stands, when the body does not rebind the target: the loads then index by the loop
     * variables and vectorize.
     */
    private static List<Stmt> partsRead(List<Stmt> body, Var whole, List<Expr> locals, Expr viewed) {
        return Stmts.map(body, e -> io.jumba.ir.Exprs.rewrite(e, x -> switch (x) {
            case Expr.TupleGet g when g.tuple() instanceof Expr.Local l && l.var().equals(whole) -> locals.get(g.index());
            case Expr.Load ld when viewed != null && ld.array() instanceof Expr.Local l && l.var().equals(whole) ->
                    new Expr.Load(viewed, locals, ld.pos());
            default -> x;
        }));
    }

    /** How many times body assigns v (the target's own assignment at its top included). */
    private static long rebinds(List<Stmt> body, Var v) {
        return Stmts.walk(body).filter(s -> s instanceof Stmt.Assign a && a.target().equals(v)).count();
    }

    /** Whether body breaks out of its own loop (not only out of loops nested in it). */
    private static boolean breaksOut(List<Stmt> body) {
        return Stmts.walk(body, s -> !(s instanceof Stmt.ForRange || s instanceof Stmt.While)).anyMatch(s -> s instanceof Stmt.Break);
    }

    /** body with each break of its own loop preceded by {@code broke = True}. */
    private static List<Stmt> markBreaks(List<Stmt> body, Var broke) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Break b -> {
                    out.add(new Stmt.Assign(broke, new Expr.Const(true, Type.BOOL)));
                    out.add(b);
                }
                case Stmt.ForRange r -> out.add(r);
                case Stmt.While w -> out.add(w);
                default -> out.add(Stmts.mapBodies(s, b -> markBreaks(b, broke)));
            }
        }
        return out;
    }
}
