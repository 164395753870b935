package io.jumba.lower;

import io.jumba.array.NDArray;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

/** Array-level nodes inside scalar expressions and control flow keep Python's evaluation order once lowered. */
class EvaluationOrderTest {
    private final Var a = var("a", f64Array(1)), x = var("x", Type.FLOAT64);

    private static Expr gt(Expr l, Expr r) { return new Expr.Compare(CmpOp.GT, l, r); }

    @Test
    void rightOperandOfAndRunsOnlyWhenNeeded() {
        // return x > 0 and np.max(a) > 1   (np.max of an empty array raises)
        Expr cond = new Expr.Logical(true, gt(l(x), f64(0)), gt(reduce(ReduceOp.MAX, l(a), null), f64(1)));
        Program p = program(List.of(x, a), Type.BOOL, new Stmt.Return(cond));
        assertEquals(false, sameAsOriginal(p, () -> new Object[] {-1.0, vector()}).result());
        assertEquals("ValueError", sameAsOriginal(p, () -> new Object[] {1.0, vector()}).error().pythonName());
        assertEquals(true, sameAsOriginal(p, () -> new Object[] {1.0, vector(0, 2)}).result());
        Expr either = new Expr.Logical(false, gt(l(x), f64(0)), gt(reduce(ReduceOp.MAX, l(a), null), f64(1)));
        Program q = program(List.of(x, a), Type.BOOL, new Stmt.Return(either));
        assertEquals(true, sameAsOriginal(q, () -> new Object[] {1.0, vector()}).result());
        assertEquals(false, sameAsOriginal(q, () -> new Object[] {-1.0, vector(1)}).result());
    }

    @Test
    void conditionalExpressionEvaluatesOnlyTheChosenBranch() {
        // return np.min(a) if x > 0 else np.sum(a)
        Expr choice = new Expr.Select(gt(l(x), f64(0)), reduce(ReduceOp.MIN, l(a), null), reduce(ReduceOp.SUM, l(a), null), Type.FLOAT64);
        Program p = program(List.of(x, a), Type.FLOAT64, new Stmt.Return(choice));
        assertEquals(0.0, sameAsOriginal(p, () -> new Object[] {-1.0, vector()}).result());
        assertEquals(2.0, sameAsOriginal(p, () -> new Object[] {1.0, vector(3, 2)}).result());
    }

    @Test
    void whileConditionIsReevaluatedEveryIteration() {
        // while np.sum(a) < 10: a[:] = a * 2
        Expr cond = new Expr.Compare(CmpOp.LT, reduce(ReduceOp.SUM, l(a), null), f64(10));
        Stmt doubling = new Stmt.ArrayStore(all(l(a)), ew(1, mul(el(0), f64(2)), l(a)), POS);
        Program p = program(List.of(a), Type.NONE, new Stmt.While(cond, List.of(doubling), POS));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        assertTrue(isLoopLevel(body));
        assertArrayEquals(new double[] {4, 8}, values((NDArray) sameAsOriginal(p, () -> new Object[] {vector(1, 2)}).args()[0]));
        assertTrue(stmts(body).stream().anyMatch(s -> s instanceof Stmt.Break), "the condition is checked at the loop top");
    }

    @Test
    void operandsLeftOfAReductionAreEvaluatedFirst() {
        // def g(a): a[0] = 100.0; return 1.0
        // return g(a) + np.sum(a)       -> the sum sees the 100
        Var ga = var("a", f64Array(1));
        Function g = new Function("g", "g", List.of(ga), Type.FLOAT64, List.of(
                new Stmt.Store(l(ga), List.of(i64(0)), f64(100), POS), new Stmt.Return(f64(1))), KernelOptions.DEFAULT, POS);
        Expr call = new Expr.Call("g", List.of(l(a)), Type.FLOAT64, POS);
        Expr sum = new Expr.Binary(BinOp.ADD, call, reduce(ReduceOp.SUM, l(a), null), Type.FLOAT64, POS);
        Program p = new Program(program(List.of(a), Type.FLOAT64, new Stmt.Return(sum)).entry(), List.of(g));
        assertEquals(103.0, sameAsOriginal(p, () -> new Object[] {vector(0, 2)}).result());
    }

    @Test
    void calleesAreLoweredToo() {
        Var ga = var("a", f64Array(1));
        Function g = new Function("g", "g", List.of(ga), Type.FLOAT64,
                List.of(new Stmt.Return(reduce(ReduceOp.SUM, l(ga), null))), KernelOptions.DEFAULT, POS);
        Program p = new Program(program(List.of(a), Type.FLOAT64,
                new Stmt.Return(new Expr.Call("g", List.of(l(a)), Type.FLOAT64, POS))).entry(), List.of(g));
        Program lowered = ArrayLowering.apply(p);
        assertTrue(isLoopLevel(lowered.function("g").body()));
        assertEquals(3.0, sameAsOriginal(p, () -> new Object[] {vector(1, 2)}).result());
    }

    @Test
    void elementwiseBodyWithConditionalsAndReductionInputs() {
        // return np.where-like: (a if a > 0 else -a) / np.sum(a)  with np.sum(a) a scalar input
        Expr body = new Expr.Binary(BinOp.DIV,
                new Expr.Select(gt(el(0), f64(0)), el(0), new Expr.Unary(io.jumba.ir.UnOp.NEG, el(0), Type.FLOAT64), Type.FLOAT64),
                el(1), Type.FLOAT64, POS);
        Program p = program(List.of(a), f64CArray(1), new Stmt.Return(ew(1, body, l(a), reduce(ReduceOp.SUM, l(a), null))));
        List<Stmt> lowered = ArrayLowering.apply(p).entry().body();
        assertEquals(2, outerLoops(lowered).size(), "the sum runs once, before the elementwise loop");
        assertArrayEquals(new double[] {0.5, 1.5}, values(sameAsOriginal(p, () -> new Object[] {vector(-1, 3)}).array()));
    }
}
