package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr.Name;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt.Break;
import io.jumba.ir.Stmt.ForRange;
import io.jumba.ir.Stmt.If;
import io.jumba.ir.Stmt.While;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lowers loops: {@code for} over {@code range}/{@code prange} (1 to 3 arguments) becomes a {@link ForRange};
 * {@code np.ndindex}/{@code np.ndenumerate} become a nest of range loops ({@link NdLoops}); a loop over anything
 * else that {@link Iterables} knows (arrays, tuples, enumerate, zip) becomes a range loop
 * over an index that assigns the k-th item to the target (a name or a tuple of targets); a {@code while} whose
 * condition needs statements re-evaluates them at the top of every iteration.
 */
final class LoopLowering {
    private final FunctionTyping f;

    LoopLowering(FunctionTyping f) { this.f = f; }

    void forLoop(PyStmt.For loop) {
        if (loop.iter() instanceof io.jumba.frontend.ast.PyExpr.Call call && loop.target() instanceof Name target) {
            String q = f.exprs.qualify(call.func());
            if ("range".equals(q) || "numba.prange".equals(q) || "prange".equals(q)) {
                rangeLoop(target, call, !"range".equals(q), loop);
                return;
            }
        }
        if (FlatIndexing.flatOf(loop.iter(), f.exprs) instanceof Expr array) {
            new NdLoops(f, this).flat(loop, array);
            return;
        }
        if (loop.iter() instanceof io.jumba.frontend.ast.PyExpr.Call call && NdLoops.handles(f.exprs.qualify(call.func()))) {
            new NdLoops(f, this).lower(loop, call, f.exprs.qualify(call.func()));
            return;
        }
        Set<String> targets = new HashSet<>();
        names(loop.target(), targets);
        Iterables.Sequence sequence = new Iterables(f, targets).of(loop.iter());
        Var index = countingVariable(loop);
        List<io.jumba.ir.Stmt> body = new ArrayList<>(f.collect(() ->
                assignItem(loop.target(), sequence.item().apply(new Expr.Local(index)), loop)));
        body.addAll(loopBody(loop.body()));
        f.emit(new ForRange(index, TypedIr.i64(0), sequence.length(), TypedIr.i64(1), body, false, loop.pos()));
    }

    /**
     * The loop's index: the variable i of {@code for i, x in enumerate(a)} itself when it holds only int64 (so that
     * {@code out[i]} is affine in the loop index and vectorizes, as in a range loop), else a fresh variable.
     */
    private Var countingVariable(PyStmt.For loop) {
        if (loop.iter() instanceof io.jumba.frontend.ast.PyExpr.Call call && call.args().size() == 1
                && "enumerate".equals(f.exprs.qualify(call.func())) && !f.scope.has("enumerate")
                && loop.target() instanceof io.jumba.frontend.ast.PyExpr.Tuple t && t.elements().size() == 2
                && t.elements().getFirst() instanceof Name i && !t.elements().get(1).equals(i)
                && !(f.specializer.constants.has(i.id()) && !f.scope.has(i.id()))) {
            Var v = f.scope.assign(i.id(), Type.INT64, i.pos());
            if (v.type().equals(Type.INT64)) return v;
        }
        return f.freshVar(Type.INT64);
    }

    /** {@code for i, x in enumerate(a)}: each target gets its part directly, with no tuple built. */
    void assignItem(io.jumba.frontend.ast.PyExpr target, Expr item, PyStmt.For loop) {
        if (target instanceof Name n && item instanceof Expr.Local l && l.var().name().equals(n.id())) return; // the index itself
        if (target instanceof io.jumba.frontend.ast.PyExpr.Tuple t && item instanceof Expr.TupleNew tn
                && t.elements().size() == tn.elements().size()) {
            for (int i = 0; i < t.elements().size(); i++) assignItem(t.elements().get(i), tn.elements().get(i), loop);
            return;
        }
        f.stmts.assignTo(target, item, loop.pos());
    }

    private static void names(io.jumba.frontend.ast.PyExpr target, Set<String> out) {
        switch (target) {
            case Name n -> out.add(n.id());
            case io.jumba.frontend.ast.PyExpr.Tuple t -> t.elements().forEach(e -> names(e, out));
            default -> { }
        }
    }

    private void rangeLoop(Name target, io.jumba.frontend.ast.PyExpr.Call call, boolean parallel, PyStmt.For loop) {
        if (!call.keywords().isEmpty()) throw new TypingError(call.pos(), "range() takes no keyword arguments");
        int n = call.args().size();
        if (n < 1 || n > 3) throw new TypingError(call.pos(), "range() expects 1 to 3 integer arguments, got " + n);
        List<Expr> args = new ArrayList<>();
        for (io.jumba.frontend.ast.PyExpr a : call.args()) {
            Expr e = f.exprs.lower(a);
            if (!(e.type() instanceof Type.Scalar s) || s.dtype().isFloat()) {
                throw new TypingError(a.pos(), "range() expects integer arguments, got " + e.type());
            }
            args.add(TypedIr.cast(e, io.jumba.array.DType.INT64));
        }
        Expr start = n == 1 ? TypedIr.i64(0) : args.get(0);
        Expr stop = n == 1 ? args.get(0) : args.get(1);
        Expr step = n == 3 ? args.get(2) : TypedIr.i64(1);
        if (f.specializer.constants.has(target.id()) && !f.scope.has(target.id()) && !f.isPrelude()) {
            throw new TypingError(target.pos(), "cannot assign to module global '" + target.id() + "'");
        }
        Var index = f.scope.assign(target.id(), Type.INT64, target.pos());
        if (!index.type().equals(Type.INT64)) {
            // The name also holds other values: loop on a fresh int64 index and copy it into the variable.
            Var raw = f.freshVar(Type.INT64);
            List<io.jumba.ir.Stmt> body = new ArrayList<>();
            body.add(new io.jumba.ir.Stmt.Assign(index, f.convert(new Expr.Local(raw), index.type(), loop.pos())));
            body.addAll(loopBody(loop.body()));
            f.emit(new ForRange(raw, start, stop, step, body, parallel, loop.pos()));
            return;
        }
        f.emit(new ForRange(index, start, stop, step, loopBody(loop.body()), parallel, loop.pos()));
    }

    void whileLoop(PyStmt.While loop) {
        Expr[] cond = new Expr[1];
        List<io.jumba.ir.Stmt> pre = f.collect(() -> cond[0] = TypedIr.truth(f.exprs.lower(loop.test()), loop.test().pos()));
        List<io.jumba.ir.Stmt> body = loopBody(loop.body());
        if (pre.isEmpty()) {
            f.emit(new While(cond[0], body, loop.pos()));
            return;
        }
        List<io.jumba.ir.Stmt> full = new ArrayList<>(pre);
        full.add(new If(TypedIr.not(cond[0]), List.of(new Break()), List.of()));
        full.addAll(body);
        f.emit(new While(new Expr.Const(true, Type.BOOL), full, loop.pos()));
    }

    List<io.jumba.ir.Stmt> loopBody(List<PyStmt> body) {
        f.loopDepth++;
        try {
            return f.block(body);
        } finally {
            f.loopDepth--;
        }
    }
}
