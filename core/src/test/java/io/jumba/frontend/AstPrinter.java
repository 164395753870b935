package io.jumba.frontend;

import io.jumba.frontend.ast.Expr;
import io.jumba.frontend.ast.Stmt;

import java.util.List;
import java.util.stream.Collectors;

/** Renders parsed trees as fully parenthesized text, so tests can state expected structure in one line. */
final class AstPrinter {
    private AstPrinter() {}

    static String expr(Expr e) {
        return switch (e) {
            case null -> "_";
            case Expr.Name n -> n.id();
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.FloatLit f -> Double.toString(f.value());
            case Expr.BoolLit b -> b.value() ? "True" : "False";
            case Expr.NoneLit _ -> "None";
            case Expr.StrLit s -> "'" + s.value() + "'";
            case Expr.BinOp b -> "(" + expr(b.left()) + " " + b.op().symbol + " " + expr(b.right()) + ")";
            case Expr.UnaryOp u -> "(" + switch (u.op()) {
                case NEG -> "-";
                case POS -> "+";
                case NOT -> "not ";
                case INVERT -> "~";
            } + expr(u.operand()) + ")";
            case Expr.Compare c -> {
                StringBuilder sb = new StringBuilder("(").append(expr(c.left()));
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(' ').append(c.ops().get(i).symbol).append(' ').append(expr(c.comparators().get(i)));
                }
                yield sb.append(')').toString();
            }
            case Expr.BoolOp b -> b.values().stream().map(AstPrinter::expr)
                    .collect(Collectors.joining(b.isAnd() ? " and " : " or ", "(", ")"));
            case Expr.IfExp i -> "(" + expr(i.body()) + " if " + expr(i.test()) + " else " + expr(i.orElse()) + ")";
            case Expr.Call c -> expr(c.func()) + "(" + String.join(", ", c.args().stream().map(AstPrinter::expr).toList()) + c.keywords().stream().map(k -> k.name() + "=" + expr(k.value()))
                    .collect(Collectors.joining(", ", c.args().isEmpty() || c.keywords().isEmpty() ? "" : ", ", "")) + ")";
            case Expr.Attribute a -> expr(a.value()) + "." + a.attr();
            case Expr.Subscript s -> expr(s.value()) + "[" + expr(s.index()) + "]";
            case Expr.Slice s -> expr(s.lower()) + ":" + expr(s.upper()) + ":" + expr(s.step());
            case Expr.Tuple t -> t.elements().stream().map(AstPrinter::expr).collect(Collectors.joining(", ", "<", ">"));
        };
    }

    static String stmts(List<Stmt> body) {
        return body.stream().map(AstPrinter::stmt).collect(Collectors.joining("; ", "{", "}"));
    }

    static String stmt(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> a.targets().stream().map(t -> expr(t) + " = ").collect(Collectors.joining()) + expr(a.value());
            case Stmt.AugAssign a -> expr(a.target()) + " " + a.op().symbol + "= " + expr(a.value());
            case Stmt.If i -> "if " + expr(i.test()) + " " + stmts(i.body()) + (i.orElse().isEmpty() ? "" : " else " + stmts(i.orElse()));
            case Stmt.For f -> "for " + expr(f.target()) + " in " + expr(f.iter()) + " " + stmts(f.body());
            case Stmt.While w -> "while " + expr(w.test()) + " " + stmts(w.body());
            case Stmt.Break _ -> "break";
            case Stmt.Continue _ -> "continue";
            case Stmt.Return r -> r.value() == null ? "return" : "return " + expr(r.value());
            case Stmt.Pass _ -> "pass";
            case Stmt.ExprStmt e -> expr(e.value());
        };
    }
}
