package io.jumba.frontend;

import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.PyStmt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.jumba.frontend.ExpressionParsingTest.assertAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Every statement form of the subset, rendered back to compact text, plus statement positions. */
class StatementParsingTest {
    static FunctionDef function(String source) {
        return Parser.parse(source, "t.py").functions().getFirst();
    }

    static String body(String source) { return AstPrinter.stmts(function(source).body()); }

    @Test
    void assignments() {
        assertEquals("{x = 1; a = b = 0; <a, b> = <b, a>; <a, b> = <b, a>}",
                body("def f():\n    x = 1\n    a = b = 0\n    a, b = b, a\n    (a, b) = (b, a)\n"));
        assertEquals("{a[i] = 0.0; a[<i, j>] = x; a[_:_:_] = 0; o.x = 1}",
                body("def f(a, o):\n    a[i] = 0.0\n    a[i, j] = x\n    a[:] = 0\n    o.x = 1\n"));
        assertEquals("{<i, <j, k>> = t}", body("def f(t):\n    i, (j, k) = t\n"));
        assertEquals("{x = 1}", body("def f():\n    x: int = 1\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "+= => ADD", "-= => SUB", "*= => MUL", "/= => TRUEDIV", "//= => FLOORDIV", "%= => MOD", "**= => POW",
            "<<= => LSHIFT", ">>= => RSHIFT", "&= => BITAND", "|= => BITOR", "^= => BITXOR", "@= => MATMUL"})
    void augmentedAssignment(String spelling, BinaryOp op) {
        PyStmt.AugAssign s = (PyStmt.AugAssign) function("def f(a):\n    a[0] " + spelling + " 2\n").body().getFirst();
        assertEquals(op, s.op());
        assertEquals("a[0] " + op.symbol + "= 2", AstPrinter.stmt(s));
    }

    @Test
    void tryForms() {
        assertEquals("{try {x = a[0]} except {x = 0}}",
                body("def f(a):\n    try:\n        x = a[0]\n    except Exception:\n        x = 0\n"));
        assertEquals("{try {x = 1} except {pass} else {x = 2} finally {y = 3}}",
                body("def f():\n    try:\n        x = 1\n    except:\n        pass\n    else:\n        x = 2\n"
                        + "    finally:\n        y = 3\n"));
        assertEquals("{try {x = 1} finally {y = 3}}", body("def f():\n    try: x = 1\n    finally: y = 3\n"));
    }

    @Test
    void ifElifElse() {
        assertEquals("{if (x > 0) {return 1} else {if (x < 0) {return (-1)} else {return 0}}}",
                body("def f(x):\n    if x > 0:\n        return 1\n    elif x < 0:\n        return -1\n    else:\n        return 0\n"));
        assertEquals("{if c {x = 1}; y = 2}", body("def f(c):\n    if c: x = 1\n    y = 2\n"));
    }

    @Test
    void loops() {
        assertEquals("{for i in range(n) {s += i; if (s > 10) {break}; continue}}",
                body("def f(n):\n    for i in range(n):\n        s += i\n        if s > 10:\n            break\n        continue\n"));
        assertEquals("{for <i, x> in enumerate(a) {pass}}", body("def f(a):\n    for i, x in enumerate(a):\n        pass\n"));
        assertEquals("{for <i, x> in enumerate(a) {pass}}", body("def f(a):\n    for (i, x) in enumerate(a):\n        pass\n"));
        assertEquals("{while ((n < m) and (x <= 4.0)) {n += 1}}",
                body("def f(n, m, x):\n    while n < m and x <= 4.0:\n        n += 1\n"));
        assertEquals("{for j in prange(h) {for i in range(w) {out[<j, i>] = 0}}}",
                body("def f(h, w, out):\n    for j in prange(h):\n        for i in range(w):\n            out[j, i] = 0\n"));
    }

    @Test
    void returns() {
        assertEquals("{return}", body("def f():\n    return\n"));
        assertEquals("{return <a, b>}", body("def f(a, b):\n    return a, b\n"));
        assertEquals("{return <a, b>}", body("def f(a, b):\n    return (a, b)\n"));
        assertNull(((PyStmt.Return) function("def f():\n    return\n").body().getFirst()).value());
    }

    @Test
    void expressionStatementsPassAndSemicolons() {
        assertEquals("{a.fill(0); pass; x = 1; y = 2}", body("def f(a):\n    a.fill(0)\n    pass\n    x = 1; y = 2;\n"));
    }

    @Test
    void docstringsAreSkipped() {
        assertEquals("{return 1}", body("def f():\n    \"\"\"Doc\n    string.\"\"\"\n    return 1\n"));
        assertEquals("{pass}", body("def f():\n    'only a docstring'\n"));
    }

    @Test
    void parametersWithDefaultsAndAnnotations() {
        FunctionDef f = function("def f(a, b: float, c=1, d: int = 2) -> float:\n    return a\n");
        assertEquals(List.of("a", "b", "c", "d"), f.params().stream().map(FunctionDef.Param::name).toList());
        assertNull(f.params().get(1).defaultValue());
        assertEquals("1", AstPrinter.expr(f.params().get(2).defaultValue()));
        assertEquals("2", AstPrinter.expr(f.params().get(3).defaultValue()));
        assertAt(1, 7, f.params().get(0).pos());
        assertAt(1, 10, f.params().get(1).pos());
    }

    @Test
    void implicitAndExplicitLineJoining() {
        assertEquals("{x = ((a + b) + c); y = f(1, 2)}",
                body("def f(a, b, c):\n    x = a + \\\n        b + c\n    y = f(1,\n  # comment\n\n          2)\n"));
    }

    @Test
    void tabsCommentsAndBlankLines() {
        assertEquals("{if c {x = 1}; return x}",
                body("def f(c):\n\t# comment\n\n\tif c:   # trailing\n\t\tx = 1\n      \n\treturn x\n"));
    }

    @Test
    void statementPositions() {
        FunctionDef f = function("def f(a, n):\n    s = 0\n    for i in range(n):\n        if a[i] > 0:\n"
                + "            s += a[i]\n    while s > 1:\n        s //= 2\n    return s\n");
        assertAt(1, 1, f.pos());
        List<PyStmt> body = f.body();
        assertAt(2, 5, body.get(0).pos());
        PyStmt.For loop = (PyStmt.For) body.get(1);
        assertAt(3, 5, loop.pos());
        assertAt(3, 9, loop.target().pos());
        assertAt(3, 14, loop.iter().pos());
        PyStmt.If branch = (PyStmt.If) loop.body().getFirst();
        assertAt(4, 9, branch.pos());
        assertAt(4, 12, branch.test().pos());
        assertAt(5, 13, branch.body().getFirst().pos());
        assertAt(6, 5, body.get(2).pos());
        assertAt(8, 5, body.get(3).pos());
        assertEquals("    while s > 1:", body.get(2).pos().lineText());
        PyStmt.If elif = (PyStmt.If) ((PyStmt.If) function("def f(x):\n    if x:\n        pass\n    elif x:\n        pass\n")
                .body().getFirst()).orElse().getFirst();
        assertAt(4, 5, elif.pos());
    }
}
