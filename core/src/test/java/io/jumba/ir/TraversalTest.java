package io.jumba.ir;

import io.jumba.types.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Set;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@link Exprs} and {@link Stmts}: every node reached, in evaluation order, and rebuilt where asked. */
class TraversalTest {
    private static final Var A = var("a", f64Array(1));
    private static final Var X = var("x", Type.FLOAT64);
    private static final Var I = var("i", Type.INT64);
    private static final Expr LOAD = new Expr.Load(l(A), List.of(l(I)), POS);

    @Test
    void walkVisitsSubExpressionsBeforeTheirNode() {
        Expr e = add(mul(LOAD, f64(2)), l(X));
        assertEquals(List.of(l(A), l(I), LOAD, f64(2), mul(LOAD, f64(2)), l(X), e), Exprs.walk(e).toList());
        assertEquals(7, Exprs.nodes(e));
        assertTrue(Exprs.reads(e, I));
        assertFalse(Exprs.reads(e, var("y", Type.FLOAT64)));
    }

    @Test
    void rewriteRebuildsEveryKindOfNodeBottomUp() {
        Expr body = add(el(0), el(1));
        Expr sum = new Expr.Reduce(ReduceOp.SUM, ew(1, body, l(A), all(l(A))), null, Type.FLOAT64, POS);
        Expr swapped = Exprs.rewrite(sum, e -> e instanceof Expr.Element el ? new Expr.Element(1 - el.input(), el.type()) : e);
        Expr.Elementwise w = (Expr.Elementwise) ((Expr.Reduce) swapped).array();
        assertEquals(add(el(1), el(0)), w.body());
        assertEquals(((Expr.Elementwise) ((Expr.Reduce) sum).array()).inputs(), w.inputs());
        assertEquals(sum, Exprs.rewrite(sum, e -> e), "an identity rewrite rebuilds an equal tree");
    }

    @Test
    void stmtsWalkNestedBlocksAndTheirExpressionsInOrder() {
        Stmt assign = new Stmt.Assign(X, LOAD);
        Stmt loop = new Stmt.ForRange(I, i64(0), i64(3), i64(1), List.of(assign), false, POS);
        Stmt ret = new Stmt.Return(l(X));
        List<Stmt> body = List.of(new Stmt.Assign(X, f64(0)), loop, ret);
        assertEquals(List.of(body.get(0), loop, assign, ret), Stmts.walk(body).toList());
        assertEquals(List.of(f64(0), i64(0), i64(3), i64(1), l(A), l(I), LOAD, l(X)), Stmts.nodes(body).toList());
        assertEquals(Set.of(X, I), Stmts.assigned(body));
    }

    @Test
    void mapReachesExpressionsOfNestedBlocks() {
        Stmt.ForRange loop = new Stmt.ForRange(I, i64(0), i64(3), i64(1), List.of(new Stmt.Assign(X, f64(1))), false, POS);
        List<Stmt> doubled = Stmts.map(List.of(loop), e -> e instanceof Expr.Const c && c.value() instanceof Double d ? f64(2 * d) : e);
        Stmt.ForRange mapped = (Stmt.ForRange) doubled.getFirst();
        assertEquals(List.of(new Stmt.Assign(X, f64(2))), mapped.body());
        assertEquals(loop.start(), mapped.start());
    }

    @Test
    @Timeout(60)
    void walkTakesLinearTimeAndNoStackOnALongChain() {
        // Nested streams made each node pass through one stage per level above it (quadratic) and overflowed the
        // stack of an ordinary thread at this depth.
        Expr chain = l(X);
        for (int i = 0; i < 200_000; i++) chain = add(chain, f64(i));
        List<Expr> nodes = Exprs.walk(chain).toList();
        assertEquals(400_001, nodes.size());
        assertEquals(l(X), nodes.getFirst());
        assertEquals(f64(0), nodes.get(1));
        assertSame(chain, nodes.getLast());
    }
}
