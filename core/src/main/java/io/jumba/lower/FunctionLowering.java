package io.jumba.lower;

import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lowers one function: a recursive rewrite of its statements and expressions in which every array-level node
 * ({@link Expr.Elementwise}, {@link Expr.Reduce}, {@link Expr.Dot}, {@link Stmt.ArrayStore}) becomes loop nests.
 *
 * <p>Lowering an expression may need statements first (the loops that compute a sum, say). They are emitted
 * into the current block before the statement that uses the expression, keeping Python's evaluation order:
 * operands left of one that needs statements are evaluated into temporaries first, the right operand of
 * {@code and}/{@code or} and the branches of a conditional expression only run when chosen, and a
 * {@code while} condition is re-evaluated at the top of every iteration.
 */
final class FunctionLowering {
    private static final Pattern GENERATED = Pattern.compile("\\$[a-z]*(\\d+)");
    private final AliasRoots aliases;
    private final boolean parallel;
    /** How many prange loops enclose the statement being lowered. */
    private int prangeDepth;
    private final ElementwiseLowering elementwise = new ElementwiseLowering(this);
    private final ReductionLowering reductions = new ReductionLowering(this);
    private final DotLowering dots = new DotLowering(this);

    private FunctionLowering(Function function) {
        this.aliases = AliasRoots.of(function.body());
        this.parallel = function.options().parallel();
    }

    static Function lower(Function f) {
        FunctionLowering lowering = new FunctionLowering(f);
        Emitter body = new Emitter(firstFreeNumber(f));
        lowering.lowerBlock(f.body(), body);
        return f.withBody(body.stmts());
    }

    AliasRoots aliases() { return aliases; }

    /**
     * Whether the whole-array loop nests lowered now split their outermost loop across threads: in a
     * {@code parallel=True} function, outside prange loops (whose chunks already run in parallel; as in Numba, the
     * outer level is the parallel one). Such a loop is a prange to the rest of the pipeline: race analysis, the
     * parallel plan with its chunk grid and serial threshold, code generation and the interpreter.
     */
    boolean splitsLoops() { return parallel && prangeDepth == 0; }

