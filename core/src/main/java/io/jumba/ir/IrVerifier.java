package io.jumba.ir;

import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a {@link Program} is well formed, so a pass that breaks the IR fails at that pass instead of as wrong
 * code later. Per function: every variable read is a parameter, an assignment target or a loop index, with one type
 * per name; every call names a function of the program with matching argument and return types; operand types
 * agree with their node (binary, unary, comparison, logical and conditional nodes, loads, stores, assignments,
 * conditions, loop bounds, returns); {@link Expr.Element} appears only inside an elementwise body. A loop-level
 * program (after array lowering) also holds no array-level node and no {@link Stmt.ArrayStore}.
 */
public final class IrVerifier {
    private final Program program;
    private final boolean loopLevel;
    private final List<String> problems = new ArrayList<>();
    private Function function;
    private Set<Var> declared;

    private IrVerifier(Program program, boolean loopLevel) {
        this.program = program;
        this.loopLevel = loopLevel;
    }

    /** Throws an {@link IllegalStateException} naming stage (e.g. "after pass inlining") and the problems found. */
    public static void verify(Program program, boolean loopLevel, String stage) {
        List<String> problems = problems(program, loopLevel);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("malformed IR " + stage + ": " + String.join("; ", problems));
        }
    }

    /** What is wrong with program, one line each; empty when it is well formed. */
    public static List<String> problems(Program program, boolean loopLevel) {
        IrVerifier v = new IrVerifier(program, loopLevel);
        v.function(program.entry());
        for (Function f : program.functions()) v.function(f);
        return List.copyOf(v.problems);
    }

    private void function(Function f) {
        function = f;
        declared = new HashSet<>(f.params());
        declared.addAll(Stmts.assigned(f.body()));
        Map<String, Type> types = new HashMap<>();
        for (Var v : declared) {
            Type before = types.putIfAbsent(v.name(), v.type());
            if (before != null && !before.equals(v.type())) problem("variable " + v.name() + " is both " + before + " and " + v.type());
        }
        Stmts.walk(f.body()).forEach(this::stmt);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> same(a.target().type(), a.value().type(), "assignment to " + a.target().name());
            case Stmt.Store st -> {
                load(st.array(), st.indices(), "store");
                if (st.array().type() instanceof Type.Array t) same(Type.scalar(t.dtype()), st.value().type(), "stored value");
            }
            case Stmt.ArrayStore st -> { if (loopLevel) problem("array store after array lowering"); }
            case Stmt.If i -> same(Type.BOOL, i.cond().type(), "if condition");
            case Stmt.While w -> same(Type.BOOL, w.cond().type(), "while condition");
            case Stmt.ForRange f -> {
                for (Expr bound : List.of(f.start(), f.stop(), f.step())) same(Type.INT64, bound.type(), "loop bound");
                same(Type.INT64, f.index().type(), "loop index " + f.index().name());
            }
            case Stmt.Return r -> same(function.returnType(), r.value() == null ? Type.NONE : r.value().type(), "return value");
            default -> { }
        }
        for (Expr e : Stmts.exprs(s)) expr(e, 0);
    }

    /** Checks e and its sub-expressions; inputs is the number of inputs of the innermost enclosing elementwise body. */
    private void expr(Expr e, int inputs) {
        switch (e) {
            case Expr.Local l -> { if (!declared.contains(l.var())) problem("variable " + l.var().name() + ": " + l.type() + " read but never assigned"); }
            case Expr.Binary b -> {
                same(b.type(), b.left().type(), b.op() + " left operand");
                same(b.type(), b.right().type(), b.op() + " right operand");
            }
            case Expr.Unary u -> same(u.type(), u.operand().type(), u.op() + " operand");
            case Expr.Compare c -> same(c.left().type(), c.right().type(), c.op() + " right operand");
            case Expr.Logical l -> {
                same(Type.BOOL, l.left().type(), "logical left operand");
                same(Type.BOOL, l.right().type(), "logical right operand");
            }
            case Expr.Select s -> {
                same(Type.BOOL, s.cond().type(), "conditional expression's condition");
                same(s.type(), s.ifTrue().type(), "conditional expression's first branch");
                same(s.type(), s.ifFalse().type(), "conditional expression's second branch");
            }
            case Expr.Load l -> load(l.array(), l.indices(), "load");
            case Expr.Call c -> call(c);
            case Expr.Element el -> {
                if (el.input() >= inputs) problem("element #" + el.input() + " outside an elementwise body with that input");
            }
            case Expr.Wrap w -> {
                if (!(w.value().type() instanceof Type.None)) same(w.type().value(), w.value().type(), "wrapped value");
            }
            case Expr.Unwrap u -> {
                if (!(u.optional().type() instanceof Type.Optional)) problem("unwrap of " + u.optional().type() + ", not an optional");
            }
            case Expr.IsNone i -> {
                if (!(i.optional().type() instanceof Type.Optional)) problem("'is None' of " + i.optional().type() + ", not an optional");
            }
            default -> { }
        }
        if (loopLevel && Exprs.isArrayLevel(e)) problem(e.getClass().getSimpleName() + " after array lowering");
        if (e instanceof Expr.Elementwise w) {
            w.inputs().forEach(in -> expr(in, inputs));
            expr(w.body(), w.inputs().size());
        } else {
            for (Expr child : Exprs.children(e)) expr(child, inputs);
        }
    }

    private void load(Expr array, List<Expr> indices, String what) {
        if (!(array.type() instanceof Type.Array t)) {
            problem(what + " from " + array.type() + ", not an array");
            return;
        }
        if (indices.size() != t.ndim()) problem(what + " with " + indices.size() + " indices into a " + t.ndim() + "-d array");
        for (Expr index : indices) same(Type.INT64, index.type(), what + " index");
    }

    private void call(Expr.Call c) {
        Function callee = program.functions().stream().filter(f -> f.name().equals(c.function())).findFirst()
                .orElse(program.entry().name().equals(c.function()) ? program.entry() : null);
        if (callee == null) {
            problem("call of " + c.function() + ", which the program does not hold");
            return;
        }
        same(callee.returnType(), c.type(), "call of " + c.function());
        if (c.args().size() != callee.params().size()) {
            problem("call of " + c.function() + " with " + c.args().size() + " arguments for " + callee.params().size());
            return;
        }
        for (int i = 0; i < c.args().size(); i++) {
            same(callee.params().get(i).type(), c.args().get(i).type(), "argument " + i + " of " + c.function());
        }
    }

    private void same(Type expected, Type actual, String what) {
        if (!expected.equals(actual)) problem(what + " is " + actual + ", expected " + expected);
    }

    private void problem(String text) {
        problems.add("in " + function.name() + ": " + text);
    }
}
