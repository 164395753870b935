package io.jumba.frontend;

import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jumba.frontend.TokenCursor.syntax;
import static io.jumba.frontend.TokenCursor.unsupported;

/**
 * Parses statements and indented blocks. Bare string statements (docstrings) are dropped; a block left empty
 * by that holds a single {@link PyStmt.Pass}.
 */
final class StmtParser {
    private static final Map<String, BinaryOp> AUGMENTED = Map.ofEntries(
            Map.entry("+=", BinaryOp.ADD), Map.entry("-=", BinaryOp.SUB), Map.entry("*=", BinaryOp.MUL),
            Map.entry("/=", BinaryOp.TRUEDIV), Map.entry("//=", BinaryOp.FLOORDIV), Map.entry("%=", BinaryOp.MOD),
            Map.entry("**=", BinaryOp.POW), Map.entry("<<=", BinaryOp.LSHIFT), Map.entry(">>=", BinaryOp.RSHIFT),
            Map.entry("&=", BinaryOp.BITAND), Map.entry("|=", BinaryOp.BITOR), Map.entry("^=", BinaryOp.BITXOR),
            Map.entry("@=", BinaryOp.MATMUL));

    private final TokenCursor in;
    private final ExprParser expr;
    private boolean inFunction;
    private int loopDepth;
    /** The {@code elif} branches of the chain being parsed: each nests one level deeper. */
    private int elifDepth;
    private int loopElseCount;

    StmtParser(TokenCursor in, ExprParser expr) {
        this.in = in;
        this.expr = expr;
    }

    /** The body of a function, parsed after its ':'. */
    List<PyStmt> functionBody(Token def) {
        boolean outerFunction = inFunction;
        int outerLoops = loopDepth;
        inFunction = true;
        loopDepth = 0;
        try {
            return block("function definition on line " + def.pos().line());
        } finally {
            inFunction = outerFunction;
            loopDepth = outerLoops;
        }
    }

    /**
     * The block after a ':' (already consumed): an indented suite, or simple statements on the same line.
     * {@code after} names the header for "expected an indented block after ..." errors.
     */
    List<PyStmt> block(String after) {
        Token first = in.peek();
        List<PyStmt> body = new ArrayList<>();
        if (in.at(Token.Kind.NEWLINE)) {
            in.next();
            if (!in.at(Token.Kind.INDENT)) throw syntax(in.peek(), "expected an indented block after " + after);
            in.next();
            while (!in.at(Token.Kind.DEDENT) && !in.at(Token.Kind.END)) body.addAll(statement());
            in.next();
        } else {
            body.addAll(simpleStatements());
        }
        return body.isEmpty() ? List.of(new PyStmt.Pass(first.pos())) : List.copyOf(body);
    }

    /** One statement; a line of {@code ;}-separated simple statements gives several. */
    List<PyStmt> statement() {
        Token t = in.peek();
        if (t.kind() == Token.Kind.INDENT) throw syntax(t, "unexpected indent");
        if (t.kind() != Token.Kind.KEYWORD) return simpleStatements();
        return switch (t.text()) {
            case "if" -> List.of(ifStatement(in.next()));
            case "while" -> whileStatement();
            case "for" -> forStatement();
            case "def" -> throw unsupported(t, "nested functions (closures) are not supported; define the function at module level with @njit");
            case "class" -> throw unsupported(t, "class definitions are not supported; Jumba compiles functions only");
            case "try" -> List.of(tryStatement(in.next()));
            case "with" -> throw unsupported(t, in.peek(1).text().equals("objmode") || in.peek(2).text().equals("objmode")
                    ? "objmode blocks are not supported: Jumba compiles nopython code only"
                    : "'with' statements are not supported in kernels");
            case "async" -> throw unsupported(t, "async functions and statements are not supported");
            case "elif", "else" -> throw syntax(t, "invalid syntax: '" + t.text() + "' without a matching 'if'");
            default -> simpleStatements();
        };
    }

