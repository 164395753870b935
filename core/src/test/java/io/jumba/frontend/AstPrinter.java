package io.jumba.frontend;

import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;

import java.util.List;
import java.util.stream.Collectors;

/** Renders parsed trees as fully parenthesized text, so tests can state expected structure in one line. */
final class AstPrinter {
    private AstPrinter() {}

    static String expr(PyExpr e) {
        return switch (e) {
            case null -> "_";
            case PyExpr.Name n -> n.id();
            case PyExpr.IntLit i -> Long.toString(i.value());
            case PyExpr.FloatLit f -> Double.toString(f.value());
            case PyExpr.ImagLit f -> Double.toString(f.value()) + "j";
            case PyExpr.BoolLit b -> b.value() ? "True" : "False";
            case PyExpr.NoneLit _ -> "None";
            case PyExpr.EllipsisLit _ -> "...";
            case PyExpr.StrLit s -> "'" + s.value() + "'";
            case PyExpr.BinOp b -> "(" + expr(b.left()) + " " + b.op().symbol + " " + expr(b.right()) + ")";
            case PyExpr.UnaryOp u -> "(" + switch (u.op()) {
                case NEG -> "-";
                case POS -> "+";
                case NOT -> "not ";
                case INVERT -> "~";
            } + expr(u.operand()) + ")";
            case PyExpr.Compare c -> {
                StringBuilder sb = new StringBuilder("(").append(expr(c.left()));
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(' ').append(c.ops().get(i).symbol).append(' ').append(expr(c.comparators().get(i)));
                }
                yield sb.append(')').toString();
            }
            case PyExpr.ListLit l -> l.elements().stream().map(AstPrinter::expr).collect(Collectors.joining(", ", "[", "]"));
            case PyExpr.ListComp c -> "[" + expr(c.element()) + " for " + expr(c.target()) + " in " + expr(c.iter())
                    + c.conditions().stream().map(x -> " if " + expr(x)).collect(Collectors.joining()) + "]";
            case PyExpr.BoolOp b -> b.values().stream().map(AstPrinter::expr)
                    .collect(Collectors.joining(b.isAnd() ? " and " : " or ", "(", ")"));
            case PyExpr.IfExp i -> "(" + expr(i.body()) + " if " + expr(i.test()) + " else " + expr(i.orElse()) + ")";
            case PyExpr.Call c -> expr(c.func()) + "(" + String.join(", ", c.args().stream().map(AstPrinter::expr).toList()) + c.keywords().stream().map(k -> k.name() + "=" + expr(k.value()))
                    .collect(Collectors.joining(", ", c.args().isEmpty() || c.keywords().isEmpty() ? "" : ", ", "")) + ")";
            case PyExpr.Attribute a -> expr(a.value()) + "." + a.attr();
            case PyExpr.Subscript s -> expr(s.value()) + "[" + expr(s.index()) + "]";
            case PyExpr.Slice s -> expr(s.lower()) + ":" + expr(s.upper()) + ":" + expr(s.step());
            case PyExpr.Tuple t -> t.elements().stream().map(AstPrinter::expr).collect(Collectors.joining(", ", "<", ">"));
        };
    }

    static String stmts(List<PyStmt> body) {
        return body.stream().map(AstPrinter::stmt).collect(Collectors.joining("; ", "{", "}"));
    }

    static String stmt(PyStmt s) {
        return switch (s) {
            case PyStmt.Assign a -> a.targets().stream().map(t -> expr(t) + " = ").collect(Collectors.joining()) + expr(a.value());
            case PyStmt.AugAssign a -> expr(a.target()) + " " + a.op().symbol + "= " + expr(a.value());
            case PyStmt.If i -> "if " + expr(i.test()) + " " + stmts(i.body()) + (i.orElse().isEmpty() ? "" : " else " + stmts(i.orElse()));
            case PyStmt.For f -> "for " + expr(f.target()) + " in " + expr(f.iter()) + " " + stmts(f.body());
            case PyStmt.While w -> "while " + expr(w.test()) + " " + stmts(w.body());
            case PyStmt.Break _ -> "break";
            case PyStmt.Continue _ -> "continue";
            case PyStmt.Return r -> r.value() == null ? "return" : "return " + expr(r.value());
            case PyStmt.Pass _ -> "pass";
            case PyStmt.ExprStmt e -> expr(e.value());
            case PyStmt.Raise r -> "raise " + expr(r.exception());
            case PyStmt.Assert a -> "assert " + expr(a.test()) + (a.message() == null ? "" : ", " + expr(a.message()));
            case PyStmt.Try t -> "try " + stmts(t.body()) + (t.handler() == null ? "" : " except " + stmts(t.handler()))
                    + (t.orElse().isEmpty() ? "" : " else " + stmts(t.orElse()))
                    + (t.finalBody().isEmpty() ? "" : " finally " + stmts(t.finalBody()));
        };
    }
}