    /** One more than the largest number in a generated ({@code $}) variable name of f, so lowering twice is safe. */
    private static int firstFreeNumber(Function f) {
        int max = -1;
        for (Var v : Stmts.assigned(f.body())) {
            Matcher m = GENERATED.matcher(v.name());
            if (m.matches()) max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max + 1;
    }

    void lowerBlock(List<Stmt> stmts, Emitter out) {
        for (Stmt s : stmts) lowerStmt(s, out);
    }

    private List<Stmt> lowerBody(List<Stmt> stmts, Emitter parent) {
        Emitter block = parent.child();
        lowerBlock(stmts, block);
        return block.stmts();
    }

    private void lowerStmt(Stmt stmt, Emitter out) {
        switch (stmt) {
            case Stmt.Assign s -> out.add(new Stmt.Assign(s.target(), lower(s.value(), out, null)));
            case Stmt.Store s -> {
                List<Expr> operands = new ArrayList<>(List.of(s.value(), s.array()));
                operands.addAll(s.indices());
                List<Expr> lowered = lowerAll(operands, out, null);
                out.add(new Stmt.Store(lowered.get(1), lowered.subList(2, lowered.size()), lowered.get(0), s.pos()));
            }
            case Stmt.ArrayStore s -> elementwise.store(s, out);
            case Stmt.If s -> {
                Expr cond = lower(s.cond(), out, null);
                out.add(new Stmt.If(cond, lowerBody(s.then(), out), lowerBody(s.otherwise(), out)));
            }
            case Stmt.ForRange s -> {
                List<Expr> range = lowerAll(List.of(s.start(), s.stop(), s.step()), out, null);
                if (s.parallel()) prangeDepth++;
                List<Stmt> body = lowerBody(s.body(), out);
                if (s.parallel()) prangeDepth--;
                out.add(new Stmt.ForRange(s.index(), range.get(0), range.get(1), range.get(2), body, s.parallel(), s.pos()));
            }
            case Stmt.While s -> {
                Emitter condBlock = out.child();
                Expr cond = lower(s.cond(), condBlock, null);
                List<Stmt> body = lowerBody(s.body(), out);
                if (condBlock.isEmpty()) {
                    out.add(new Stmt.While(cond, body, s.pos()));
                } else {
                    condBlock.add(new Stmt.If(Ir.not(cond), List.of(new Stmt.Break()), List.of()));
                    List<Stmt> loop = new ArrayList<>(condBlock.stmts());
                    loop.addAll(body);
                    out.add(new Stmt.While(Ir.bool(true), loop, s.pos()));
                }
            }
            case Stmt.Break s -> out.add(s);
            case Stmt.Continue s -> out.add(s);
            case Stmt.Return s -> out.add(new Stmt.Return(s.value() == null ? null : lower(s.value(), out, null)));
            case Stmt.Eval s -> out.add(new Stmt.Eval(lower(s.value(), out, null)));
            case Stmt.Print s -> out.add(new Stmt.Print(s.texts(), lowerAll(s.values(), out, null)));
            case Stmt.Raise s -> out.add(new Stmt.Raise(s.pythonName(), s.format(), lowerAll(s.args(), out, null), s.pos()));
            case Stmt.Try s -> out.add(new Stmt.Try(lowerBody(s.body(), out), s.catches(), lowerBody(s.handler(), out),
                    lowerBody(s.finalBody(), out), s.pos()));
        }
    }

    /**
     * The scalar/loop-level form of e; statements it needs are emitted into out. {@code elements} binds
     * {@link Expr.Element}{@code (k)} inside an Elementwise body (null outside one).
     */
    Expr lower(Expr e, Emitter out, List<Expr> elements) {
        return switch (e) {
            case Expr.Const c -> c;
            case Expr.Local l -> l;
            case Expr.NoneValue n -> n;
            case Expr.DTypeOf d -> d;
            case Expr.Wrap w -> new Expr.Wrap(lower(w.value(), out, elements), w.type());
            case Expr.Unwrap u -> new Expr.Unwrap(lower(u.optional(), out, elements), u.pos());
            case Expr.IsNone i -> new Expr.IsNone(lower(i.optional(), out, elements));
            case Expr.Element el -> {
                if (elements == null) throw new IllegalArgumentException("Element(" + el.input() + ") outside an Elementwise body");
                yield elements.get(el.input());
            }
            case Expr.Binary b -> {
                List<Expr> ops = lowerAll(List.of(b.left(), b.right()), out, elements);
                yield new Expr.Binary(b.op(), ops.get(0), ops.get(1), b.type(), b.pos());
            }
            case Expr.Unary u -> new Expr.Unary(u.op(), lower(u.operand(), out, elements), u.type());
            case Expr.Compare c -> {
                List<Expr> ops = lowerAll(List.of(c.left(), c.right()), out, elements);
                yield new Expr.Compare(c.op(), ops.get(0), ops.get(1));
            }
            case Expr.Logical l -> lowerLogical(l, out, elements);
            case Expr.Select s -> lowerSelect(s, out, elements);
            case Expr.Cast c -> new Expr.Cast(lower(c.operand(), out, elements), c.type());
            case Expr.Load l -> {
                List<Expr> ops = new ArrayList<>(List.of(l.array()));
                ops.addAll(l.indices());
                List<Expr> lowered = lowerAll(ops, out, elements);
                yield new Expr.Load(lowered.getFirst(), lowered.subList(1, lowered.size()), l.pos());
            }
            case Expr.Dim d -> new Expr.Dim(lower(d.array(), out, elements), d.axis());
            case Expr.Size s -> new Expr.Size(lower(s.array(), out, elements));
            case Expr.Intrinsic i -> new Expr.Intrinsic(i.fn(), lowerAll(i.args(), out, elements), i.type());
            case Expr.Call c -> new Expr.Call(c.function(), lowerAll(c.args(), out, elements), c.type(), c.pos());
            case Expr.Threads t -> new Expr.Threads(t.function(), lowerAll(t.args(), out, elements), t.type(), t.pos());
            case Expr.Random r -> new Expr.Random(r.function(), lowerAll(r.args(), out, elements), r.type(), r.pos());
            case Expr.TupleNew t -> new Expr.TupleNew(lowerAll(t.elements(), out, elements), t.type());
            case Expr.TupleGet t -> new Expr.TupleGet(lower(t.tuple(), out, elements), t.index(), t.type());
            case Expr.Alloc a -> {
                List<Expr> ops = new ArrayList<>(a.shape());
                if (a.fillValue() != null) ops.add(a.fillValue());
                List<Expr> lowered = lowerAll(ops, out, elements);
                Expr fill = a.fillValue() == null ? null : lowered.getLast();
                yield new Expr.Alloc(lowered.subList(0, a.shape().size()), a.fill(), fill, a.type(), a.pos());
            }
            case Expr.Arange a -> {
                List<Expr> ops = lowerAll(List.of(a.start(), a.stop(), a.step()), out, elements);
                yield new Expr.Arange(ops.get(0), ops.get(1), ops.get(2), a.type(), a.pos());
            }
            case Expr.Linspace l -> {
                List<Expr> ops = lowerAll(List.of(l.start(), l.stop(), l.num()), out, elements);
                yield new Expr.Linspace(ops.get(0), ops.get(1), ops.get(2), l.type(), l.pos());
            }
            case Expr.Library l -> new Expr.Library(l.fn(), lowerAll(l.args(), out, elements), l.type(), l.pos());
            case Expr.Collection c -> new Expr.Collection(c.fn(), lowerAll(c.args(), out, elements), c.type(), c.pos());
            case Expr.View v -> lowerView(v, out, elements);
            case Expr.Transpose t -> new Expr.Transpose(lower(t.array(), out, elements), t.type());
            case Expr.ShapeView s -> {
                List<Expr> ops = lowerAll(prependArray(s.array(), s.args()), out, elements);
                yield new Expr.ShapeView(s.op(), ops.getFirst(), ops.subList(1, ops.size()), s.type(), s.pos());
            }
            case Expr.Elementwise w -> elementwise.materialize(w, out, elements);
            case Expr.Reduce r -> reductions.lower(r, out, elements);
            case Expr.Dot d -> dots.lower(d, out, elements);
        };
    }

    /**
     * Lowers operands evaluated left to right. When a later operand needs statements, the earlier ones are first
     * saved in temporaries so those statements cannot run before them.
     */
    List<Expr> lowerAll(List<Expr> operands, Emitter out, List<Expr> elements) {
        List<Emitter> blocks = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        int lastWithStatements = -1;
        for (Expr operand : operands) {
            Emitter block = out.child();
            values.add(lower(operand, block, elements));
            if (!block.isEmpty()) lastWithStatements = blocks.size();
            blocks.add(block);
        }
        List<Expr> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.addAll(blocks.get(i));
            result.add(i < lastWithStatements ? out.spill(values.get(i)) : values.get(i));
        }
        return result;
    }

