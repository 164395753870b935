package io.jumba.typing;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.CompareOp;
import io.jumba.frontend.ast.PyExpr.Attribute;
import io.jumba.frontend.ast.PyExpr.BinOp;
import io.jumba.frontend.ast.PyExpr.BoolLit;
import io.jumba.frontend.ast.PyExpr.BoolOp;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.frontend.ast.PyExpr.Compare;
import io.jumba.frontend.ast.PyExpr.FloatLit;
import io.jumba.frontend.ast.PyExpr.IfExp;
import io.jumba.frontend.ast.PyExpr.IntLit;
import io.jumba.frontend.ast.PyExpr.Name;
import io.jumba.frontend.ast.PyExpr.NoneLit;
import io.jumba.frontend.ast.PyExpr.Slice;
import io.jumba.frontend.ast.PyExpr.StrLit;
import io.jumba.frontend.ast.PyExpr.Subscript;
import io.jumba.frontend.ast.PyExpr.UnaryOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;
import io.jumba.runtime.MemoryFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Types and lowers expressions. Operands are converted explicitly so every IR node sees operands of its own type.
 * {@code and}/{@code or} always yield bool: on non-bool operands each operand is converted by truthiness
 * (Python would return one of the operands instead). Operands are evaluated once each and only when Python
 * would evaluate them: a lazily evaluated operand that needs statements (a chained comparison, a tuple index)
 * becomes an {@code if} statement writing a temporary.
 */
final class ExprLowering {
    private final FunctionTyping f;
    private final CallLowering calls;

    ExprLowering(FunctionTyping f) {
        this.f = f;
        this.calls = new CallLowering(f, this);
    }

    /**
     * e typed and lowered; an optional value is unwrapped, as Numba converts an optional where its value is needed
     * (TypeError when it holds None).
     */
    Expr lower(io.jumba.frontend.ast.PyExpr e) {
        Expr x = lowerKeepingOptional(e);
        return x.type() instanceof Type.Optional ? new Expr.Unwrap(x, e.pos()) : x;
    }

    /** e typed and lowered, an optional value kept as it is: for assignments, returns, prints and {@code is None}. */
    Expr lowerKeepingOptional(io.jumba.frontend.ast.PyExpr e) {
        return switch (e) {
            case IntLit i -> i.unsigned() ? new Expr.Const(i.value(), Type.scalar(DType.UINT64)) : TypedIr.i64(i.value());
            case FloatLit x -> new Expr.Const(x.value(), Type.FLOAT64);
            case io.jumba.frontend.ast.PyExpr.ImagLit x -> new Expr.Const(new Complex(0, x.value()), Type.scalar(DType.COMPLEX128));
            case BoolLit b -> new Expr.Const(b.value(), Type.BOOL);
            case NoneLit n -> new Expr.NoneValue();
            case io.jumba.frontend.ast.PyExpr.EllipsisLit x ->
                    throw new UnsupportedError(x.pos(), "Ellipsis (...) is supported only as an array index");
            case StrLit s -> throw new UnsupportedError(s.pos(), "strings are supported only as constant arguments (of print, raise, dtype=); string values are not");
            case Name n -> name(n);
            case BinOp b -> {
                Expr l = lower(b.left());
                yield binary(b.op(), l, lower(b.right()), b.pos());
            }
            case UnaryOp u -> unary(u);
            case Compare c -> compare(c);
            case BoolOp b -> boolOp(b);
            case IfExp i -> select(i);
            case Call c -> calls.call(c);
            case Attribute a -> attribute(a);
            case Subscript s -> subscript(s);
            case Slice s -> throw new TypingError(s.pos(), "a slice is only allowed inside []");
            case io.jumba.frontend.ast.PyExpr.Tuple t -> {
                List<Expr> elements = new ArrayList<>();
                for (io.jumba.frontend.ast.PyExpr x : t.elements()) elements.add(lower(x));
                yield tuple(elements);
            }
            case io.jumba.frontend.ast.PyExpr.ListLit l -> new ListsAndDicts(f, this).literal(l);
            case io.jumba.frontend.ast.PyExpr.ListComp c -> new ListsAndDicts(f, this).comprehension(c);
        };
    }

