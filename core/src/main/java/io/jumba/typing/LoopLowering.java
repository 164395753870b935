package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
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
import java.util.List;

/**
 * Lowers loops: {@code for} over {@code range}/{@code prange} (1 to 3 arguments) becomes a {@link ForRange};
 * {@code for x in array} becomes a range loop over the first axis that loads the element (or takes the row
 * view) into x; a {@code while} whose condition needs statements re-evaluates them at the top of every iteration.
 */
final class LoopLowering {
    private final FunctionTyping f;

    LoopLowering(FunctionTyping f) { this.f = f; }

    void forLoop(PyStmt.For loop) {
        if (!(loop.target() instanceof Name target)) {
            throw new UnsupportedError(loop.target().pos(), "a for loop target must be a single name");
        }
        if (loop.iter() instanceof io.jumba.frontend.ast.PyExpr.Call call) {
            String q = f.exprs.qualify(call.func());
            if ("range".equals(q) || "numba.prange".equals(q) || "prange".equals(q)) {
                rangeLoop(target, call, !"range".equals(q), loop);
                return;
            }
        }
        Expr iterable = f.exprs.lower(loop.iter());
        if (!(iterable.type() instanceof Type.Array array) || array.ndim() == 0) {
            throw new UnsupportedError(loop.iter().pos(),
                    "for loops iterate over range(), prange() or an array, not " + iterable.type());
        }
        Expr arr = f.temp(iterable);
        Var index = f.freshVar(Type.INT64);
        List<io.jumba.ir.Stmt> body = new ArrayList<>(f.collect(() -> {
            Expr item = new ArrayIndexing(f.exprs).first(arr, new Expr.Local(index), loop.pos());
            f.stmts.assignTo(target, item, loop.pos());
        }));
        body.addAll(loopBody(loop.body()));
        f.emit(new ForRange(index, TypedIr.i64(0), new Expr.Dim(arr, 0), TypedIr.i64(1), body, false, loop.pos()));
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
        if (f.specializer.constants.has(target.id()) && !f.scope.has(target.id())) {
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

    private List<io.jumba.ir.Stmt> loopBody(List<PyStmt> body) {
        f.loopDepth++;
        try {
            return f.block(body);
        } finally {
            f.loopDepth--;
        }
    }
}
