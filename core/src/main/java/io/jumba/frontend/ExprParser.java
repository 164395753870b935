package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.CompareOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.UnaryOperator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static io.jumba.frontend.TokenCursor.syntax;
import static io.jumba.frontend.TokenCursor.unsupported;

/**
 * Recursive-descent parser for expressions with Python's precedence, loosest first: conditional, {@code or},
 * {@code and}, {@code not}, comparisons (chained), {@code |}, {@code ^}, {@code &}, shifts, {@code + -},
 * {@code * / // % @}, unary {@code - + ~}, {@code **} (right-associative, tighter than a unary on its left),
 * then calls, subscripts and attributes.
 * <p>
 * A list literal {@code [1, 2]} is accepted only as a whole call argument (as in {@code np.array([1.0, 2.0])} or
 * {@code @vectorize(["float64(float64)"])}) and is represented as an {@link PyExpr.Tuple} positioned at its '['.
 */
final class ExprParser {
    private static final Map<String, BinaryOp> SHIFT = Map.of("<<", BinaryOp.LSHIFT, ">>", BinaryOp.RSHIFT);
    private static final Map<String, BinaryOp> ARITH = Map.of("+", BinaryOp.ADD, "-", BinaryOp.SUB);
    private static final Map<String, BinaryOp> TERM = Map.of("*", BinaryOp.MUL, "/", BinaryOp.TRUEDIV,
            "//", BinaryOp.FLOORDIV, "%", BinaryOp.MOD, "@", BinaryOp.MATMUL);
    private static final Map<String, CompareOp> COMPARE = Map.of("<", CompareOp.LT, "<=", CompareOp.LE,
            ">", CompareOp.GT, ">=", CompareOp.GE, "==", CompareOp.EQ, "!=", CompareOp.NE);
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of("True", "False", "None", "not", "lambda", "yield", "await");
    private static final Set<String> EXPRESSION_OPS = Set.of("(", "[", "{", "-", "+", "~", "*", "...");

    private final TokenCursor in;
    /** How deeply the parse methods recurse now: bounded, so that no expression overflows the parser's stack. */
    private int depth;

    ExprParser(TokenCursor in) { this.in = in; }

    /** Counts one more level of recursion at t; refused past {@link Limits#EXPRESSION_DEPTH}. */
    private void enter(Token t) {
        if (depth == NestingLimits.EXPRESSION_DEPTH) throw syntax(t, "expression too deeply nested");
        depth++;
    }

    /**
     * The whole expression that a statement holds (the outermost parse, at depth 1), checked to be no deeper than
     * {@link Limits#EXPRESSION_DEPTH}: a long chain such as {@code x + x + ... + x} nests one level per operator.
     */
    private PyExpr bounded(Token start, PyExpr e) {
        if (depth == 1 && ExpressionHeight.exceeds(e, NestingLimits.EXPRESSION_DEPTH)) {
            throw syntax(start, "expression too deeply nested");
        }
        return e;
    }

