package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which specializations a function reaches through calls. Inference passes that were later widened may have
 * specialized callees for types the final IR no longer uses; only reachable ones go into the program.
 */
final class CallGraph {
    private CallGraph() {}

    /**
     * The functions reachable from entry (entry excluded), in first-call order. Checks that every call's type is
     * its callee's final return type: mutually recursive functions can otherwise be typed with a provisional one.
     */
    static List<Function> reachable(Function entry, Map<String, Function> all) {
        Set<String> seen = new LinkedHashSet<>();
        List<Function> work = new ArrayList<>(List.of(entry));
        seen.add(entry.name());
        List<Function> result = new ArrayList<>();
        while (!work.isEmpty()) {
            Function f = work.removeFirst();
            List<Expr.Call> calls = new ArrayList<>();
            stmts(f.body(), calls);
            for (Expr.Call call : calls) {
                Function callee = all.get(call.function());
                if (!call.type().equals(callee.returnType())) {
                    throw new TypingError(call.pos(), "cannot infer the return type of '" + callee.pythonName()
                            + "' (typed " + call.type() + " here, " + callee.returnType() + " in the end): mutually "
                            + "recursive functions need return types fixed by non-recursive return paths");
                }
                if (seen.add(call.function())) {
                    result.add(callee);
                    work.add(callee);
                }
            }
        }
        return result;
    }

    private static void stmts(List<Stmt> body, List<Expr.Call> out) { for (Stmt s : body) stmt(s, out); }

    private static void stmt(Stmt s, List<Expr.Call> out) {
        switch (s) {
            case Stmt.Assign a -> expr(a.value(), out);
            case Stmt.Store st -> {
                expr(st.array(), out);
                exprs(st.indices(), out);
                expr(st.value(), out);
            }
            case Stmt.ArrayStore st -> {
                expr(st.target(), out);
                expr(st.value(), out);
            }
            case Stmt.If i -> {
                expr(i.cond(), out);
                stmts(i.then(), out);
                stmts(i.otherwise(), out);
            }
            case Stmt.ForRange f -> {
                expr(f.start(), out);
                expr(f.stop(), out);
                expr(f.step(), out);
                stmts(f.body(), out);
            }
            case Stmt.While w -> {
                expr(w.cond(), out);
                stmts(w.body(), out);
            }
            case Stmt.Return r -> { if (r.value() != null) expr(r.value(), out); }
            case Stmt.Eval e -> expr(e.value(), out);
            case Stmt.Raise r -> exprs(r.args(), out);
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private static void exprs(List<Expr> es, List<Expr.Call> out) { for (Expr e : es) expr(e, out); }

    private static void expr(Expr e, List<Expr.Call> out) {
        if (e == null) return;
        switch (e) {
            case Expr.Call c -> {
                exprs(c.args(), out);
                out.add(c);
            }
            case Expr.Const c -> { }
            case Expr.Local l -> { }
            case Expr.Element el -> { }
            case Expr.Binary b -> exprs(List.of(b.left(), b.right()), out);
            case Expr.Unary u -> expr(u.operand(), out);
            case Expr.Compare c -> exprs(List.of(c.left(), c.right()), out);
            case Expr.Logical l -> exprs(List.of(l.left(), l.right()), out);
            case Expr.Select s -> exprs(List.of(s.cond(), s.ifTrue(), s.ifFalse()), out);
            case Expr.Cast c -> expr(c.operand(), out);
            case Expr.Load l -> {
                expr(l.array(), out);
                exprs(l.indices(), out);
            }
            case Expr.Dim d -> expr(d.array(), out);
            case Expr.Size s -> expr(s.array(), out);
            case Expr.Intrinsic i -> exprs(i.args(), out);
            case Expr.TupleNew t -> exprs(t.elements(), out);
            case Expr.TupleGet t -> expr(t.tuple(), out);
            case Expr.Alloc a -> {
                exprs(a.shape(), out);
                expr(a.fillValue(), out);
            }
            case Expr.Arange a -> exprs(List.of(a.start(), a.stop(), a.step()), out);
            case Expr.Linspace l -> exprs(List.of(l.start(), l.stop(), l.num()), out);
            case Expr.View v -> {
                expr(v.array(), out);
                for (Expr.IndexSpec spec : v.spec()) {
                    switch (spec) {
                        case Expr.IndexSpec.At at -> expr(at.index(), out);
                        case Expr.IndexSpec.Range r -> {
                            expr(r.lower(), out);
                            expr(r.upper(), out);
                            expr(r.step(), out);
                        }
                    }
                }
            }
            case Expr.Transpose t -> expr(t.array(), out);
            case Expr.Elementwise w -> {
                exprs(w.inputs(), out);
                expr(w.body(), out);
            }
            case Expr.Reduce r -> expr(r.array(), out);
            case Expr.Dot d -> exprs(List.of(d.left(), d.right()), out);
        }
    }
}