    private Expr lowerLogical(Expr.Logical l, Emitter out, List<Expr> elements) {
        Expr left = lower(l.left(), out, elements);
        Emitter rightBlock = out.child();
        Expr right = lower(l.right(), rightBlock, elements);
        if (rightBlock.isEmpty()) return new Expr.Logical(l.isAnd(), left, right);
        Expr.Local result = out.bind(left);
        rightBlock.add(new Stmt.Assign(result.var(), right));
        out.add(new Stmt.If(l.isAnd() ? result : Ir.not(result), rightBlock.stmts(), List.of()));
        return result;
    }

    private Expr lowerSelect(Expr.Select s, Emitter out, List<Expr> elements) {
        Expr cond = lower(s.cond(), out, elements);
        Emitter thenBlock = out.child();
        Emitter elseBlock = out.child();
        Expr ifTrue = lower(s.ifTrue(), thenBlock, elements);
        Expr ifFalse = lower(s.ifFalse(), elseBlock, elements);
        if (thenBlock.isEmpty() && elseBlock.isEmpty()) return new Expr.Select(cond, ifTrue, ifFalse, s.type());
        var result = out.fresh("t", s.type());
        thenBlock.add(new Stmt.Assign(result, ifTrue));
        elseBlock.add(new Stmt.Assign(result, ifFalse));
        out.add(new Stmt.If(cond, thenBlock.stmts(), elseBlock.stmts()));
        return new Expr.Local(result);
    }

    private Expr lowerView(Expr.View v, Emitter out, List<Expr> elements) {
        List<Expr> ops = new ArrayList<>(List.of(v.array()));
        for (Expr.IndexSpec spec : v.spec()) {
            switch (spec) {
                case Expr.IndexSpec.At at -> ops.add(at.index());
                case Expr.IndexSpec.Range r -> {
                    for (Expr bound : new Expr[] {r.lower(), r.upper(), r.step()}) if (bound != null) ops.add(bound);
                }
            }
        }
        Iterator<Expr> lowered = lowerAll(ops, out, elements).iterator();
        Expr array = lowered.next();
        List<Expr.IndexSpec> specs = new ArrayList<>();
        for (Expr.IndexSpec spec : v.spec()) {
            specs.add(switch (spec) {
                case Expr.IndexSpec.At at -> new Expr.IndexSpec.At(lowered.next());
                case Expr.IndexSpec.Range r -> new Expr.IndexSpec.Range(
                        r.lower() == null ? null : lowered.next(),
                        r.upper() == null ? null : lowered.next(),
                        r.step() == null ? null : lowered.next());
            });
        }
        return new Expr.View(array, specs, v.type(), v.pos());
    }

    private static List<Expr> prependArray(Expr array, List<Expr> args) {
        List<Expr> all = new ArrayList<>(List.of(array));
        all.addAll(args);
        return all;
    }

    /** A type's scalar element type: the dtype of an array type, or the scalar type itself. */
    static Type.Scalar elementType(Type t) {
        return t instanceof Type.Array a ? Type.scalar(a.dtype()) : (Type.Scalar) t;
    }
}
