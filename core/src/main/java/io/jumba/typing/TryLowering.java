package io.jumba.typing;

import io.jumba.frontend.ast.PyStmt;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@code try} as Numba 0.56 runs it: the handler catches any exception raised in the body (by the kernel or a
 * function it calls); {@code else} runs when the body completed without one, outside the handler's reach;
 * {@code finally} runs on every way out.
 */
final class TryLowering {
    private final FunctionTyping f;

    TryLowering(FunctionTyping f) { this.f = f; }

    void lower(PyStmt.Try t) {
        boolean catches = t.handler() != null;
        if (t.orElse().isEmpty()) {
            List<Stmt> body = tryBody(t);
            List<Stmt> handler = catches ? f.block(t.handler()) : List.of();
            f.emit(new Stmt.Try(body, catches, handler, f.block(t.finalBody()), t.pos()));
            return;
        }
        // try: B except: H else: E  →  ok = False; try: B; ok = True except: H; if ok: E  (then finally around it)
        Var ok = f.freshVar(Type.BOOL);
        f.emit(new Stmt.Assign(ok, new Expr.Const(false, Type.BOOL)));
        List<Stmt> tried = new ArrayList<>(tryBody(t));
        if (!ControlFlow.leavesBlock(tried)) tried.add(new Stmt.Assign(ok, new Expr.Const(true, Type.BOOL)));
        List<Stmt> guarded = List.of(new Stmt.Try(tried, true, f.block(t.handler()), List.of(), t.pos()),
                new Stmt.If(new Expr.Local(ok), f.block(t.orElse()), List.of()));
        List<Stmt> finalBody = f.block(t.finalBody());
        if (finalBody.isEmpty()) {
            guarded.forEach(f::emit);
        } else {
            f.emit(new Stmt.Try(guarded, false, List.of(), finalBody, t.pos()));
        }
    }

    private List<Stmt> tryBody(PyStmt.Try t) {
        f.tryDepth++;
        try {
            return f.block(t.body());
        } finally {
            f.tryDepth--;
        }
    }
}
