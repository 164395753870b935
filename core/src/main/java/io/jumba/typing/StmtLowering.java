package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr.Name;
import io.jumba.frontend.ast.PyExpr.Subscript;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.ir.Expr;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/** Lowers statements: assignments (tuple unpacking, element and slice stores), loops, conditionals, returns. */
final class StmtLowering {
    private final FunctionTyping f;

    StmtLowering(FunctionTyping f) { this.f = f; }

    private ExprLowering exprs() { return f.exprs; }

    void lower(PyStmt s) {
        switch (s) {
            case PyStmt.Assign a -> assign(a);
            case PyStmt.AugAssign a -> augAssign(a);
            case PyStmt.If i -> {
                Expr cond = TypedIr.truth(exprs().lower(i.test()), i.test().pos());
                if (cond instanceof Expr.Const c) {
                    // Numba's branch pruning: a constant test (`b is None` for an omitted b=None) types one branch.
                    f.block((Boolean) c.value() ? i.body() : i.orElse()).forEach(f::emit);
                    return;
                }
                f.emit(new io.jumba.ir.Stmt.If(cond, f.block(i.body()), f.block(i.orElse())));
            }
            case PyStmt.For fo -> new LoopLowering(f).forLoop(fo);
            case PyStmt.While w -> new LoopLowering(f).whileLoop(w);
            case PyStmt.Break b -> {
                requireLoop(b.pos(), "break");
                f.emit(new io.jumba.ir.Stmt.Break());
            }
            case PyStmt.Continue c -> {
                requireLoop(c.pos(), "continue");
                f.emit(new io.jumba.ir.Stmt.Continue());
            }
            case PyStmt.Return r -> ret(r);
            case PyStmt.Pass p -> { }
            case PyStmt.Raise r -> new Raises(f).raise(r);
            case PyStmt.Assert a -> new Raises(f).assertion(a);
            case PyStmt.Try t -> new TryLowering(f).lower(t);
            case PyStmt.ExprStmt e -> {
                if (e.value() instanceof io.jumba.frontend.ast.PyExpr.StrLit) return; // a docstring
                if (e.value() instanceof io.jumba.frontend.ast.PyExpr.Call c && new Prints(f).isPrint(c)) {
                    new Prints(f).print(c);
                    return;
                }
                f.emit(new io.jumba.ir.Stmt.Eval(exprs().lower(e.value())));
            }
        }
    }

    private void requireLoop(SourcePos pos, String what) {
        if (f.loopDepth == 0) throw new io.jumba.diag.KernelSyntaxError(pos, "'" + what + "' outside loop");
    }

    private void ret(PyStmt.Return r) {
        Expr value = r.value() == null ? new Expr.NoneValue() : exprs().lowerKeepingOptional(r.value());
        Type t = f.recordReturn(value.type(), r.pos());
        if (t instanceof Type.None) {
            f.noneValue(value);
            f.emit(new io.jumba.ir.Stmt.Return(null));
            return;
        }
        f.emit(new io.jumba.ir.Stmt.Return(f.convert(value, t, r.pos())));
    }

    private void assign(PyStmt.Assign a) {
        if (a.targets().size() == 1) {
            io.jumba.frontend.ast.PyExpr target = a.targets().getFirst();
            if (target instanceof io.jumba.frontend.ast.PyExpr.Tuple tt
                    && a.value() instanceof io.jumba.frontend.ast.PyExpr.Tuple tv
                    && tt.elements().size() == tv.elements().size()) {
                // a, b = b, a: evaluate the whole right side before assigning anything.
                List<Expr> values = new ArrayList<>();
                for (io.jumba.frontend.ast.PyExpr e : tv.elements()) {
                    Expr v = exprs().lowerKeepingOptional(e);
                    values.add(v instanceof Expr.Const || v instanceof Expr.NoneValue ? v : f.freshTemp(v));
                }
                for (int i = 0; i < values.size(); i++) assignTo(tt.elements().get(i), values.get(i), a.pos());
                return;
            }
            assignTo(target, exprs().lowerKeepingOptional(a.value()), a.pos());
            return;
        }
        Expr value = f.temp(exprs().lowerKeepingOptional(a.value()));
        for (io.jumba.frontend.ast.PyExpr target : a.targets()) assignTo(target, value, a.pos());
    }

