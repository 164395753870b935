package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.codegen.LoopEmitter;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.codehaus.janino.SimpleCompiler;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A small scalar Java generator for the IR subset the tests use, standing in for core's code generator: it offers
 * every ForRange to a {@link LoopEmitter} and compiles the class with Janino.
 */
final class TestKernelHost implements LoopEmitter.Host {
    private final Function function;
    private final LoopEmitter emitter;
    private final boolean failOnFallback;
    private final List<String> members = new ArrayList<>();
    private int counter;
    String lastSource;

    private TestKernelHost(Function function, LoopEmitter emitter, boolean failOnFallback) {
        this.function = function;
        this.emitter = emitter;
        this.failOnFallback = failOnFallback;
    }

    /** Compiles f into a static method {@code run} of a fresh class. */
    static TestKernelHost.Compiled compile(Function f, LoopEmitter emitter) { return compile(f, emitter, false); }

    /**
     * Compiles f; with failOnFallback the scalar tail after a vector loop throws when it has more than 16
     * iterations left, i.e. when the emitted runtime checks sent the whole loop down the scalar path.
     */
    static TestKernelHost.Compiled compile(Function f, LoopEmitter emitter, boolean failOnFallback) {
        TestKernelHost h = new TestKernelHost(f, emitter, failOnFallback);
        String src = h.source();
        try {
            SimpleCompiler c = new SimpleCompiler();
            c.setParentClassLoader(TestKernelHost.class.getClassLoader());
            c.cook(src);
            Class<?> k = c.getClassLoader().loadClass("Kernel");
            for (Method m : k.getMethods()) if (m.getName().equals("run")) return new Compiled(m, src);
            throw new AssertionError("no run method");
        } catch (Exception e) {
            throw new AssertionError("generated source does not compile: " + e + "\n" + src, e);
        }
    }

