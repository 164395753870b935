package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Types one function specialization and lowers it to IR. Lowering runs in passes: each pass lowers the whole body
 * with the variable types known so far, widening them on assignment ({@link Scope}); when a pass changes no type
 * (and no return type), its IR is final, with every conversion explicit.
 */
final class FunctionTyping {
    private static final int MAX_PASSES = 32;

    final Specializer specializer;
    private final Specializer.Spec spec;
    private final List<Type> argTypes;
    final Scope scope = new Scope();
    final ExprLowering exprs = new ExprLowering(this);
    final StmtLowering stmts = new StmtLowering(this);
    private final Deque<List<Stmt>> blocks = new ArrayDeque<>();
    private int temps;
    private RecursionPending pending;
    private Type returnType;
    private SourcePos returnPos;
    int loopDepth;
    /** Try bodies being lowered: an exception may leave a loop there for a handler that reads its variables. */
    int tryDepth;

    FunctionTyping(Specializer specializer, Specializer.Spec spec, List<Type> argTypes) {
        this.specializer = specializer;
        this.spec = spec;
        this.argTypes = argTypes;
    }

    /** A context for expressions outside any function (module constants, default values): no locals. */
    static FunctionTyping moduleLevel(Specializer specializer) {
        FunctionTyping f = new FunctionTyping(specializer, null, List.of());
        f.blocks.push(new ArrayList<>());
        return f;
    }