    /** Assigns an already lowered value to a target expression. */
    void assignTo(io.jumba.frontend.ast.PyExpr target, Expr value, SourcePos pos) {
        if (!(target instanceof Name) && value.type() instanceof Type.Optional) value = new Expr.Unwrap(value, pos);
        switch (target) {
            case Name n -> {
                checkAssignable(n);
                Var v = f.scope.assign(n.id(), value.type(), n.pos());
                Expr converted = value.type() instanceof Type.None ? f.noneValue(value) : value;
                f.emit(new io.jumba.ir.Stmt.Assign(v, f.convert(converted, v.type(), pos)));
            }
            case io.jumba.frontend.ast.PyExpr.Tuple t -> {
                if (!(value.type() instanceof Type.Tuple tt) || tt.elements().size() != t.elements().size()) {
                    throw new TypingError(t.pos(), "cannot unpack " + value.type() + " into "
                            + t.elements().size() + " targets");
                }
                if (value instanceof Expr.TupleNew tn && tn.elements().stream().allMatch(StmtLowering::isStable)) {
                    // h, w = a.shape: the parts cannot change while the targets are assigned.
                    for (int i = 0; i < t.elements().size(); i++) assignTo(t.elements().get(i), tn.elements().get(i), pos);
                    return;
                }
                Expr tuple = f.temp(value);
                for (int i = 0; i < t.elements().size(); i++) {
                    assignTo(t.elements().get(i), new Expr.TupleGet(tuple, i, tt.elements().get(i)), pos);
                }
            }
            case Subscript s -> store(s, value);
            default -> throw new UnsupportedError(target.pos(), "cannot assign to this kind of target");
        }
    }

    /** A constant or the shape of an array: unaffected by assigning to local variables. */
    private static boolean isStable(Expr e) {
        return e instanceof Expr.Const || e instanceof Expr.Dim d && d.array() instanceof Expr.Local;
    }

    private void checkAssignable(Name n) {
        if (f.scope.has(n.id()) || f.isPrelude()) return;
        if (f.specializer.constants.has(n.id())) {
            throw new TypingError(n.pos(), "cannot assign to module global '" + n.id()
                    + "': globals are compile-time constants in Jumba, as in Numba");
        }
        if (f.specializer.module.function(n.id()) != null) {
            throw new UnsupportedError(n.pos(), "cannot assign to '" + n.id() + "', a function of the module");
        }
    }

    /** {@code base[index] = value}: one element (Store) or a view (ArrayStore). */
    private void store(Subscript s, Expr value) {
        Expr flat = FlatIndexing.flatOf(s.value(), exprs());
        if (flat != null) {
            storeFlat(flat, FlatIndexing.indices(f, flat, s.index(), s.pos()), s, value);
            return;
        }
        Expr base = exprs().lower(s.value());
        if (ListsAndDicts.isList(base) || ListsAndDicts.isDict(base)) {
            new ListsAndDicts(f, exprs()).store(base, s.index(), value, s.pos());
            return;
        }
        if (!(base.type() instanceof Type.Array array)) {
            throw new TypingError(s.pos(), "'" + base.type() + "' does not support item assignment");
        }
        realTarget(array, value, s.pos());
        ArrayIndexing.Result target = new ArrayIndexing(exprs()).index(base, s.index(), s.pos());
        switch (target) {
            case ArrayIndexing.Result.Element e -> {
                if (!TypedIr.isScalar(value)) {
                    throw new TypingError(s.pos(), "cannot store " + value.type() + " into one element of " + array);
                }
                f.emit(new io.jumba.ir.Stmt.Store(base, e.indices(), TypedIr.cast(value, array.dtype()), s.pos()));
            }
            case ArrayIndexing.Result.Slice v -> {
                Expr into = ArrayIndexing.storeTarget(v.view());
                if (!DestinationStores.store(f, into, value, s.pos())) {
                    f.emit(new io.jumba.ir.Stmt.ArrayStore(into, ArrayExpressions.toDType(value, array.dtype(), s.pos()), s.pos()));
                }
            }
            case ArrayIndexing.Result.Advanced adv -> new AdvancedIndexing(f).write(adv, value, s.pos());
        }
    }