    static Expr.TupleNew tuple(List<Expr> elements) {
        return new Expr.TupleNew(elements, new Type.Tuple(elements.stream().map(Expr::type).toList()));
    }

    /**
     * The qualified name a name or attribute chain denotes when it is not a value: {@code np.sqrt} gives
     * {@code "numpy.sqrt"}, {@code prange} imported from numba gives {@code "numba.prange"}, a builtin such as
     * {@code range} gives itself. Null for locals, module globals and module functions.
     */
    String qualify(io.jumba.frontend.ast.PyExpr e) {
        return switch (e) {
            case Name n -> {
                if (f.scope.has(n.id()) || f.specializer.constants.has(n.id())) yield null;
                String imported = f.specializer.module.imports().get(n.id());
                if (imported != null) yield imported;
                if (f.specializer.module.function(n.id()) != null) yield null;
                yield n.id();
            }
            case Attribute a -> {
                String base = qualify(a.value());
                yield base == null ? null : base + "." + a.attr();
            }
            default -> null;
        };
    }

    private Expr name(Name n) {
        Var v = f.scope.lookup(n.id());
        if (v != null) return v.type() instanceof Type.None ? new Expr.NoneValue() : new Expr.Local(v);
        if (f.specializer.constants.has(n.id())) {
            if (NamedTuples.of(f.specializer.module, n.id()) != null) {
                throw new UnsupportedError(n.pos(), "the namedtuple class '" + n.id() + "' is supported only called, as in " + n.id() + "(...)");
            }
            return f.specializer.constants.get(n.id());
        }
        if (f.specializer.module.function(n.id()) != null) {
            throw new UnsupportedError(n.pos(), "functions are not first-class values in Jumba; call '" + n.id() + "'");
        }
        String q = qualify(n);
        Double known = q == null ? null : ModuleConstants.known(q);
        if (known != null) return new Expr.Const(known, Type.FLOAT64);
        if (f.specializer.module.imports().containsKey(n.id())) {
            throw new TypingError(n.pos(), "module '" + n.id() + "' is not a value");
        }
        throw new TypingError(n.pos(), "name '" + n.id() + "' is not defined");
    }

