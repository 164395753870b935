package io.jumba.passes;

import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces calls of the program's functions by the callee's code, so that a loop calling a helper has no call left
 * and can vectorize (Black-Scholes' {@code cnd}, an escape-time {@code escape_count}). Two forms:
 * <ul>
 *   <li>A callee whose body is one {@code return} of a scalar expression becomes that expression with the arguments
 *       substituted, where nothing is evaluated twice or dropped and faults keep their order: every parameter is
 *       used exactly once or its argument is a constant or a variable, and the arguments that can raise are reached
 *       unconditionally, in argument order, before anything in the callee's expression can raise.</li>
 *   <li>Any other callee of at most {@value #MAX_CALLEE_NODES} IR nodes (statements and expression nodes), with
 *       statements, local variables, branches, loops and early returns, becomes statements before the one holding
 *       the call ({@link InlinedBody}: arguments evaluated once in order, fresh variable names, returns rewritten to
 *       structured control flow), and the call its result variable. What the statement evaluates before the call
 *       and that could fault or read memory is computed into a fresh variable first, so evaluation order is kept; a
 *       call in a conditional part ({@code x if c else f(y)}, {@code a and f(b)}) goes under an {@code if}, one in a
 *       {@code while} condition into the loop ({@code while True:} with a {@code break}).</li>
 * </ul>
 * Not inlined: recursive functions (on a cycle of calls), callees over the budget, callees that may end without a
 * return, and calls once the caller has grown by {@value #MAX_GROWTH} nodes; {@link #notInlined} says why, for
 * reports. Faults inside inlined code keep the callee's source positions.
 */
public final class Inlining {
    /** The most IR nodes (statements and expression nodes) of a callee's body that is inlined. */
    static final int MAX_CALLEE_NODES = 200;
    /** The most IR nodes inlining adds to one function, so that repeated calls cannot blow its method up. */
    static final int MAX_GROWTH = 1000;

    private final Map<String, Function> functions = new HashMap<>();
    private final Set<String> recursive;
    private final Map<String, Function> rewritten = new HashMap<>();
    /** Per callee, why it is never inlined, or "" when it may be. */
    private final Map<String, String> reasons = new HashMap<>();
    /** Per callee, the IR nodes of its body after its own calls were inlined. */
    private final Map<String, Integer> sizes = new HashMap<>();

    private Inlining(Program program) {
        functions.put(program.entry().name(), program.entry());
        for (Function f : program.functions()) functions.put(f.name(), f);
        recursive = recursive(functions);
    }

    /** The program with inlinable calls of every function replaced by the callee's code. */
    public static Program apply(Program program) {
        Inlining inlining = new Inlining(program);
        return new Program(inlining.function(program.entry()), program.functions().stream().map(inlining::function).toList());
    }

    /**
     * Why a call of callee (a function of program, which is the result of {@link #apply}) was left as a call: it is
     * recursive, over the budget, may end without a return, or the caller's budget was spent.
     */
    public static String notInlined(Program program, String callee) {
        Inlining inlining = new Inlining(program);
        String reason = inlining.reason(inlining.functions.get(callee));
        return reason != null ? reason : "the caller grew by the most inlining may add (" + MAX_GROWTH + " IR nodes)";
    }

    /** The IR nodes of a body: its statements and their expression nodes. */
    static int size(List<Stmt> body) {
        return (int) (Stmts.walk(body).count() + Stmts.nodes(body).count());
    }

    private Function function(Function f) {
        Function done = rewritten.get(f.name());
        if (done != null) return done;
        List<Stmt> body = new Caller(new FreshNames(f)).block(f.body());
        Function result = body.equals(f.body()) ? f : f.withBody(body);
        rewritten.put(f.name(), result);
        return result;
    }

    /** The IR nodes of callee's body after its own calls were inlined (computed once per callee). */
    private int size(Function callee) {
        Integer known = sizes.get(callee.name());
        if (known == null) {
            known = size(function(callee).body());  // may fill the map for callee's callees first
            sizes.put(callee.name(), known);
        }
        return known;
    }

    /** Why callee is never inlined, or null when it may be (computed once per callee). */
    private String reason(Function callee) {
        String known = reasons.get(callee.name());
        if (known == null) {
            String reason = reasonNow(callee);
            known = reason == null ? "" : reason;
            reasons.put(callee.name(), known);
        }
        return known.isEmpty() ? null : known;
    }

    private String reasonNow(Function callee) {
        if (recursive.contains(callee.name())) return callee.pythonName() + " is recursive";
        int size = size(callee);
        if (size > MAX_CALLEE_NODES) {
            return callee.pythonName() + " has " + size + " IR nodes, over the inlining budget of " + MAX_CALLEE_NODES;
        }
        if (!(callee.returnType() instanceof Type.None) && !InlinedBody.alwaysReturns(callee.body())) {
            return callee.pythonName() + " may end without a return";
        }
        return null;
    }

    /** The functions that can reach themselves through calls. */
    private static Set<String> recursive(Map<String, Function> functions) {
        Map<String, Set<String>> callees = new HashMap<>();
        for (Function f : functions.values()) {
            Set<String> direct = new HashSet<>();
            Stmts.nodes(f.body()).forEach(e -> {
                if (e instanceof Expr.Call c) direct.add(c.function());
            });
            callees.put(f.name(), direct);
        }
        Set<String> result = new HashSet<>();
        for (String f : functions.keySet()) {
            Set<String> seen = new HashSet<>();
            List<String> work = new ArrayList<>(callees.get(f));
            while (!work.isEmpty()) {
                String g = work.removeLast();
                if (g.equals(f)) {
                    result.add(f);
                    break;
                }
                if (seen.add(g)) work.addAll(callees.getOrDefault(g, Set.of()));
            }
        }
        return result;
    }

    /** The rewrite of one caller's body: its fresh names and what inlining may still add to it. */
    private final class Caller {
        private final FreshNames names;
        private int growthLeft = MAX_GROWTH;

        Caller(FreshNames names) { this.names = names; }

        List<Stmt> block(List<Stmt> block) {
            List<Stmt> out = new ArrayList<>();
            for (Stmt s : block) statement(Stmts.mapBodies(Stmts.mapExprs(s, this::expr), this::block), out);
            return out;
        }

        private void statement(Stmt s, List<Stmt> out) {
            switch (s) {
                case Stmt.While w when inlinable(w.cond()) -> {
                    List<Stmt> body = new ArrayList<>();
                    Expr cond = hoist(w.cond(), body);
                    body.add(new Stmt.If(new Expr.Unary(UnOp.NOT, cond, Type.BOOL), List.of(new Stmt.Break()), List.of()));
                    body.addAll(w.body());
                    out.add(new Stmt.While(new Expr.Const(true, Type.BOOL), body, w.pos()));
                }
                case Stmt.Eval e when e.value() instanceof Expr.Call c && c.type() instanceof Type.None
                        && inlinable(c, true) -> out.addAll(inline(c, hoistArgs(c, out)).statements());
                default -> {
                    List<Expr> exprs = Stmts.exprs(s);
                    int last = lastInlinable(exprs);
                    if (last < 0) {
                        out.add(s);
                        return;
                    }
                    List<Expr> hoisted = new ArrayList<>();
                    for (int k = 0; k < exprs.size(); k++) {
                        Expr e = hoist(exprs.get(k), out);
                        hoisted.add(k < last ? settled(e, out) : e);
                    }
                    Iterator<Expr> next = hoisted.iterator();
                    Stmt rebuilt = Stmts.mapExprs(s, e -> next.next());
                    // A call whose value is dropped leaves only its result variable: nothing to evaluate.
                    if (!(rebuilt instanceof Stmt.Eval ev && Exprs.walk(ev.value()).allMatch(Inlining::stable))) out.add(rebuilt);
                }
            }
        }

        /** e with its inlinable calls replaced by their results, the statements they need appended to out. */
        private Expr hoist(Expr e, List<Stmt> out) {
            if (!inlinable(e)) return e;
            switch (e) {
                case Expr.Select s when inlinable(s.ifTrue()) || inlinable(s.ifFalse()) -> {
                    Expr cond = hoist(s.cond(), out);
                    Var t = names.fresh("$select", s.type());
                    out.add(new Stmt.If(cond, assigned(t, s.ifTrue()), assigned(t, s.ifFalse())));
                    return new Expr.Local(t);
                }
                case Expr.Logical l when inlinable(l.right()) -> {
                    Var t = names.fresh(l.isAnd() ? "$and" : "$or", Type.BOOL);
                    out.add(new Stmt.Assign(t, hoist(l.left(), out)));
                    Expr left = new Expr.Local(t);
                    out.add(new Stmt.If(l.isAnd() ? left : new Expr.Unary(UnOp.NOT, left, Type.BOOL),
                            assigned(t, l.right()), List.of()));
                    return left;
                }
                default -> {
                    List<Expr> children = Exprs.children(e);
                    boolean call = e instanceof Expr.Call c && inlinable(c, false);
                    int last = call ? children.size() : lastInlinable(children);
                    List<Expr> hoisted = new ArrayList<>();
                    for (int k = 0; k < children.size(); k++) {
                        Expr child = hoist(children.get(k), out);
                        hoisted.add(k < last ? settled(child, out) : child);
                    }
                    Iterator<Expr> next = hoisted.iterator();
                    Expr rebuilt = Exprs.map(e, x -> next.next());
                    if (!call) return rebuilt;
                    InlinedBody inlined = inline((Expr.Call) rebuilt, hoisted);
                    out.addAll(inlined.statements());
                    return inlined.result();
                }
            }
        }

        private List<Expr> hoistArgs(Expr.Call c, List<Stmt> out) {
            List<Expr> args = new ArrayList<>();
            for (Expr a : c.args()) args.add(settled(hoist(a, out), out));
            return args;
        }

        /** A block that computes e (its calls inlined) into t. */
        private List<Stmt> assigned(Var t, Expr e) {
            List<Stmt> block = new ArrayList<>();
            Expr value = hoist(e, block);
            block.add(new Stmt.Assign(t, value));
            return block;
        }

        /**
         * e, or a fresh variable holding it (assigned in out) when e could fault, read memory or have an effect: it
         * is evaluated now, before inlined code that comes after it in evaluation order.
         */
        private Expr settled(Expr e, List<Stmt> out) {
            if (Exprs.walk(e).allMatch(Inlining::stable)) return e;
            Var t = names.fresh("$arg", e.type());
            out.add(new Stmt.Assign(t, e));
            return new Expr.Local(t);
        }

        private InlinedBody inline(Expr.Call call, List<Expr> args) {
            Function callee = function(functions.get(call.function()));
            growthLeft -= size(callee);
            return InlinedBody.of(callee, args, names);
        }

        /** The index of the last of exprs holding an inlinable call, or -1. */
        private int lastInlinable(List<Expr> exprs) {
            for (int k = exprs.size() - 1; k >= 0; k--) if (inlinable(exprs.get(k))) return k;
            return -1;
        }

        private boolean inlinable(Expr e) {
            return Exprs.walk(e).anyMatch(x -> x instanceof Expr.Call c && inlinable(c, false));
        }

        /** Whether call is inlined as statements (statement: it is the whole of an expression statement). */
        private boolean inlinable(Expr.Call call, boolean statement) {
            Function callee = functions.get(call.function());
            return callee != null && (statement || !(callee.returnType() instanceof Type.None)) && reason(callee) == null
                    && size(callee) <= growthLeft;
        }

        /** e with calls of one-expression callees replaced by their expression, where that is exact. */
        private Expr expr(Expr e) {
            Expr mapped = Exprs.mapScalar(e, this::expr);
            if (!(mapped instanceof Expr.Call call) || !(functions.get(call.function()) instanceof Function original)
                    || reason(original) != null) {
                return mapped;
            }
            Function callee = function(original);
            Expr body = inlinableBody(callee, call.args());
            if (body == null || Exprs.nodes(body) > growthLeft) return mapped;
            growthLeft -= Exprs.nodes(body);
            Map<Var, Expr> arguments = new HashMap<>();
            for (int i = 0; i < callee.params().size(); i++) arguments.put(callee.params().get(i), call.args().get(i));
            return ConstantFolding.fold(body, arguments);
        }
    }

    /** Whether evaluating e itself cannot fault, read memory or have an effect, so it may move past inlined code. */
    static boolean stable(Expr e) {
        return switch (e) {
            case Expr.Const c -> true;
            case Expr.Local l -> true;
            case Expr.Binary b -> !faultsItself(b);
            case Expr.Unary u -> true;
            case Expr.Compare c -> true;
            case Expr.Logical l -> true;
            case Expr.Select s -> true;
            case Expr.Cast c -> true;
            case Expr.Intrinsic in -> true;
            case Expr.Dim d -> true;
            case Expr.Size z -> true;
            case Expr.TupleNew t -> true;
            case Expr.TupleGet t -> true;
            default -> false;
        };
    }

    /** The callee's return expression when the call may be replaced by it, else null. */
    private static Expr inlinableBody(Function callee, List<Expr> args) {
        if (callee.body().size() != 1 || !(callee.body().getFirst() instanceof Stmt.Return ret) || ret.value() == null
                || !ret.value().type().equals(callee.returnType()) || !scalarOnly(ret.value())) {
            return null;
        }
        List<Var> faulting = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Expr arg = args.get(i);
            Var param = callee.params().get(i);
            if (!arg.type().equals(param.type())) return null;
            boolean trivial = arg instanceof Expr.Const || arg instanceof Expr.Local;
            if (!trivial && uses(ret.value(), param) != 1) return null;
            if (mayFault(arg)) faulting.add(param);
        }
        return faultsInOrder(ret.value(), faulting) ? ret.value() : null;
    }

    /**
     * Whether evaluating body reaches the parameters whose arguments can fault unconditionally, in argument order,
     * before anything of its own can fault: then the inlined expression raises what the call would have raised.
     */
    private static boolean faultsInOrder(Expr body, List<Var> faulting) {
        List<Event> events = new ArrayList<>();
        events(body, false, events);
        int next = 0;
        for (Event event : events) {
            if (event.param() == null) {
                if (next < faulting.size()) return false;
            } else if (faulting.contains(event.param())) {
                if (event.conditional() || !event.param().equals(faulting.get(next))) return false;
                next++;
            }
        }
        return true;
    }

    /** In evaluation order: a use of a parameter, or a node that can fault (param null). */
    private record Event(Var param, boolean conditional) {}

    private static void events(Expr e, boolean conditional, List<Event> out) {
        switch (e) {
            case Expr.Local l -> out.add(new Event(l.var(), conditional));
            case Expr.Select s -> {
                events(s.cond(), conditional, out);
                events(s.ifTrue(), true, out);
                events(s.ifFalse(), true, out);
            }
            case Expr.Logical l -> {
                events(l.left(), conditional, out);
                events(l.right(), true, out);
            }
            default -> {
                for (Expr child : Exprs.children(e)) events(child, conditional, out);
                if (faultsItself(e)) out.add(new Event(null, conditional));
            }
        }
    }

    private static boolean scalarOnly(Expr e) {
        return Exprs.walk(e).allMatch(Exprs::isScalar);
    }

    private static boolean mayFault(Expr e) {
        return Exprs.walk(e).anyMatch(Inlining::faultsItself);
    }

    /**
     * An index out of range, a call, a random draw (its order is the stream's), a list or dict operation, an optional
     * that holds None
     * (TypeError), or a division or power
     * (ZeroDivisionError under the 'python' error model).
     */
    private static boolean faultsItself(Expr e) {
        return e instanceof Expr.Load || e instanceof Expr.Call || e instanceof Expr.Unwrap || e instanceof Expr.Random
                || e instanceof Expr.Collection
                || e instanceof Expr.Binary b && (b.op() == BinOp.DIV || b.op() == BinOp.FLOORDIV || b.op() == BinOp.MOD
                        || b.op() == BinOp.POW);
    }

    private static long uses(Expr e, Var v) {
        return Exprs.walk(e).filter(x -> x instanceof Expr.Local l && l.var().equals(v)).count();
    }
}