    /**
     * A complex value stored into an array of real numbers would lose its imaginary part: Numba refuses it (no
     * setitem for that signature), and so does Jumba, rather than give another answer than NumPy's.
     */
    private static void realTarget(Type.Array array, Expr value, SourcePos pos) {
        DType d = value.type() instanceof Type.Array a ? a.dtype() : value.type() instanceof Type.Scalar t ? t.dtype() : null;
        if (d != null && d.isComplex() && !array.dtype().isComplex()) {
            throw new TypingError(pos, "cannot store " + d.numpyName() + " values into an array of " + array.dtype().numpyName()
                    + ": the imaginary part would be lost (take .real, .imag or abs() first)");
        }
    }

    /** {@code a.flat[i] = value}: one element. */
    private void storeFlat(Expr array, List<Expr> indices, Subscript s, Expr value) {
        realTarget((Type.Array) array.type(), value, s.pos());
        if (!TypedIr.isScalar(value)) throw new TypingError(s.pos(), "cannot store " + value.type() + " into one element of " + array.type());
        f.emit(new io.jumba.ir.Stmt.Store(array, indices, TypedIr.cast(value, ((Type.Array) array.type()).dtype()), s.pos()));
    }

    /** {@code target op= value}: the target's parts are evaluated once; arrays are updated in place. */
    private void augAssign(PyStmt.AugAssign a) {
        switch (a.target()) {
            case Name n -> {
                Expr current = exprs().lower(n);
                Expr value = exprs().lower(a.value());
                Expr result = exprs().binary(a.op(), current, value, a.pos());
                if (current.type() instanceof Type.Array array) {
                    f.emit(new io.jumba.ir.Stmt.ArrayStore(current,
                            ArrayExpressions.toDType(result, array.dtype(), a.pos()), a.pos()));
                } else {
                    assignTo(n, result, a.pos());
                }
            }
            case Subscript s when FlatIndexing.flatOf(s.value(), exprs()) instanceof Expr flat -> {
                List<Expr> indices = FlatIndexing.indices(f, flat, s.index(), s.pos());
                Expr result = exprs().binary(a.op(), new Expr.Load(flat, indices, s.pos()), exprs().lower(a.value()), a.pos());
                storeFlat(flat, indices, s, result);
            }
            case Subscript s -> {
                Expr base = f.temp(exprs().lower(s.value()));
                if (ListsAndDicts.isList(base) || ListsAndDicts.isDict(base)) {
                    new ListsAndDicts(f, exprs()).update(base, s.index(), a.op(), a.value(), a.pos());
                    return;
                }
                if (!(base.type() instanceof Type.Array array)) {
                    throw new TypingError(s.pos(), "'" + base.type() + "' does not support item assignment");
                }
                ArrayIndexing.Result target = new ArrayIndexing(exprs()).index(base, s.index(), s.pos());
                switch (target) {
                    case ArrayIndexing.Result.Element e -> {
                        List<Expr> indices = e.indices().stream().map(f::temp).toList();
                        Expr old = new Expr.Load(base, indices, s.pos());
                        Expr result = exprs().binary(a.op(), old, exprs().lower(a.value()), a.pos());
                        if (!TypedIr.isScalar(result)) {
                            throw new TypingError(a.pos(), "cannot store " + result.type() + " into one element");
                        }
                        f.emit(new io.jumba.ir.Stmt.Store(base, indices, TypedIr.cast(result, array.dtype()), s.pos()));
                    }
                    case ArrayIndexing.Result.Slice v -> {
                        Expr view = f.temp(ArrayIndexing.storeTarget(v.view()));
                        Expr result = exprs().binary(a.op(), view, exprs().lower(a.value()), a.pos());
                        f.emit(new io.jumba.ir.Stmt.ArrayStore(view,
                                ArrayExpressions.toDType(result, array.dtype(), a.pos()), a.pos()));
                    }
                    case ArrayIndexing.Result.Advanced adv -> new AdvancedIndexing(f).update(adv, a.op(), exprs(), a.value(), a.pos());
                }
            }
            default -> throw new UnsupportedError(a.target().pos(), "cannot assign to this kind of target");
        }
    }
}
