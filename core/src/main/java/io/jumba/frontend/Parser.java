package io.jumba.frontend;

import io.jumba.diag.JumbaException;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.CompareOp;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.jumba.frontend.TokenCursor.syntax;
import static io.jumba.frontend.TokenCursor.unsupported;

/**
 * Parses a kernel file into a {@link Module}. At module level it accepts imports of numpy, math, random and numba,
 * {@code NAME = value} constants, (decorated) {@code def}s and docstrings, and skips
 * {@code if __name__ == "__main__":} blocks; anything else is an {@link io.jumba.diag.UnsupportedError}.
 * <p>
 * Tree conventions: a list literal, allowed only as a whole call argument ({@code np.array([1.0, 2.0])},
 * {@code @vectorize(["float64(float64)"])}), is an {@link PyExpr.Tuple}; {@code -3} is a NEG of the literal 3;
 * bare string statements (docstrings) are dropped, a block left empty holding one {@link PyStmt.Pass};
 * annotations are read and ignored. Every node's position is its first character.
 */
public final class Parser {
    private final String file;
    private final String source;
    private final TokenCursor in;
    private final ExprParser expr;
    private final StmtParser stmts;
    private final Map<String, String> imports = new LinkedHashMap<>();
    private final Map<String, PyExpr> constants = new LinkedHashMap<>();
    private final List<FunctionDef> functions = new ArrayList<>();

    private Parser(String source, String file) {
        this.file = file;
        this.source = source;
        this.in = new TokenCursor(Lexer.tokenize(source, file));
        this.expr = new ExprParser(in);
        this.stmts = new StmtParser(in, expr);
    }

    /**
     * Parses {@code source}; positions name {@code fileName}.
     *
     * @throws io.jumba.diag.KernelSyntaxError if the source is not valid Python
     * @throws io.jumba.diag.UnsupportedError  if it is valid Python outside Jumba's subset
     */
    public static Module parse(String source, String fileName) {
        return DeepStack.call(() -> new Parser(source, fileName).module());
    }

    private Module module() {
        while (!in.at(Token.Kind.END)) {
            Token t = in.peek();
            if (t.isKeyword("import") || t.isKeyword("from")) {
                new ImportParser(in, imports).parse();
            } else if (t.isOp("@") || t.isKeyword("def")) {
                functionDefinition();
            } else if (t.isKeyword("if") && isMainGuard()) {
                skipMainGuard();
            } else {
                moduleStatement();
            }
        }
        Module module = new Module(file, Collections.unmodifiableMap(imports), Collections.unmodifiableMap(constants),
                List.copyOf(functions), source);
        for (FunctionDef f : module.functions()) DecoratorRules.check(module, f);
        return module;
    }

    private void moduleStatement() {
        for (PyStmt s : stmts.statement()) {
            if (s instanceof PyStmt.Assign(List<PyExpr> targets, PyExpr value, _)
                    && targets.stream().allMatch(target -> target instanceof PyExpr.Name)) {
                for (PyExpr target : targets) bindConstant(((PyExpr.Name) target).id(), value);
            } else if (!(s instanceof PyStmt.Pass)) {
                throw new UnsupportedError(s.pos(), "only imports, NAME = value constants and function"
                        + " definitions are supported at module level");
            }
        }
    }

    private void functionDefinition() {
        List<PyExpr> decorators = new ArrayList<>();
        while (in.acceptOp("@")) {
            decorators.add(expr.test());
            in.expectNewline("the decorator");
        }
        Token t = in.peek();
        if (t.isKeyword("class")) {
            throw unsupported(t, decorators.isEmpty()
                    ? "class definitions are not supported; Jumba compiles functions only"
                    : "decorated classes (such as @jitclass) are not supported; Jumba compiles functions only");
        }
        if (t.isKeyword("async")) throw unsupported(t, "async functions and statements are not supported");
        Token def = in.expectKeyword("def", "after the decorators");
        Token name = in.expectName("after 'def'");
        in.expectOp("(", "after the function name");
        List<FunctionDef.Param> params = parameters();
        if (in.acceptOp("->")) expr.test();
        in.expectOp(":", "after the function signature");
        List<PyStmt> body = stmts.functionBody(def);
        bindFunction(new FunctionDef(name.text(), params, List.copyOf(decorators), body, def.pos()));
    }