    /** Whether {@code t} can begin an expression (used to end bare tuples such as {@code return a, b}). */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME, NUMBER, STRING -> true;
            case KEYWORD -> EXPRESSION_KEYWORDS.contains(t.text());
            case OP -> EXPRESSION_OPS.contains(t.text());
            default -> false;
        };
    }

    /** {@code test (',' test)* [',']}: several make a Tuple, e.g. {@code return a, b}. */
    PyExpr testList() { return list(this::test); }

    /** Like {@link #testList()} but at the bitwise-or level, for {@code for} targets (stops before {@code in}). */
    PyExpr targetList() { return list(this::bitOr); }

    private PyExpr list(Supplier<PyExpr> element) {
        PyExpr first = element.get();
        if (!in.atOp(",")) return first;
        List<PyExpr> elements = new ArrayList<>(List.of(first));
        while (in.acceptOp(",") && startsExpression(in.peek())) elements.add(element.get());
        return new PyExpr.Tuple(List.copyOf(elements), first.pos());
    }

    /** A full expression: {@code body if test else orElse} or anything tighter. */
    PyExpr test() {
        Token start = in.peek();
        enter(start);
        try {
            return bounded(start, conditional());
        } finally {
            depth--;
        }
    }

    private PyExpr conditional() {
        if (in.atKeyword("lambda")) {
            throw unsupported(in.peek(), "lambda expressions are not supported; define a separate @njit function instead");
        }
        PyExpr body = or();
        if (in.atOp(":=")) throw unsupported(in.peek(), "assignment expressions (:=) are not supported");
        if (!in.acceptKeyword("if")) return body;
        PyExpr test = or();
        in.expectKeyword("else", "in conditional expression 'a if condition else b'");
        return new PyExpr.IfExp(test, body, test(), body.pos());
    }

    private PyExpr or() {
        PyExpr first = and();
        if (!in.atKeyword("or")) return first;
        List<PyExpr> values = new ArrayList<>(List.of(first));
        while (in.acceptKeyword("or")) values.add(and());
        return new PyExpr.BoolOp(false, List.copyOf(values), first.pos());
    }

    private PyExpr and() {
        PyExpr first = not();
        if (!in.atKeyword("and")) return first;
        List<PyExpr> values = new ArrayList<>(List.of(first));
        while (in.acceptKeyword("and")) values.add(not());
        return new PyExpr.BoolOp(true, List.copyOf(values), first.pos());
    }

    private PyExpr not() {
        if (!in.atKeyword("not")) return comparison();
        Token op = in.next();
        enter(op);
        try {
            return new PyExpr.UnaryOp(UnaryOperator.NOT, not(), op.pos());
        } finally {
            depth--;
        }
    }

    private PyExpr comparison() {
        PyExpr left = bitOr();
        List<CompareOp> ops = new ArrayList<>();
        List<PyExpr> comparators = new ArrayList<>();
        while (true) {
            Token t = in.peek();
            CompareOp op;
            if (t.kind() == Token.Kind.OP && COMPARE.containsKey(t.text())) {
                in.next();
                op = COMPARE.get(t.text());
            } else if (t.isKeyword("is")) {
                in.next();
                op = in.acceptKeyword("not") ? CompareOp.IS_NOT : CompareOp.IS;
            } else if (t.isKeyword("in")) {
                in.next();
                op = CompareOp.IN;
            } else if (t.isKeyword("not") && in.peek(1).isKeyword("in")) {
                in.next();
                in.next();
                op = CompareOp.NOT_IN;
            } else {
                break;
            }
            ops.add(op);
            comparators.add(bitOr());
        }
        return ops.isEmpty() ? left : new PyExpr.Compare(left, List.copyOf(ops), List.copyOf(comparators), left.pos());
    }

    private PyExpr bitOr() { return binary(Map.of("|", BinaryOp.BITOR), this::bitXor); }

    private PyExpr bitXor() { return binary(Map.of("^", BinaryOp.BITXOR), this::bitAnd); }

    private PyExpr bitAnd() { return binary(Map.of("&", BinaryOp.BITAND), this::shift); }

    private PyExpr shift() { return binary(SHIFT, this::arith); }

    private PyExpr arith() { return binary(ARITH, this::term); }

    private PyExpr term() { return binary(TERM, this::factor); }

    /** Left-associative chain of the operators in {@code ops} over operands from {@code operand}. */
    private PyExpr binary(Map<String, BinaryOp> ops, Supplier<PyExpr> operand) {
        PyExpr left = operand.get();
        while (in.at(Token.Kind.OP) && ops.containsKey(in.peek().text())) {
            BinaryOp op = ops.get(in.next().text());
            left = new PyExpr.BinOp(op, left, operand.get(), left.pos());
        }
        return left;
    }

    private PyExpr factor() {
        Token t = in.peek();
        UnaryOperator op = t.isOp("-") ? UnaryOperator.NEG : t.isOp("+") ? UnaryOperator.POS
                : t.isOp("~") ? UnaryOperator.INVERT : null;
        if (op == null) return power();
        in.next();
        enter(t);
        try {
            return new PyExpr.UnaryOp(op, factor(), t.pos());
        } finally {
            depth--;
        }
    }

    private PyExpr power() {
        PyExpr base = primary();
        if (!in.atOp("**")) return base;
        enter(in.next());
        try {
            return new PyExpr.BinOp(BinaryOp.POW, base, factor(), base.pos());
        } finally {
            depth--;
        }
    }

    private PyExpr primary() {
        PyExpr e = atom();
        while (true) {
            if (in.atOp("(")) {
                e = call(e);
            } else if (in.acceptOp("[")) {
                e = new PyExpr.Subscript(e, subscript(), e.pos());
                in.expectOp("]", "to close the subscript");
            } else if (in.acceptOp(".")) {
                e = new PyExpr.Attribute(e, in.expectName("after '.'").text(), e.pos());
            } else {
                return e;
            }
        }
    }

    private PyExpr.Call call(PyExpr func) {
        Token open = in.next();
        List<PyExpr> args = new ArrayList<>();
        List<PyExpr.Keyword> keywords = new ArrayList<>();
        Set<String> keywordNames = new HashSet<>();
        while (!in.atOp(")")) {
            Token t = in.peek();
            if (t.isOp("*") || t.isOp("**")) throw unsupported(t, "*args and **kwargs in calls are not supported");
            if (t.kind() == Token.Kind.NAME && in.peek(1).isOp("=")) {
                in.next();
                in.next();
                if (!keywordNames.add(t.text())) throw syntax(t, "keyword argument repeated: " + t.text());
                keywords.add(new PyExpr.Keyword(t.text(), argument(), t.pos()));
            } else {
                PyExpr arg = argument();
                if (in.atKeyword("for")) throw unsupported(in.peek(), "generator expressions are not supported");
                if (!keywords.isEmpty()) throw syntax(t, "positional argument follows keyword argument");
                args.add(arg);
            }
            if (!in.acceptOp(",")) break;
        }
        in.expectOp(")", "or ',' in the arguments of the call");
        return new PyExpr.Call(func, List.copyOf(args), List.copyOf(keywords), func.pos());
    }

    /**
     * A call argument: an expression; a list literal standing alone is a Tuple (np.array's nested lists, signature
     * lists), one inside an expression a list.
     */
    private PyExpr argument() {
        if (!in.atOp("[")) return test();
        int mark = in.mark();
        PyExpr list = listLiteral();
        if (in.atOp(",") || in.atOp(")")) return list;
        in.reset(mark);
        return test();
    }

    /** A list literal as a call argument: a Tuple (np.array([[1, 2], [3, 4]])), or a list comprehension. */
    private PyExpr listLiteral() {
        Token open = in.expectOp("[", "");
        List<PyExpr> elements = new ArrayList<>();
        while (!in.atOp("]")) {
            elements.add(in.atOp("[") ? listLiteral() : test());
            if (in.atKeyword("for") && elements.size() == 1) return comprehension(elements.getFirst(), open);
            if (!in.acceptOp(",")) break;
        }
        in.expectOp("]", "or ',' in the list");
        return new PyExpr.Tuple(List.copyOf(elements), open.pos());
    }

    /** {@code [a, b]} or {@code [x for x in it if c]} as a value. */
    private PyExpr listDisplay() {
        Token open = in.expectOp("[", "");
        List<PyExpr> elements = new ArrayList<>();
        while (!in.atOp("]")) {
            elements.add(test());
            if (in.atKeyword("for") && elements.size() == 1) return comprehension(elements.getFirst(), open);
            if (!in.acceptOp(",")) break;
        }
        in.expectOp("]", "or ',' in the list");
        return new PyExpr.ListLit(List.copyOf(elements), open.pos());
    }

    /** The rest of a list comprehension after its element, from its {@code for}, through the closing ']'. */
    private PyExpr.ListComp comprehension(PyExpr element, Token open) {
        in.next();
        PyExpr target = targetList();
        Targets.checkAssignable(target);
        in.expectKeyword("in", "after the comprehension's 'for' target");
        PyExpr iter = or();
        List<PyExpr> conditions = new ArrayList<>();
        while (in.atKeyword("if")) {
            in.next();
            conditions.add(or());
        }
        if (in.atKeyword("for")) throw unsupported(in.peek(), "nested list comprehensions (two 'for' clauses) are not supported");
        in.expectOp("]", "to close the list comprehension");
        return new PyExpr.ListComp(element, target, iter, List.copyOf(conditions), open.pos());
    }

    /** The index inside {@code []}: one item, or several as a Tuple ({@code a[i, j]}, {@code a[:, 0]}). */
    private PyExpr subscript() {
        if (in.atOp("]")) throw syntax(in.peek(), "expected an index inside '[]'");
        PyExpr first = subscriptItem();
        if (!in.atOp(",")) return first;
        List<PyExpr> items = new ArrayList<>(List.of(first));
        while (in.acceptOp(",") && !in.atOp("]")) items.add(subscriptItem());
        return new PyExpr.Tuple(List.copyOf(items), first.pos());
    }

    private PyExpr subscriptItem() {
        Token start = in.peek();
        PyExpr lower = in.atOp(":") ? null : test();
        if (!in.acceptOp(":")) return lower;
        PyExpr upper = endsSliceBound() ? null : test();
        PyExpr step = null;
        if (in.acceptOp(":") && !endsSliceBound()) step = test();
        return new PyExpr.Slice(lower, upper, step, lower != null ? lower.pos() : start.pos());
    }

    private boolean endsSliceBound() { return in.atOp(":") || in.atOp(",") || in.atOp("]"); }

    private PyExpr atom() {
        Token t = in.peek();
        switch (t.kind()) {
            case NAME -> {
                in.next();
                return new PyExpr.Name(t.text(), t.pos());
            }
            case NUMBER -> {
                in.next();
                return NumberLiteral.parse(t);
            }
            case STRING -> {
                return strings();
            }
            case KEYWORD -> {
                return keywordAtom(t);
            }
            case OP -> {
                return operatorAtom(t);
            }
            case INDENT -> throw syntax(t, "unexpected indent");
            default -> throw syntax(t, "expected an expression, found " + t.describe());
        }
    }

    /** Adjacent string literals concatenate, as in Python. */
    private PyExpr strings() {
        Token first = in.peek();
        StringBuilder value = new StringBuilder();
        while (in.at(Token.Kind.STRING)) value.append(StringLiteral.parse(in.next()).value());
        return new PyExpr.StrLit(value.toString(), first.pos());
    }

    private PyExpr keywordAtom(Token t) {
        return switch (t.text()) {
            case "True", "False" -> {
                in.next();
                yield new PyExpr.BoolLit(t.text().equals("True"), t.pos());
            }
            case "None" -> {
                in.next();
                yield new PyExpr.NoneLit(t.pos());
            }
            case "yield" -> throw unsupported(t, "generators (yield) are not supported");
            case "await" -> throw unsupported(t, "async/await is not supported");
            case "lambda" -> throw unsupported(t, "lambda expressions are not supported; define a separate @njit function instead");
            default -> throw syntax(t, "invalid syntax: expected an expression, found " + t.describe());
        };
    }

    private PyExpr operatorAtom(Token t) {
        switch (t.text()) {
            case "(" -> {
                return parenthesized();
            }
            case "[" -> {
                return listDisplay();
            }
            case "{" -> throw unsupported(t, "dict and set literals are not supported");
            case "*" -> throw unsupported(t, "starred expressions are not supported");
            case "..." -> {
                in.next();
                return new PyExpr.EllipsisLit(t.pos());
            }
            default -> throw syntax(t, "invalid syntax: expected an expression, found " + t.describe());
        }
    }

    /** {@code ()} (empty tuple), {@code (e)} (just e), {@code (a, b)} / {@code (a,)} (Tuple at the '('). */
    private PyExpr parenthesized() {
        Token open = in.next();
        if (in.acceptOp(")")) return new PyExpr.Tuple(List.of(), open.pos());
        PyExpr first = test();
        if (in.atKeyword("for")) throw unsupported(in.peek(), "generator expressions are not supported");
        if (in.acceptOp(")")) return first;
        if (!in.atOp(",")) throw in.expected("',' or ')' after the expression in parentheses");
        List<PyExpr> elements = new ArrayList<>(List.of(first));
        while (in.acceptOp(",") && !in.atOp(")")) elements.add(test());
        in.expectOp(")", "or ',' in the tuple");
        return new PyExpr.Tuple(List.copyOf(elements), open.pos());
    }
}