    private Expr attribute(Attribute a) {
        String q = qualify(a);
        if (q != null) {
            Double known = ModuleConstants.known(q);
            if (known != null) return new Expr.Const(known, Type.FLOAT64);
            throw new UnsupportedError(a.pos(), "'" + q + "' is not supported here");
        }
        if (a.value() instanceof io.jumba.frontend.ast.PyExpr.Call call) {
            String fq = qualify(call.func());
            if ("numpy.finfo".equals(fq) || "numpy.iinfo".equals(fq)) return machineLimit(fq, call, a);
        }
        if (a.value() instanceof Attribute flags && flags.attr().equals("flags") && qualify(flags) == null) {
            Expr array = lower(flags.value());
            if (!(array.type() instanceof Type.Array)) {
                throw new TypingError(flags.pos(), "'" + array.type() + "' has no attribute 'flags'");
            }
            return ArrayFlags.flag(array, a.attr(), a.pos());
        }
        Expr value = lower(a.value());
        if (value.type() instanceof Type.Tuple t && t.isNamed()) return NamedTuples.field(value, a.attr(), a.pos());
        if (value.type() instanceof Type.Array array) {
            return switch (a.attr()) {
                case "shape" -> {
                    List<Expr> dims = new ArrayList<>();
                    for (int i = 0; i < array.ndim(); i++) dims.add(new Expr.Dim(value, i));
                    yield tuple(dims);
                }
                case "size" -> new Expr.Size(value);
                case "ndim" -> TypedIr.i64(array.ndim());
                case "itemsize" -> TypedIr.i64(array.dtype().itemSize());
                case "nbytes" -> TypedIr.binary(io.jumba.ir.BinOp.MUL, new Expr.Size(value), TypedIr.i64(array.dtype().itemSize()),
                        DType.INT64, a.pos());
                case "strides" -> strides(value, array, a.pos());
                case "dtype" -> new Expr.DTypeOf(array.dtype());
                case "flags" -> throw new UnsupportedError(a.pos(), "a.flags is supported read as a.flags.c_contiguous,"
                        + " a.flags.f_contiguous or a.flags.contiguous, as in Numba");
                case "real", "imag" -> ComplexCalls.part(value, a.attr(), a.pos());
                case "flat" -> throw new UnsupportedError(a.pos(), "a.flat is supported iterated (for x in a.flat) and indexed"
                        + " (a.flat[i], a.flat[i] = v), as in Numba");
                case "T" -> new Expr.Transpose(value, Type.array(array.dtype(), array.ndim(), switch (array.layout()) {
                    case C -> array.ndim() <= 1 ? Layout.C : Layout.F;
                    case F -> Layout.C;
                    case A -> Layout.A;
                }));
                default -> throw new UnsupportedError(a.pos(), "array attribute '" + a.attr() + "' is not supported");
            };
        }
        if (value.type() instanceof Type.Scalar && (a.attr().equals("real") || a.attr().equals("imag"))) {
            return ComplexCalls.part(value, a.attr(), a.pos());
        }
        throw new TypingError(a.pos(), "'" + value.type() + "' has no attribute '" + a.attr() + "'");
    }

    /**
     * {@code a.strides} in bytes: from the shape for a C- or F-contiguous type, else (a strided view) the array's own
     * strides, read when it runs.
     */
    private static Expr strides(Expr value, Type.Array array, SourcePos pos) {
        if (array.layout() == Layout.A) {
            return new Expr.Library(MemoryFn.STRIDES, List.of(value),
                    new Type.Tuple(Collections.nCopies(array.ndim(), Type.INT64)), pos);
        }
        return tuple(strideList(value, array, pos));
    }

    /** The strides in bytes of value, a C- or F-contiguous array of type array. */
    static List<Expr> strideList(Expr value, Type.Array array, SourcePos pos) {
        List<Expr> strides = new ArrayList<>();
        for (int d = 0; d < array.ndim(); d++) {
            Expr stride = TypedIr.i64(array.dtype().itemSize());
            boolean c = array.layout() == Layout.C;
            for (int k = c ? d + 1 : 0; k < (c ? array.ndim() : d); k++) {
                stride = TypedIr.binary(io.jumba.ir.BinOp.MUL, stride, new Expr.Dim(value, k), DType.INT64, pos);
            }
            strides.add(stride);
        }
        return strides;
    }

