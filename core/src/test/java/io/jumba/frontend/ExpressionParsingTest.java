package io.jumba.frontend;

import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Expression structure and Python's precedence, checked through a fully parenthesized rendering. */
class ExpressionParsingTest {
    /** Parses {@code source} as the value of a return statement. */
    static PyExpr parseExpr(String source) {
        var module = Parser.parse("def f():\n    return " + source + "\n", "t.py");
        return ((PyStmt.Return) module.functions().getFirst().body().getFirst()).value();
    }

    static String render(String source) { return AstPrinter.expr(parseExpr(source)); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', value = {
            "a + b * c => (a + (b * c))",
            "a * b + c => ((a * b) + c)",
            "a - b - c => ((a - b) - c)",
            "a / b // c % d @ e => ((((a / b) // c) % d) @ e)",
            "-2 ** 2 => (-(2 ** 2))",
            "2 ** -1 => (2 ** (-1))",
            "a ** b ** c => (a ** (b ** c))",
            "-a * b => ((-a) * b)",
            "~a + 1 => ((~a) + 1)",
            "+a => (+a)",
            "a << 1 + 2 => (a << (1 + 2))",
            "a & b | c ^ d => ((a & b) | (c ^ d))",
            "a | b & c => (a | (b & c))",
            "a ^ b & c => (a ^ (b & c))",
            "a | b ^ c => (a | (b ^ c))",
            "a >> b << c => ((a >> b) << c)",
            "a < b + 1 => (a < (b + 1))",
            "a < b <= c => (a < b <= c)",
            "a == b != c => (a == b != c)",
            "x is None => (x is None)",
            "x is not None => (x is not None)",
            "not a == b => (not (a == b))",
            "not a and b => ((not a) and b)",
            "a and b or c and d => ((a and b) or (c and d))",
            "a or b or c => (a or b or c)",
            "a and b and c => (a and b and c)",
            "x if c else y => (x if c else y)",
            "x if a or b else y if c else z => (x if (a or b) else (y if c else z))",
            "a + b if c else d => ((a + b) if c else d)",
            "(a + b) * c => ((a + b) * c)",
            "f(a)(b) => f(a)(b)",
            "a.b.c => a.b.c",
            "-a.b[0] ** 2 => (-(a.b[0] ** 2))",
            "np.sum(x, axis=0) => np.sum(x, axis=0)",
            "np.zeros((n, m), dtype=np.float32) => np.zeros(<n, m>, dtype=np.float32)",
            "np.array([1.0, 2.0]) => np.array(<1.0, 2.0>)",
            "np.array([[1, 2], [3, 4]]) => np.array(<<1, 2>, <3, 4>>)",
            "f() => f()",
            "f(a, b,) => f(a, b)",
            "a[i] => a[i]",
            "a[i, j] => a[<i, j>]",
            "a[1:n:2] => a[1:n:2]",
            "a[::-1] => a[_:_:(-1)]",
            "a[:] => a[_:_:_]",
            "a[:, 0] => a[<_:_:_, 0>]",
            "a[i:, :j] => a[<i:_:_, _:j:_>]",
            "a[1:-1, 1:-1] => a[<1:(-1):_, 1:(-1):_>]",
            "a.shape[0] => a.shape[0]",
            "() => <>",
            "(a,) => <a>",
            "(a, b) => <a, b>",
            "a, b => <a, b>",
            "'x' 'y' => 'xy'",
            "True and False or None => ((True and False) or None)",
            "1_000 + 0x1F + 0o17 + 0b101 => (((1000 + 31) + 15) + 5)",
            "1.5 + .5 + 5. + 1e-3 + 1E+3 + 1_0.0_1 => (((((1.5 + 0.5) + 5.0) + 0.001) + 1000.0) + 10.01)",
            "inf => inf",
    })
    void precedenceAndStructure(String source, String expected) {
        assertEquals(expected, render(source));
    }

    @Test
    void negativeNumberIsUnaryNegOfLiteral() {
        PyExpr e = parseExpr("-3");
        PyExpr.UnaryOp neg = assertInstanceOf(PyExpr.UnaryOp.class, e);
        assertEquals(3, ((PyExpr.IntLit) neg.operand()).value());
        assertAt(2, 12, neg.pos());
        assertAt(2, 13, neg.operand().pos());
    }

    @Test
    void int64Extremes() {
        assertEquals(Long.MAX_VALUE, ((PyExpr.IntLit) parseExpr("9223372036854775807")).value());
        assertEquals(Long.MAX_VALUE, ((PyExpr.IntLit) parseExpr("0x7fff_ffff_ffff_ffff")).value());
    }

    @Test
    void stringEscapesAndPrefixes() {
        assertEquals("a\tb\\n", ((PyExpr.StrLit) parseExpr("'a\\tb' r'\\n'")).value());
        assertEquals("float32", ((PyExpr.StrLit) parseExpr("\"float32\"")).value());
        assertEquals("it's", ((PyExpr.StrLit) parseExpr("\"\"\"it's\"\"\"")).value());
        assertEquals("A\u00e9", ((PyExpr.StrLit) parseExpr("'\\x41\\u00e9'")).value());
    }

    @Test
    void nodesAreAtTheirFirstCharacter() {
        // "    return " puts the expression at column 12 of line 2.
        PyExpr.BinOp add = (PyExpr.BinOp) parseExpr("a + b * c");
        assertAt(2, 12, add.pos());
        assertAt(2, 16, add.right().pos());
        assertAt(2, 20, ((PyExpr.BinOp) add.right()).right().pos());
        PyExpr.UnaryOp not = (PyExpr.UnaryOp) parseExpr("not  x");
        assertAt(2, 17, not.operand().pos());
        PyExpr.Call call = (PyExpr.Call) parseExpr("np.sum(x, axis=0)");
        assertAt(2, 12, call.pos());
        assertAt(2, 12, call.func().pos());
        assertAt(2, 19, call.args().getFirst().pos());
        assertAt(2, 22, call.keywords().getFirst().pos());
        assertAt(2, 27, call.keywords().getFirst().value().pos());
        PyExpr.Subscript sub = (PyExpr.Subscript) parseExpr("a[:, 1:2]");
        PyExpr.Tuple index = (PyExpr.Tuple) sub.index();
        assertAt(2, 14, index.elements().get(0).pos());
        assertAt(2, 17, index.elements().get(1).pos());
        assertAt(2, 12, parseExpr("(a, b)").pos());
        assertAt(2, 13, parseExpr("(a + b)").pos());
        assertAt(2, 12, parseExpr("x if c else y").pos());
    }

    /** The position is {@code line:col}. */
    static void assertAt(int line, int col, SourcePos pos) {
        assertEquals(line + ":" + col, pos.line() + ":" + pos.col());
    }
}