    /** A compiled kernel with its source (for failure messages). */
    record Compiled(Method method, String source) {
        Object call(Object... args) {
            try {
                return method.invoke(null, args);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e.getCause() + "\n" + source, e);
            }
        }
    }

    private String source() {
        StringBuilder body = new StringBuilder();
        Set<Var> locals = new LinkedHashSet<>();
        collectLocals(function.body(), locals);
        locals.removeAll(function.params());
        for (Var v : locals) body.append(type(v.type())).append(' ').append(local(v)).append(" = ").append(zero(v.type())).append(";\n");
        for (Stmt s : function.body()) body.append(stmt(s));
        StringBuilder params = new StringBuilder();
        for (Var p : function.params()) {
            if (!params.isEmpty()) params.append(", ");
            params.append(type(p.type())).append(' ').append(local(p));
        }
        StringBuilder src = new StringBuilder("public class Kernel {\n");
        for (String m : members) src.append(m).append('\n');
        src.append("public static ").append(type(function.returnType())).append(" run(").append(params).append(") {\n")
                .append(body).append("}\n}\n");
        lastSource = src.toString();
        return lastSource;
    }

    private static void collectLocals(List<Stmt> body, Set<Var> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> out.add(a.target());
                case Stmt.ForRange f -> {
                    out.add(f.index());
                    collectLocals(f.body(), out);
                }
                case Stmt.If i -> {
                    collectLocals(i.then(), out);
                    collectLocals(i.otherwise(), out);
                }
                default -> { }
            }
        }
    }

    private static String type(Type t) {
        return switch (t) {
            case Type.Scalar s -> s.dtype().javaType();
            case Type.Array a -> "io.jumba.array.NDArray";
            case Type.None n -> "void";
            case Type.Tuple tt -> "Object[]";
        };
    }

    private static String zero(Type t) {
        return t instanceof Type.Scalar s ? (s.dtype() == DType.BOOL ? "false" : "(" + s.dtype().javaType() + ") 0") : "null";
    }

    private String stmt(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> local(a.target()) + " = " + expr(a.value()) + ";\n";
            case Stmt.Store st -> {
                DType d = Expr.dtypeOf(st.array());
                String arr = expr(st.array());
                String write = d.isFloat() ? "writeDouble" : "writeLong";
                yield arr + "." + write + "(" + position(arr, st.indices()) + ", " + expr(st.value()) + ");\n";
            }
            case Stmt.If i -> "if (" + expr(i.cond()) + ") {\n" + block(i.then()) + "} else {\n" + block(i.otherwise()) + "}\n";
            case Stmt.ForRange f -> {
                String emitted = emitter.emit(f, function.options(), this);
                yield emitted != null ? emitted : scalarLoop(f);
            }
            case Stmt.Raise r -> "if (true) throw io.jumba.runtime.Faults.raise(\"" + r.pythonName() + "\", \""
                    + r.format().replace("\\", "\\\\").replace("\"", "\\\"") + "\", new long[] {"
                    + String.join(", ", r.args().stream().map(this::expr).toList()) + "}, io.jumba.frontend.SourcePos.NONE);\n";
            case Stmt.Return r -> r.value() == null ? "return;\n" : "return " + expr(r.value()) + ";\n";
            default -> throw new IllegalArgumentException("test host: " + s);
        };
    }

    private String block(List<Stmt> body) {
        StringBuilder sb = new StringBuilder();
        for (Stmt s : body) sb.append(stmt(s));
        return sb.toString();
    }

    private String position(String arr, List<Expr> indices) {
        StringBuilder p = new StringBuilder(arr + ".offset()");
        for (int k = 0; k < indices.size(); k++) {
            p.append(" + io.jumba.runtime.Indexing.index(").append(expr(indices.get(k))).append(", ").append(arr)
                    .append(".shape(").append(k).append("), ").append(k).append(", io.jumba.frontend.SourcePos.NONE) * ")
                    .append(arr).append(".stride(").append(k).append(")");
        }
        return p.toString();
    }

    @Override public String expr(Expr e) {
        return switch (e) {
            case Expr.Const c -> switch (c.type().dtype()) {
                case BOOL -> c.value().toString();
                case FLOAT64 -> Double.isInfinite((Double) c.value())
                        ? ((Double) c.value() > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY")
                        : "(" + c.value() + ")";
                case FLOAT32 -> "(" + (float) (double) (Double) c.value() + "F)";
                case INT64 -> "(" + c.value() + "L)";
                default -> "((" + c.type().dtype().javaType() + ") " + c.value() + ")";
            };
            case Expr.Local l -> local(l.var());
            case Expr.Binary b -> {
                String t = b.type().dtype().javaType();
                String op = switch (b.op()) {
                    case ADD -> "+"; case SUB -> "-"; case MUL -> "*"; case DIV -> "/";
                    case BITAND -> "&"; case BITOR -> "|"; case BITXOR -> "^";
                    default -> throw new IllegalArgumentException("test host: " + b.op());
                };
                yield "((" + t + ") (" + expr(b.left()) + " " + op + " " + expr(b.right()) + "))";
            }
            case Expr.Unary u -> switch (u.op()) {
                case NEG -> "((" + u.type().dtype().javaType() + ") -" + expr(u.operand()) + ")";
                case NOT -> "(!" + expr(u.operand()) + ")";
                case INVERT -> u.type().dtype() == DType.BOOL ? "(!" + expr(u.operand()) + ")"
                        : "((" + u.type().dtype().javaType() + ") ~" + expr(u.operand()) + ")";
            };
            case Expr.Compare c -> "(" + expr(c.left()) + " " + switch (c.op()) {
                case LT -> "<"; case LE -> "<="; case GT -> ">"; case GE -> ">="; case EQ -> "=="; case NE -> "!=";
            } + " " + expr(c.right()) + ")";
            case Expr.Logical l -> "(" + expr(l.left()) + (l.isAnd() ? " && " : " || ") + expr(l.right()) + ")";
            case Expr.Select s -> "(" + expr(s.cond()) + " ? " + expr(s.ifTrue()) + " : " + expr(s.ifFalse()) + ")";
            case Expr.Cast c -> {
                DType to = c.type().dtype();
                DType from = ((Type.Scalar) c.operand().type()).dtype();
                if (to == DType.BOOL) yield "(" + expr(c.operand()) + " != 0)";
                if (from == DType.BOOL) yield "((" + to.javaType() + ") (" + expr(c.operand()) + " ? 1 : 0))";
                yield "((" + to.javaType() + ") " + expr(c.operand()) + ")";
            }
            case Expr.Load l -> {
                DType d = Expr.dtypeOf(l.array());
                String arr = expr(l.array());
                yield "((" + d.javaType() + ") " + arr + (d.isFloat() ? ".readDouble(" : ".readLong(")
                        + position(arr, l.indices()) + "))";
            }
            case Expr.Alloc a when a.fill() != Expr.Fill.FULL -> "io.jumba.array.NDArray."
                    + (a.fill() == Expr.Fill.ONES ? "ones" : "zeros") + "(io.jumba.array.DType." + a.type().dtype().name()
                    + ", new int[] {" + String.join(", ", a.shape().stream().map(x -> "(int) " + expr(x)).toList()) + "})";
            case Expr.Dim d -> "((long) " + expr(d.array()) + ".shape(" + d.axis() + "))";
            case Expr.Intrinsic in -> {
                String t = in.type().dtype().javaType();
                List<String> args = in.args().stream().map(this::expr).toList();
                yield "((" + t + ") Math." + in.fn().name().toLowerCase() + "(" + String.join(", ", args) + "))";
            }
            default -> throw new IllegalArgumentException("test host: " + e);
        };
    }

    @Override public String local(Var v) { return "v_" + v.name().replace("$", "_S_"); }

    @Override public String scalarLoop(Stmt.ForRange f) {
        String s = fresh("s"), e = fresh("e"), q = fresh("q");
        // After a vector part at most one vector's worth of iterations (<= 16 lanes) is left to the scalar tail;
        // more means the vector path was not taken: a silent runtime fallback fails the test.
        boolean tail = f.start() instanceof Expr.Local st && st.var().name().startsWith("$simd_next");
        String guard = tail && failOnFallback ? "if (" + e + " - " + s + " > 16L) throw new IllegalStateException(\"vector path not taken\");\n" : "";
        return "{ long " + s + " = " + expr(f.start()) + "; long " + e + " = " + expr(f.stop()) + ";\n" + guard
                + "for (long " + q + " = " + s + "; " + q + " < " + e + "; " + q + "++) {\n" + local(f.index()) + " = "
                + q + ";\n" + block(f.body()) + "}\n}\n";
    }

    @Override public String fresh(String hint) { return hint + "$" + counter++; }

    @Override public void member(String javaSource) { members.add(javaSource); }
}