    /** {@code np.finfo(t).attr} / {@code np.iinfo(t).attr} of a type t (NumPy refuses a number or an array). */
    private Expr machineLimit(String fq, io.jumba.frontend.ast.PyExpr.Call call, Attribute a) {
        String name = fq.replace("numpy.", "np.");
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            throw new TypingError(call.pos(), name + "() takes one argument, a type");
        }
        DType d = new ArrayCalls(f, this).dtype(call.args().getFirst(), name);
        return fq.equals("numpy.finfo") ? MachineLimits.finfo(d, a.attr(), a.pos()) : MachineLimits.iinfo(d, a.attr(), a.pos());
    }

    private Expr subscript(Subscript s) {
        Expr flat = FlatIndexing.flatOf(s.value(), this);
        if (flat != null) return new Expr.Load(flat, FlatIndexing.indices(f, flat, s.index(), s.pos()), s.pos());
        Expr base = lower(s.value());
        return switch (base.type()) {
            case Type.Array a -> switch (new ArrayIndexing(this).index(base, s.index(), s.pos())) {
                case ArrayIndexing.Result.Element e -> new Expr.Load(base, e.indices(), s.pos());
                case ArrayIndexing.Result.Slice v -> v.view();
                case ArrayIndexing.Result.Advanced adv -> new AdvancedIndexing(f).read(adv, s.pos());
            };
            case Type.Tuple t when s.index() instanceof io.jumba.frontend.ast.PyExpr.Slice slice ->
                    new TupleOperations(f, this).slice(base, slice);
            case Type.Tuple t -> {
                Expr index = lower(s.index());
                if (!(index instanceof Expr.Const c) || !(c.value() instanceof Long k) || TypedIr.dtype(c).isBool()) {
                    yield dynamicTupleIndex(base, t, index, s);
                }
                int n = t.elements().size();
                long i = k < 0 ? k + n : k;
                if (i < 0 || i >= n) throw new TypingError(s.index().pos(), "tuple index " + k + " out of range");
                if (base instanceof Expr.TupleNew tn && tn.elements().stream().allMatch(ExprLowering::isPure)) {
                    yield tn.elements().get((int) i);
                }
                yield new Expr.TupleGet(base, (int) i, t.elements().get((int) i));
            }
            case Type.ListOf l -> new ListsAndDicts(f, this).subscript(base, s.index(), s.pos());
            case Type.DictOf d -> new ListsAndDicts(f, this).subscript(base, s.index(), s.pos());
            default -> throw new TypingError(s.pos(), "'" + base.type() + "' is not subscriptable");
        };
    }

    /**
     * {@code t[i]} with a runtime index on a tuple whose elements share one type (Numba's UniTuple): the index is
     * wrapped and checked (IndexError), then a chain of selects picks the element.
     */
    private Expr dynamicTupleIndex(Expr base, Type.Tuple t, Expr index, Subscript s) {
        int n = t.elements().size();
        if (n == 0 || t.elements().stream().anyMatch(e -> !e.equals(t.elements().getFirst()))) {
            throw new TypingError(s.index().pos(), "a tuple of mixed types (" + t + ") needs a constant index");
        }
        Expr i = f.temp(ArrayIndexing.integer(index, s.index().pos()));
        Expr wrapped = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, i, TypedIr.i64(0), DType.INT64),
                TypedIr.binary(io.jumba.ir.BinOp.ADD, i, TypedIr.i64(n), DType.INT64, s.pos()), i, Type.INT64));
        Expr outOfRange = new Expr.Logical(false, TypedIr.compare(CmpOp.LT, wrapped, TypedIr.i64(0), DType.INT64),
                TypedIr.compare(CmpOp.GE, wrapped, TypedIr.i64(n), DType.INT64));
        f.emit(new io.jumba.ir.Stmt.If(outOfRange,
                List.of(new io.jumba.ir.Stmt.Raise("IndexError", "tuple index out of range", List.of(), s.pos())), List.of()));
        boolean direct = base instanceof Expr.TupleNew tn && tn.elements().stream().allMatch(ExprLowering::isPure);
        Expr tuple = direct ? base : f.temp(base);
        Expr result = null;
        for (int k = n - 1; k >= 0; k--) {
            Expr item = direct ? ((Expr.TupleNew) base).elements().get(k) : new Expr.TupleGet(tuple, k, t.elements().get(k));
            result = result == null ? item
                    : new Expr.Select(TypedIr.compare(CmpOp.EQ, wrapped, TypedIr.i64(k), DType.INT64), item, result, item.type());
        }
        return result;
    }

    /** e held in a temporary unless it is a constant or a local, so that it is evaluated once. */
    Expr temp(Expr e) { return f.temp(e); }

    static boolean isPure(Expr e) {
        return e instanceof Expr.Const || e instanceof Expr.Local
                || e instanceof Expr.Dim d && isPure(d.array());
    }

    /** {@code l op r} with Numba's result type; arrays go to {@link ArrayExpressions}. */
    Expr binary(BinaryOp op, Expr l, Expr r, SourcePos pos) {
        if (op == BinaryOp.MATMUL) return ArrayExpressions.dot(f, l, r, pos);
        if (TupleOperations.isTuple(l) || TupleOperations.isTuple(r)) return new TupleOperations(f, this).binary(op, l, r, pos);
        Expr collection = new ListsAndDicts(f, this).binary(op, l, r, pos);
        if (collection != null) return collection;
        if (l.type() instanceof Type.Array || r.type() instanceof Type.Array) {
            return ArrayExpressions.binary(op, l, r, pos);
        }
        if (!(l.type() instanceof Type.Scalar ls) || !(r.type() instanceof Type.Scalar rs)) {
            throw new TypingError(pos, "unsupported operand types for " + op.symbol + ": " + l.type() + " and " + r.type());
        }
        return scalarBinary(op, l, r, Promotion.scalarBinary(op, ls.dtype(), rs.dtype()), pos);
    }

    /** A scalar binary operation computed in dtype d (also used for array element bodies). */
    static Expr scalarBinary(BinaryOp op, Expr l, Expr r, DType d, SourcePos pos) {
        boolean bitwise = switch (op) {
            case BITAND, BITOR, BITXOR, LSHIFT, RSHIFT -> true;
            default -> false;
        };
        if (bitwise && (d.isFloat() || d.isComplex()) || d.isComplex() && (op == BinaryOp.FLOORDIV || op == BinaryOp.MOD)) {
            throw new TypingError(pos, "unsupported operand types for " + op.symbol + ": " + l.type() + " and " + r.type());
        }
        io.jumba.ir.BinOp irOp = switch (op) {
            case ADD -> io.jumba.ir.BinOp.ADD;
            case SUB -> io.jumba.ir.BinOp.SUB;
            case MUL -> io.jumba.ir.BinOp.MUL;
            case TRUEDIV -> io.jumba.ir.BinOp.DIV;
            case FLOORDIV -> io.jumba.ir.BinOp.FLOORDIV;
            case MOD -> io.jumba.ir.BinOp.MOD;
            case POW -> io.jumba.ir.BinOp.POW;
            case LSHIFT -> io.jumba.ir.BinOp.SHL;
            case RSHIFT -> io.jumba.ir.BinOp.SHR;
            case BITAND -> io.jumba.ir.BinOp.BITAND;
            case BITOR -> io.jumba.ir.BinOp.BITOR;
            case BITXOR -> io.jumba.ir.BinOp.BITXOR;
            case MATMUL -> throw new TypingError(pos, "@ needs arrays");
        };
        if (d.isBool() && !bitwise) d = DType.INT64;
        return TypedIr.binary(irOp, l, r, d, pos);
    }

    private Expr unary(UnaryOp u) {
        Expr x = lower(u.operand());
        if (x.type() instanceof Type.Array) return ArrayExpressions.unary(u.op(), x, u.pos());
        if (!(x.type() instanceof Type.Scalar s)) {
            throw new TypingError(u.pos(), "bad operand type for unary " + u.op() + ": " + x.type());
        }
        if (s.dtype().isUnsigned() && u.op() != io.jumba.frontend.ast.UnaryOperator.NOT) {
            // Numba computes -x, ~x and +x of an unsigned x in x's own type, then widens the result to uint64.
            return TypedIr.cast(scalarUnary(u.op(), x, s.dtype(), u.pos()), DType.UINT64);
        }
        return scalarUnary(u.op(), x, s.dtype().isFloat() || s.dtype().isComplex() ? s.dtype() : DType.INT64, u.pos());
    }

    /** A scalar unary operation; d is the type arithmetic negation computes in (int64 for ints, as Numba). */
    static Expr scalarUnary(io.jumba.frontend.ast.UnaryOperator op, Expr x, DType d, SourcePos pos) {
        DType xd = TypedIr.dtype(x);
        return switch (op) {
            case NEG -> {
                Expr v = TypedIr.cast(x, d);
                if (v instanceof Expr.Const c) {
                    yield TypedIr.binary(io.jumba.ir.BinOp.SUB, TypedIr.constant(0L, d), c, d, pos);
                }
                yield new Expr.Unary(UnOp.NEG, v, Type.scalar(d));
            }
            case POS -> TypedIr.cast(x, d);
            case NOT -> TypedIr.not(TypedIr.truth(x, pos));
            case INVERT -> {
                if (xd.isFloat() || xd.isComplex()) throw new TypingError(pos, "bad operand type for unary ~: " + x.type());
                if (xd.isBool()) yield x instanceof Expr.Const c ? TypedIr.not(c) : new Expr.Unary(UnOp.INVERT, x, Type.BOOL);
                Expr v = TypedIr.cast(x, d);
                if (v instanceof Expr.Const c) yield TypedIr.constant(~(Long) c.value(), d);
                yield new Expr.Unary(UnOp.INVERT, v, Type.scalar(d));
            }
        };
    }

    /**
     * {@code a < b < c}: each operand evaluated once and only when Python would (a later operand that needs
     * statements is computed under an {@code if} on the comparisons so far).
     */
    private Expr compare(Compare c) {
        for (CompareOp op : c.ops()) {
            boolean special = op == CompareOp.IN || op == CompareOp.NOT_IN || op == CompareOp.IS || op == CompareOp.IS_NOT;
            if (special && c.ops().size() > 1) {
                throw new UnsupportedError(c.pos(), "'" + op.symbol + "' in a chained comparison is not supported");
            }
        }
        if (c.ops().size() == 1 && (c.ops().getFirst() == CompareOp.IS || c.ops().getFirst() == CompareOp.IS_NOT)) {
            return new NoneTests(f).identity(c.ops().getFirst(), c.left(), c.comparators().getFirst(), c.pos());
        }
        if (c.ops().size() == 1 && (c.ops().getFirst() == CompareOp.IN || c.ops().getFirst() == CompareOp.NOT_IN)) {
            Expr found = new Membership(f, this).test(lower(c.left()), c.comparators().getFirst(), c.pos());
            return c.ops().getFirst() == CompareOp.IN ? found : TypedIr.not(found);
        }
        if (c.ops().size() == 1) {
            Expr l = lower(c.left());
            return compareOne(c.ops().getFirst(), l, lower(c.comparators().getFirst()), c.pos());
        }
        Expr previous = f.temp(lower(c.left()));
        Expr result = null;
        for (int i = 0; i < c.ops().size(); i++) {
            boolean last = i == c.ops().size() - 1;
            Expr left = previous;
            io.jumba.frontend.ast.PyExpr operand = c.comparators().get(i);
            CompareOp op = c.ops().get(i);
            Expr[] next = new Expr[1];
            Expr[] one = new Expr[1];
            List<io.jumba.ir.Stmt> pre = f.collect(() -> {
                Expr x = lower(operand);
                next[0] = last ? x : f.temp(x);
                one[0] = compareOne(op, left, next[0], c.pos());
            });
            if (!one[0].type().equals(Type.BOOL)) {
                throw new TypingError(c.pos(), "chained comparisons need scalars, got " + one[0].type());
            }
            if (result == null) {
                pre.forEach(f::emit);
                result = one[0];
            } else {
                result = guarded(true, result, pre, one[0]);
            }
            previous = next[0];
        }
        return result;
    }

    /**
     * {@code left and right} (or {@code or}) where right needs statements pre: they run only when left does not
     * decide the result.
     */
    private Expr guarded(boolean isAnd, Expr left, List<io.jumba.ir.Stmt> pre, Expr right) {
        if (pre.isEmpty()) return new Expr.Logical(isAnd, left, right);
        Var result = f.freshVar(Type.BOOL);
        f.emit(new io.jumba.ir.Stmt.Assign(result, left));
        List<io.jumba.ir.Stmt> body = new ArrayList<>(pre);
        body.add(new io.jumba.ir.Stmt.Assign(result, right));
        Expr test = isAnd ? new Expr.Local(result) : TypedIr.not(new Expr.Local(result));
        f.emit(new io.jumba.ir.Stmt.If(test, body, List.of()));
        return new Expr.Local(result);
    }

    Expr compareOne(CompareOp op, Expr l, Expr r, SourcePos pos) {
        CmpOp cmp = switch (op) {
            case LT -> CmpOp.LT;
            case LE -> CmpOp.LE;
            case GT -> CmpOp.GT;
            case GE -> CmpOp.GE;
            case EQ -> CmpOp.EQ;
            case NE -> CmpOp.NE;
            case IS, IS_NOT, IN, NOT_IN -> throw new UnsupportedError(pos, "'" + op.symbol + "' is not supported here");
        };
        if (TupleOperations.isTuple(l) && TupleOperations.isTuple(r)) return new TupleOperations(f, this).compare(op, l, r, pos);
        if (l.type() instanceof Type.Array || r.type() instanceof Type.Array) {
            return ArrayExpressions.compare(cmp, l, r, pos);
        }
        if (!(l.type() instanceof Type.Scalar ls) || !(r.type() instanceof Type.Scalar rs)) {
            throw new TypingError(pos, "cannot compare " + l.type() + " and " + r.type());
        }
        ComplexCalls.checkComparable(cmp, ls.dtype(), rs.dtype(), pos);
        return TypedIr.compare(cmp, l, r, Promotion.comparison(ls.dtype(), rs.dtype()));
    }

    private Expr boolOp(BoolOp b) {
        Expr result = TypedIr.truth(lower(b.values().getFirst()), b.values().getFirst().pos());
        for (io.jumba.frontend.ast.PyExpr v : b.values().subList(1, b.values().size())) {
            Expr[] right = new Expr[1];
            List<io.jumba.ir.Stmt> pre = f.collect(() -> right[0] = TypedIr.truth(lower(v), v.pos()));
            result = guarded(b.isAnd(), result, pre, right[0]);
        }
        return result;
    }

    /** {@code yes if test else no}; a branch that needs statements makes it an if statement into a temporary. */
    private Expr select(IfExp i) {
        Expr cond = TypedIr.truth(lower(i.test()), i.test().pos());
        if (cond instanceof Expr.Const c) return lowerKeepingOptional((Boolean) c.value() ? i.body() : i.orElse());
        Expr[] yes = new Expr[1];
        Expr[] no = new Expr[1];
        List<io.jumba.ir.Stmt> preYes = f.collect(() -> yes[0] = lowerKeepingOptional(i.body()));
        List<io.jumba.ir.Stmt> preNo = f.collect(() -> no[0] = lowerKeepingOptional(i.orElse()));
        Type t = Unifier.unify(yes[0].type(), no[0].type());
        if (t == null) {
            throw new TypingError(i.pos(), "the branches of a conditional expression have incompatible types "
                    + yes[0].type() + " and " + no[0].type());
        }
        if (preYes.isEmpty() && preNo.isEmpty()) {
            return new Expr.Select(cond, f.convert(yes[0], t, i.pos()), f.convert(no[0], t, i.pos()), t);
        }
        Var result = f.freshVar(t);
        List<io.jumba.ir.Stmt> then = new ArrayList<>(preYes);
        List<io.jumba.ir.Stmt> otherwise = new ArrayList<>(preNo);
        then.addAll(f.collect(() -> f.emit(new io.jumba.ir.Stmt.Assign(result, f.convert(yes[0], t, i.pos())))));
        otherwise.addAll(f.collect(() -> f.emit(new io.jumba.ir.Stmt.Assign(result, f.convert(no[0], t, i.pos())))));
        f.emit(new io.jumba.ir.Stmt.If(cond, then, otherwise));
        return new Expr.Local(result);
    }
}
