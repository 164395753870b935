package io.jumba.ir;

import io.jumba.frontend.KernelOptions;
import io.jumba.types.Type;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A readable, stable text form of the IR for {@code inspectTypes} and golden tests: one statement per line,
 * blocks indented by two spaces, every assigned variable with its type, non-default decorator options as a comment. Constants other than int64, float64 and
 * bool carry their dtype ({@code 1:int32}); {@code #k} is element k of an elementwise body's inputs.
 */
public final class IrPrinter {
    private final StringBuilder out = new StringBuilder();

    private IrPrinter() {}

    /** The entry function first, then the callees in program order, separated by blank lines. */
    public static String print(Program program) {
        IrPrinter p = new IrPrinter();
        p.function(program.entry());
        for (Function f : program.functions()) {
            if (f == program.entry()) continue;
            p.out.append('\n');
            p.function(f);
        }
        return p.out.toString();
    }

    /** One function. */
    public static String print(Function function) {
        IrPrinter p = new IrPrinter();
        p.function(function);
        return p.out.toString();
    }

    private void function(Function f) {
        String params = f.params().stream().map(v -> v.name() + ": " + v.type()).collect(Collectors.joining(", "));
        out.append("def ").append(f.name()).append('(').append(params).append(") -> ").append(f.returnType()).append(':')
                .append(options(f.options())).append('\n');
        block(f.body(), 1);
    }

    /** Non-default decorator options as a trailing comment, e.g. {@code "  # parallel=True"}. */
    private static String options(KernelOptions o) {
        List<String> set = new java.util.ArrayList<>();
        if (o.parallel()) set.add("parallel=True");
        if (o.fastmath()) set.add("fastmath=True");
        if (!o.errorModel().equals(KernelOptions.DEFAULT.errorModel())) set.add("error_model='" + o.errorModel() + "'");
        if (o.boundscheck()) set.add("boundscheck=True");
        return set.isEmpty() ? "" : "  # " + String.join(", ", set);
    }

    private void block(List<Stmt> body, int depth) {
        if (body.isEmpty()) line(depth, "pass");
        for (Stmt s : body) stmt(s, depth);
    }

    private void line(int depth, String text) { out.append("  ".repeat(depth)).append(text).append('\n'); }

    private void stmt(Stmt s, int depth) {
        switch (s) {
            case Stmt.Assign a -> line(depth, a.target().name() + ": " + a.target().type() + " = " + expr(a.value()));
            case Stmt.Store st -> line(depth, expr(st.array()) + indices(st.indices()) + " = " + expr(st.value()));
            case Stmt.ArrayStore st -> line(depth, expr(st.target()) + "[...] = " + expr(st.value()));
            case Stmt.If i -> {
                line(depth, "if " + expr(i.cond()) + ":");
                block(i.then(), depth + 1);
                if (!i.otherwise().isEmpty()) {
                    line(depth, "else:");
                    block(i.otherwise(), depth + 1);
                }
            }
            case Stmt.ForRange f -> {
                line(depth, "for " + f.index().name() + ": " + f.index().type() + " in " + (f.parallel() ? "prange" : "range")
                        + "(" + expr(f.start()) + ", " + expr(f.stop()) + ", " + expr(f.step()) + "):");
                block(f.body(), depth + 1);
            }
            case Stmt.While w -> {
                line(depth, "while " + expr(w.cond()) + ":");
                block(w.body(), depth + 1);
            }
            case Stmt.Break b -> line(depth, "break");
            case Stmt.Continue c -> line(depth, "continue");
            case Stmt.Return r -> line(depth, r.value() == null ? "return" : "return " + expr(r.value()));
            case Stmt.Eval e -> line(depth, expr(e.value()));
            case Stmt.Print p -> line(depth, "print(" + p.values().stream().map(IrPrinter::expr)
                    .collect(Collectors.joining(", ")) + ")");
            case Stmt.Try t -> {
                line(depth, "try:");
                block(t.body(), depth + 1);
                if (t.catches()) {
                    line(depth, "except Exception:");
                    block(t.handler(), depth + 1);
                }
                if (!t.finalBody().isEmpty()) {
                    line(depth, "finally:");
                    block(t.finalBody(), depth + 1);
                }
            }
            case Stmt.Raise r -> line(depth, "raise " + r.pythonName() + "(\"" + r.format() + "\""
                    + r.args().stream().map(a -> ", " + expr(a)).collect(Collectors.joining()) + ")");
        }
    }

    private static String indices(List<Expr> indices) {
        return indices.stream().map(IrPrinter::expr).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String list(List<Expr> exprs) {
        return exprs.stream().map(IrPrinter::expr).collect(Collectors.joining(", "));
    }

    /** The text of one expression; compound operands are parenthesized so precedence never matters. */
    public static String expr(Expr e) {
        return switch (e) {
            case Expr.Const c -> constant(c);
            case Expr.Local l -> l.var().name();
            case Expr.NoneValue n -> "None";
            case Expr.DTypeOf d -> "np.dtype('" + d.dtype().numpyName() + "')";
            case Expr.Wrap w -> w.type() + "(" + expr(w.value()) + ")";
            case Expr.Unwrap u -> "unwrap(" + expr(u.optional()) + ")";
            case Expr.IsNone i -> "(" + expr(i.optional()) + " is None)";
            case Expr.Binary b -> "(" + expr(b.left()) + " " + symbol(b.op()) + " " + expr(b.right()) + ")";
            case Expr.Unary u -> switch (u.op()) {
                case NEG -> "-" + expr(u.operand());
                case NOT -> "not " + expr(u.operand());
                case INVERT -> "~" + expr(u.operand());
            };
            case Expr.Compare c -> "(" + expr(c.left()) + " " + c.op().symbol() + " " + expr(c.right()) + ")";
            case Expr.Logical l -> "(" + expr(l.left()) + (l.isAnd() ? " and " : " or ") + expr(l.right()) + ")";
            case Expr.Select s -> "(" + expr(s.ifTrue()) + " if " + expr(s.cond()) + " else " + expr(s.ifFalse()) + ")";
            case Expr.Cast c -> c.type() + "(" + expr(c.operand()) + ")";
            case Expr.Load l -> expr(l.array()) + indices(l.indices());
            case Expr.Dim d -> expr(d.array()) + ".shape[" + d.axis() + "]";
            case Expr.Size s -> expr(s.array()) + ".size";
            case Expr.Intrinsic i -> i.fn().name().toLowerCase() + "(" + list(i.args()) + ")";
            case Expr.Call c -> c.function() + "(" + list(c.args()) + ")";
            case Expr.Threads t -> "numba." + t.function().pythonName() + "(" + list(t.args()) + ")";
            case Expr.Random r -> "random." + r.function().name().toLowerCase() + "(" + list(r.args()) + ")";
            case Expr.TupleNew t -> "(" + list(t.elements()) + (t.elements().size() == 1 ? ",)" : ")");
            case Expr.TupleGet t -> expr(t.tuple()) + "[" + t.index() + "]";
            case Expr.Alloc a -> "alloc_" + a.fill().name().toLowerCase() + "(" + a.type() + ", (" + list(a.shape())
                    + (a.shape().size() == 1 ? ",)" : ")") + (a.fillValue() == null ? "" : ", " + expr(a.fillValue())) + ")";
            case Expr.Arange a -> "arange(" + a.type() + ", " + expr(a.start()) + ", " + expr(a.stop()) + ", " + expr(a.step()) + ")";
            case Expr.Library l -> l.fn().pythonName() + "(" + list(l.args()) + ")";
            case Expr.Collection c -> c.fn().name().toLowerCase() + "(" + list(c.args()) + ")";
            case Expr.Linspace l -> "linspace(" + expr(l.start()) + ", " + expr(l.stop()) + ", " + expr(l.num()) + ")";
            case Expr.View v -> "view(" + expr(v.array()) + v.spec().stream().map(IrPrinter::spec)
                    .collect(Collectors.joining(", ", "[", "]")) + " -> " + v.type() + ")";
            case Expr.Transpose t -> expr(t.array()) + ".T";
            case Expr.ShapeView s -> s.op().name().toLowerCase() + "(" + expr(s.array()) + ", (" + list(s.args()) + "))";
            case Expr.Elementwise w -> "elementwise(" + w.type() + ", [" + list(w.inputs()) + "], " + expr(w.body()) + ")";
            case Expr.Element el -> "#" + el.input();
            case Expr.Reduce r -> r.op().name().toLowerCase() + "(" + expr(r.array())
                    + (r.axis() == null ? "" : ", axis=" + r.axis()) + " -> " + r.type() + ")";
            case Expr.Dot d -> "dot(" + expr(d.left()) + ", " + expr(d.right()) + " -> " + d.type() + ")";
        };
    }

    private static String spec(Expr.IndexSpec s) {
        return switch (s) {
            case Expr.IndexSpec.At at -> expr(at.index());
            case Expr.IndexSpec.Range r -> (r.lower() == null ? "" : expr(r.lower())) + ":"
                    + (r.upper() == null ? "" : expr(r.upper())) + (r.step() == null ? "" : ":" + expr(r.step()));
        };
    }

    private static String constant(Expr.Const c) {
        Type.Scalar t = c.type();
        String text = String.valueOf(c.value());
        if (c.value() instanceof Boolean b) return b ? "True" : "False";
        return switch (t.dtype()) {
            case INT64, FLOAT64 -> text;
            default -> text + ":" + t;
        };
    }

    private static String symbol(BinOp op) {
        return switch (op) {
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            case DIV -> "/";
            case FLOORDIV -> "//";
            case MOD -> "%";
            case POW -> "**";
            case BITAND -> "&";
            case BITOR -> "|";
            case BITXOR -> "^";
            case SHL -> "<<";
            case SHR -> ">>";
        };
    }

}