    private List<PyStmt> simpleStatements() {
        List<PyStmt> stmts = new ArrayList<>();
        do {
            if (in.at(Token.Kind.NEWLINE)) break;
            PyStmt s = simpleStatement();
            if (!(s instanceof PyStmt.ExprStmt(PyExpr.StrLit _, _))) stmts.add(s);
        } while (in.acceptOp(";"));
        in.expectNewline("the statement");
        return stmts;
    }

    private PyStmt simpleStatement() {
        Token t = in.peek();
        if (t.kind() == Token.Kind.KEYWORD) {
            switch (t.text()) {
                case "pass" -> {
                    in.next();
                    return new PyStmt.Pass(t.pos());
                }
                case "break", "continue" -> {
                    in.next();
                    if (loopDepth == 0) throw syntax(t, "'" + t.text() + "' outside loop");
                    return t.text().equals("break") ? new PyStmt.Break(t.pos()) : new PyStmt.Continue(t.pos());
                }
                case "return" -> {
                    in.next();
                    if (!inFunction) throw syntax(t, "'return' outside function");
                    return new PyStmt.Return(ExprParser.startsExpression(in.peek()) ? expr.testList() : null, t.pos());
                }
                case "import", "from" -> throw unsupported(t, inFunction
                        ? "imports inside functions are not supported; import at module level"
                        : "imports are supported only at the top level of the module");
                case "global", "nonlocal" -> throw unsupported(t, "'" + t.text()
                        + "' declarations are not supported; module-level constants can be read directly");
                case "del" -> throw unsupported(t, "'del' statements are not supported");
                case "assert" -> {
                    in.next();
                    PyExpr test = expr.test();
                    return new PyStmt.Assert(test, in.acceptOp(",") ? expr.test() : null, t.pos());
                }
                case "raise" -> {
                    in.next();
                    if (!ExprParser.startsExpression(in.peek())) {
                        throw unsupported(t, "a bare 'raise' (re-raise) is not supported; raise an exception such as ValueError('...')");
                    }
                    PyExpr exception = expr.test();
                    if (in.atKeyword("from")) throw unsupported(in.peek(), "'raise ... from ...' is not supported");
                    return new PyStmt.Raise(exception, t.pos());
                }
                case "yield" -> throw unsupported(t, "generators (yield) are not supported");
                default -> { }
            }
        }
        return expressionStatement(t);
    }

    /** Expression statement, assignment (chained, tuple targets), augmented or annotated assignment. */
    private PyStmt expressionStatement(Token start) {
        PyExpr first = expr.testList();
        Token t = in.peek();
        if (t.isOp("=")) {
            List<PyExpr> chain = new ArrayList<>(List.of(first));
            while (in.acceptOp("=")) chain.add(expr.testList());
            PyExpr value = chain.removeLast();
            chain.forEach(Targets::checkAssignable);
            return new PyStmt.Assign(List.copyOf(chain), value, start.pos());
        }
        if (t.kind() == Token.Kind.OP && AUGMENTED.containsKey(t.text())) {
            Targets.checkAugmentable(first);
            in.next();
            return new PyStmt.AugAssign(first, AUGMENTED.get(t.text()), expr.testList(), start.pos());
        }
        if (t.isOp(":")) {
            in.next();
            Targets.checkAnnotatable(first);
            expr.test();
            if (!in.acceptOp("=")) throw unsupported(t, "annotated names without a value are not supported");
            return new PyStmt.Assign(List.of(first), expr.testList(), start.pos());
        }
        return new PyStmt.ExprStmt(first, start.pos());
    }

    /** {@code if}/{@code elif} (keyword already consumed) with its elif/else chain; elif nests in orElse. */
    private PyStmt.If ifStatement(Token keyword) {
        PyExpr test = expr.test();
        in.expectOp(":", "after '" + keyword.text() + "' condition");
        List<PyStmt> body = block("'" + keyword.text() + "' statement on line " + keyword.pos().line());
        List<PyStmt> orElse = List.of();
        if (in.atKeyword("elif")) {
            Token elif = in.next();
            if (++elifDepth > NestingLimits.ELIF_BRANCHES) throw syntax(elif, "too many elif branches: too deeply nested");
            try {
                orElse = List.of(ifStatement(elif));
            } finally {
                elifDepth--;
            }
        } else if (in.atKeyword("else")) {
            Token elseToken = in.next();
            in.expectOp(":", "after 'else'");
            orElse = block("'else' statement on line " + elseToken.pos().line());
        }
        return new PyStmt.If(test, body, orElse, keyword.pos());
    }

