package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import org.junit.jupiter.api.Test;

import static io.jumba.frontend.ExpressionParsingTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** List displays and comprehensions; a list literal standing alone as a call argument stays a tuple. */
class ListParsingTest {
    @Test
    void displaysAndComprehensions() {
        assertEquals("[1, (a + 2), 3]", render("[1, a + 2, 3,]"));
        assertEquals("[]", render("[]"));
        assertEquals("[(x * x) for x in range(n)]", render("[x * x for x in range(n)]"));
        assertEquals("[x for <i, x> in enumerate(a) if (x > 0) if (i < 3)]",
                render("[x for i, x in enumerate(a) if x > 0 if i < 3]"));
        assertEquals("([1, 2] + [3])", render("[1, 2] + [3]"));
        assertInstanceOf(io.jumba.frontend.ast.PyExpr.ListComp.class,
                ((io.jumba.frontend.ast.PyExpr.Call) ExpressionParsingTest.parseExpr("sum([x for x in a])")).args().getFirst());
    }

    @Test
    void aListArgumentAloneIsATupleAsNpArrayTakesIt() {
        var call = (io.jumba.frontend.ast.PyExpr.Call) ExpressionParsingTest.parseExpr("np.array([[1, 2], [3, 4]])");
        assertInstanceOf(io.jumba.frontend.ast.PyExpr.Tuple.class, call.args().getFirst());
        var sum = (io.jumba.frontend.ast.PyExpr.Call) ExpressionParsingTest.parseExpr("f([1, 2] + [3])");
        assertInstanceOf(io.jumba.frontend.ast.PyExpr.BinOp.class, sum.args().getFirst());
    }

    @Test
    void twoForClausesAreRefused() {
        UnsupportedError e = assertThrows(UnsupportedError.class, () -> render("[i for i in a for j in b]"));
        assertEquals("nested list comprehensions (two 'for' clauses) are not supported", e.detail());
    }
}
