package io.jumba.passes;

import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces calls of one-expression functions ({@code def cnd(d): return 0.5 * (1 + math.erf(d / SQRT2))}) by their
 * expression with the arguments substituted, so that a loop calling them has no call left and can vectorize
 * (Black-Scholes). A call is inlined when:
 * <ul>
 *   <li>the callee's body is a single {@code return} of a scalar expression of at most {@value #MAX_NODES} nodes,
 *       and inlining does not recurse into a function already being inlined;</li>
 *   <li>every parameter is used exactly once, or its argument is a constant or a variable (so no argument is
 *       evaluated twice or dropped);</li>
 *   <li>the arguments that can raise (an index, a call, a division) are reached unconditionally, in argument
 *       order, before anything in the callee's expression can raise, so the same error surfaces first.</li>
 * </ul>
 * Every other call stays a call. Faults inside the inlined expression keep the callee's source positions.
 */
public final class Inlining {
    static final int MAX_NODES = 200;

    private final Map<String, Function> functions = new HashMap<>();
    private final Set<String> inlining = new HashSet<>();

    private Inlining(Program program) {
        functions.put(program.entry().name(), program.entry());
        for (Function f : program.functions()) functions.put(f.name(), f);
    }

    /** The program with inlinable calls of every function replaced by the callee's expression. */
    public static Program apply(Program program) {
        Inlining inlining = new Inlining(program);
        return new Program(inlining.function(program.entry()), program.functions().stream().map(inlining::function).toList());
    }

    private Function function(Function f) {
        inlining.add(f.name());
        List<Stmt> body = Stmts.map(f.body(), this::expr);
        inlining.remove(f.name());
        return body.equals(f.body()) ? f : f.withBody(body);
    }

    private Expr expr(Expr e) {
        Expr mapped = Exprs.mapScalar(e, this::expr);
        if (!(mapped instanceof Expr.Call call) || !(functions.get(call.function()) instanceof Function callee)
                || inlining.contains(callee.name())) {
            return mapped;
        }
        Expr body = inlinableBody(callee, call.args());
        if (body == null) return mapped;
        Map<Var, Expr> arguments = new HashMap<>();
        for (int i = 0; i < callee.params().size(); i++) arguments.put(callee.params().get(i), call.args().get(i));
        inlining.add(callee.name());
        Expr inlined = expr(ConstantFolding.fold(body, arguments));
        inlining.remove(callee.name());
        return inlined;
    }

    /** The callee's return expression when the call may be replaced by it, else null. */
    private static Expr inlinableBody(Function callee, List<Expr> args) {
        if (callee.body().size() != 1 || !(callee.body().getFirst() instanceof Stmt.Return ret) || ret.value() == null
                || !ret.value().type().equals(callee.returnType()) || Exprs.nodes(ret.value()) > MAX_NODES
                || !scalarOnly(ret.value())) {
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
     * An index out of range, a call, an optional that holds None (TypeError), or a division or power
     * (ZeroDivisionError under the 'python' error model).
     */
    private static boolean faultsItself(Expr e) {
        return e instanceof Expr.Load || e instanceof Expr.Call || e instanceof Expr.Unwrap
                || e instanceof Expr.Binary b && (b.op() == BinOp.DIV || b.op() == BinOp.FLOORDIV || b.op() == BinOp.MOD
                        || b.op() == BinOp.POW);
    }

    private static long uses(Expr e, Var v) {
        return Exprs.walk(e).filter(x -> x instanceof Expr.Local l && l.var().equals(v)).count();
    }
}