    /**
     * {@code try} (keyword consumed) with one {@code except} clause, bare or {@code except Exception:} (Numba 0.56
     * matches no other class and cannot bind the exception), an optional {@code else}, and {@code finally}.
     */
    private PyStmt.Try tryStatement(Token keyword) {
        String line = " on line " + keyword.pos().line();
        in.expectOp(":", "after 'try'");
        List<PyStmt> body = block("'try' statement" + line);
        List<PyStmt> handler = null;
        if (in.atKeyword("except")) {
            Token except = in.next();
            if (!in.peek().isOp(":")) {
                Token at = in.peek();
                PyExpr type = expr.test();
                if (in.atKeyword("as")) {
                    throw unsupported(in.peek(), "'except ... as name' is not supported: the exception cannot be bound, as in Numba");
                }
                if (!(type instanceof PyExpr.Name(String id, _) && id.equals("Exception"))) {
                    throw unsupported(at, "only 'except Exception:' and a bare 'except:' are supported, as in Numba 0.56");
                }
            }
            in.expectOp(":", "after 'except'");
            handler = block("'except' statement on line " + except.pos().line());
            if (in.atKeyword("except")) {
                throw unsupported(in.peek(), "only one 'except' clause is supported, as in Numba 0.56");
            }
        }
        List<PyStmt> orElse = List.of();
        if (handler != null && in.atKeyword("else")) {
            Token elseToken = in.next();
            in.expectOp(":", "after 'else'");
            orElse = block("'else' statement on line " + elseToken.pos().line());
        }
        List<PyStmt> finalBody = List.of();
        if (in.atKeyword("finally")) {
            Token finallyToken = in.next();
            in.expectOp(":", "after 'finally'");
            finalBody = block("'finally' statement on line " + finallyToken.pos().line());
        } else if (handler == null) {
            throw syntax(in.peek(), "expected 'except' or 'finally' block");
        }
        return new PyStmt.Try(body, handler, orElse, finalBody, keyword.pos());
    }

    private List<PyStmt> whileStatement() {
        Token keyword = in.next();
        PyExpr test = expr.test();
        in.expectOp(":", "after 'while' condition");
        List<PyStmt> body = loopBody("'while' statement on line " + keyword.pos().line());
        return withElse(new PyStmt.While(test, body, keyword.pos()), body);
    }

    private List<PyStmt> forStatement() {
        Token keyword = in.next();
        PyExpr target = expr.targetList();
        Targets.checkAssignable(target);
        in.expectKeyword("in", "after the 'for' target");
        PyExpr iter = expr.testList();
        in.expectOp(":", "after 'for' loop header");
        List<PyStmt> body = loopBody("'for' statement on line " + keyword.pos().line());
        return withElse(new PyStmt.For(target, iter, body, keyword.pos()), body);
    }

    /** The loop, followed by its {@code else} block if it has one. */
    private List<PyStmt> withElse(PyStmt loop, List<PyStmt> body) {
        if (!in.atKeyword("else")) return List.of(loop);
        Token elseToken = in.next();
        in.expectOp(":", "after 'else'");
        List<PyStmt> orElse = block("'else' statement on line " + elseToken.pos().line());
        return LoopElse.desugar(loop, body, orElse, loopElseCount++, elseToken.pos());
    }

    private List<PyStmt> loopBody(String after) {
        if (loopDepth >= NestingLimits.LOOPS) throw syntax(in.peek(), "too many statically nested blocks");
        loopDepth++;
        List<PyStmt> body;
        try {
            body = block(after);
        } finally {
            loopDepth--;
        }
        return body;
    }
}