    Function lower() {
        FunctionDef def = spec.def;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            scope.startPass();
            temps = 0;
            pending = null;
            Type returnBefore = returnType;
            for (int i = 0; i < argTypes.size(); i++) {
                FunctionDef.Param p = def.params().get(i);
                scope.assign(p.name(), argTypes.get(i), p.pos());
            }
            List<Stmt> body = block(def.body());
            // Reaching the end returns None, as in Python (unless a pending recursive call cut the body short).
            if (pending == null && !ControlFlow.neverFallsThrough(body)) recordReturn(Type.NONE, def.pos());
            if (scope.changed() || !Objects.equals(returnBefore, returnType)) continue;
            if (pending != null) {
                if (pending.function.equals(spec.name)) throw Specializer.recursionError(pending);
                throw pending;
            }
            scope.requireDefinedLists();
            return build(body);
        }
        throw new TypingError(def.pos(), "type inference of '" + def.name() + "' did not converge");
    }

    /** Parameters keep their argument types; one that is later widened gets a converted copy at entry. */
    private Function build(List<Stmt> body) {
        FunctionDef def = spec.def;
        List<Var> params = new ArrayList<>();
        List<Stmt> full = new ArrayList<>();
        for (int i = 0; i < argTypes.size(); i++) {
            Var local = scope.lookup(def.params().get(i).name());
            if (local.type().equals(argTypes.get(i))) {
                params.add(local);
            } else {
                Var param = new Var(local.name() + "$arg", argTypes.get(i));
                params.add(param);
                full.add(new Stmt.Assign(local, convert(new Expr.Local(param), local.type(), def.pos())));
            }
        }
        full.addAll(body);
        Type ret = returnType == null ? Type.NONE : returnType;
        if (ret instanceof Type.Optional o && !ControlFlow.neverFallsThrough(body)) {
            full.add(new Stmt.Return(new Expr.Wrap(new Expr.NoneValue(), o)));
        }
        return new Function(spec.name, def.name(), params, ret, full, KernelOptionsSource.of(specializer.module, def), def.pos());
    }

    /** Lowers a block of statements into a fresh statement list. */
    List<Stmt> block(List<io.jumba.frontend.ast.PyStmt> body) {
        blocks.push(new ArrayList<>());
        for (io.jumba.frontend.ast.PyStmt s : body) {
            try {
                stmts.lower(s);
            } catch (RecursionPending p) {
                if (spec == null) throw p;
                pending = p;
            } catch (RefusedOperands refused) {
                // in the prelude, the kernel's call that reached it reports it (CallLowering)
                if (isPrelude()) throw refused;
                throw refused.at(s.pos(), null);
            }
            // What follows a return, raise, break or continue never runs: like Numba, do not type it (after a
            // pruned `if b is None: return a`, the rest may use b as a number).
            if (ControlFlow.leavesBlock(blocks.peek())) break;
        }
        return blocks.pop();
    }

    /** Runs a lowering step collecting what it emits; returns the emitted statements. */
    List<Stmt> collect(Runnable step) {
        blocks.push(new ArrayList<>());
        step.run();
        return blocks.pop();
    }

    /** Whether this is a function of the built-in prelude ({@link BuiltinPrelude#defines}). */
    boolean isPrelude() {
        return spec != null && BuiltinPrelude.defines(spec.def);
    }

    void emit(Stmt s) {
        if (spec == null) throw new TypingError(SourcePos.NONE, "a module-level value must be a constant expression");
        blocks.peek().add(s);
    }

    /** e itself when it is cheap and pure (a constant or a local), else a fresh temporary holding it. */
    Expr temp(Expr e) {
        if (e instanceof Expr.Const || e instanceof Expr.Local) return e;
        return freshTemp(e);
    }

    /** A new temporary variable of type t, not yet assigned. */
    Var freshVar(Type t) { return new Var("$" + (++temps), t); }

    /** A new temporary assigned e (even when e is a local whose value must be captured now). */
    Expr.Local freshTemp(Expr e) {
        Var v = freshVar(e.type());
        emit(new Stmt.Assign(v, e));
        return new Expr.Local(v);
    }

    /** None for a value of type None: a call among them still runs, for its effects. */
    Expr noneValue(Expr e) {
        if (!(e instanceof Expr.NoneValue || e instanceof Expr.Local)) emit(new Stmt.Eval(e));
        return new Expr.NoneValue();
    }

    /** Records a {@code return} of type t and gives the function's (unified) return type. */
    Type recordReturn(Type t, SourcePos pos) {
        if (returnType == null) {
            returnType = t;
            returnPos = pos;
        } else {
            Type u = Unifier.unify(returnType, t);
            if (u == null) {
                throw new TypingError(pos, "cannot unify return types " + returnType + " and " + t
                        + " (returns at " + returnPos + " and " + pos + ")");
            }
            returnType = u;
        }
        spec.returnType = returnType;
        return returnType;
    }

    /**
     * e converted to type target for an assignment, return or argument: scalars get a Cast, tuples are converted
     * element by element; an array of one dtype and ndim whose known layout is C or F, where the target's is A (the
     * layouts of two returns or assignments unified), becomes a full view of it typed A, so every return and
     * assignment has its slot's type; other arrays of one dtype and ndim pass as they are.
     */
    Expr convert(Expr e, Type target, SourcePos pos) {
        if (e.type().equals(target)) return e;
        if (e.type() instanceof Type.Optional && !(target instanceof Type.Optional)) {
            return convert(new Expr.Unwrap(e, pos), target, pos);
        }
        switch (target) {
            case Type.Optional o when e.type() instanceof Type.None -> {
                return new Expr.Wrap(noneValue(e), o);
            }
            case Type.Optional o when e.type() instanceof Type.Optional -> {
                // int64 or None to float64 or None: convert the value only when there is one.
                Expr optional = temp(e);
                Expr[] value = new Expr[1];
                List<Stmt> pre = collect(() -> value[0] = convert(new Expr.Unwrap(optional, pos), o.value(), pos));
                if (!pre.isEmpty()) throw new TypingError(pos, "cannot convert " + e.type() + " to " + target);
                return new Expr.Select(new Expr.IsNone(optional), new Expr.Wrap(new Expr.NoneValue(), o),
                        new Expr.Wrap(value[0], o), o);
            }
            case Type.Optional o -> {
                return new Expr.Wrap(convert(e, o.value(), pos), o);
            }
            case Type.Scalar s when e.type() instanceof Type.Scalar -> {
                return TypedIr.cast(e, s.dtype());
            }
            case Type.Array a when e.type() instanceof Type.Array ea && ea.dtype() == a.dtype() && ea.ndim() == a.ndim() -> {
                return a.layout() == Layout.A ? new Expr.View(e, List.of(), a, pos) : e;
            }
            case Type.Tuple t when e.type() instanceof Type.Tuple et && et.elements().size() == t.elements().size() -> {
                List<Expr> elements = new ArrayList<>();
                if (e instanceof Expr.TupleNew tn) {
                    for (int i = 0; i < tn.elements().size(); i++) {
                        elements.add(convert(tn.elements().get(i), t.elements().get(i), pos));
                    }
                } else {
                    Expr tuple = temp(e);
                    for (int i = 0; i < t.elements().size(); i++) {
                        Expr item = new Expr.TupleGet(tuple, i, et.elements().get(i));
                        elements.add(convert(item, t.elements().get(i), pos));
                    }
                }
                return new Expr.TupleNew(elements, t);
            }
            case Type.ListOf t when e instanceof Expr.Collection c && c.fn() == io.jumba.runtime.CollectionFn.LIST_EMPTY -> {
                return new Expr.Collection(c.fn(), c.args(), t, c.pos());
            }
            case Type.ListOf t when e instanceof Expr.Collection c && c.fn() == io.jumba.runtime.CollectionFn.LIST_OF -> {
                // [1, 2] where appends made the variable a list of float64: the literal is built of that type.
                return new Expr.Collection(c.fn(), c.args().stream().map(x -> convert(x, t.element(), pos)).toList(), t, c.pos());
            }
            default -> throw new TypingError(pos, "cannot convert " + e.type() + " to " + target);
        }
    }
}