    /*
     * A module-level name means its last binding, as in Python and Numba (globals are resolved once the module
     * has run), so a later def or constant replaces an earlier one of the same name.
     */
    private void bindFunction(FunctionDef f) {
        functions.removeIf(earlier -> earlier.name().equals(f.name()));
        unbindConstant(f.name());
        functions.add(f);
    }

    private void bindConstant(String name, PyExpr value) {
        functions.removeIf(earlier -> earlier.name().equals(name));
        PyExpr earlier = constants.get(name);
        unbindConstant(name);
        constants.put(name, earlier == null ? value : new NameSubstitution(name, earlier).apply(value));
    }

    /** Forgets constant name; the constants bound before keep the value it had ({@code N = N + 1} too). */
    private void unbindConstant(String name) {
        PyExpr earlier = constants.remove(name);
        if (earlier == null) return;
        NameSubstitution old = new NameSubstitution(name, earlier);
        constants.replaceAll((other, value) -> old.apply(value));
    }

    /** The parameter list up to and including ')'; annotations are read and ignored, as Numba ignores them. */
    private List<FunctionDef.Param> parameters() {
        List<FunctionDef.Param> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (!in.atOp(")")) {
            Token t = in.peek();
            if (t.isOp("*") || t.isOp("**")) throw unsupported(t, "*args and **kwargs parameters are not supported");
            if (t.isOp("/")) {
                throw unsupported(t, "positional-only parameter markers ('/') are not supported");
            }
            Token name = in.expectName("for a parameter");
            if (!names.add(name.text())) {
                throw syntax(name, "duplicate argument '" + name.text() + "' in function definition");
            }
            if (in.acceptOp(":")) expr.test();
            PyExpr defaultValue = in.acceptOp("=") ? expr.test() : null;
            if (defaultValue == null && !params.isEmpty() && params.getLast().defaultValue() != null) {
                throw syntax(name, "non-default argument follows default argument");
            }
            params.add(new FunctionDef.Param(name.text(), defaultValue, name.pos()));
            if (!in.acceptOp(",")) break;
        }
        in.expectOp(")", "or ',' in the parameter list");
        return List.copyOf(params);
    }

    /** Looks ahead: is this {@code if __name__ == "__main__":}? The cursor is left where it was. */
    private boolean isMainGuard() {
        int mark = in.mark();
        try {
            in.next();
            PyExpr test = expr.test();
            return in.atOp(":") && test instanceof PyExpr.Compare(PyExpr left, List<CompareOp> ops, List<PyExpr> right, _)
                    && ops.equals(List.of(CompareOp.EQ)) && isMainGuardPair(left, right.getFirst());
        } catch (JumbaException notAnExpression) {
            return false;
        } finally {
            in.reset(mark);
        }
    }

    private static boolean isMainGuardPair(PyExpr a, PyExpr b) {
        return a instanceof PyExpr.Name(String id, _) && id.equals("__name__")
                && b instanceof PyExpr.StrLit(String value, _) && value.equals("__main__")
                || b instanceof PyExpr.Name && a instanceof PyExpr.StrLit && isMainGuardPair(b, a);
    }

    /** Skips the guarded block and any elif/else clauses without parsing them: it is never compiled. */
    private void skipMainGuard() {
        do {
            skipToHeaderColon();
            if (!in.at(Token.Kind.NEWLINE)) {
                while (!in.at(Token.Kind.NEWLINE) && !in.at(Token.Kind.END)) in.next();
                in.next();
                continue;
            }
            in.next();
            if (!in.at(Token.Kind.INDENT)) throw syntax(in.peek(), "expected an indented block after 'if' statement");
            int depth = 0;
            do {
                Token t = in.next();
                if (t.kind() == Token.Kind.INDENT) depth++;
                if (t.kind() == Token.Kind.DEDENT) depth--;
            } while (depth > 0 && !in.at(Token.Kind.END));
        } while (in.atKeyword("elif") || in.atKeyword("else"));
    }

    /** Moves past the ':' that ends an if/elif/else header (one outside any brackets). */
    private void skipToHeaderColon() {
        int brackets = 0;
        while (!(brackets == 0 && in.atOp(":"))) {
            Token t = in.next();
            if (t.kind() == Token.Kind.NEWLINE || t.kind() == Token.Kind.END) throw syntax(t, "expected ':' after the condition");
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) brackets++;
            if (t.isOp(")") || t.isOp("]") || t.isOp("}")) brackets--;
        }
        in.next();
    }
}
