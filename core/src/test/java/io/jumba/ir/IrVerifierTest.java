package io.jumba.ir;

import io.jumba.frontend.Parser;
import io.jumba.passes.PassList;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

/** The verifier passes real programs and names what is wrong with hand-built broken ones. */
class IrVerifierTest {
    private static final Var A = var("a", f64Array(1));
    private static final Var X = var("x", Type.FLOAT64);

    private static Program typed() {
        return TypeInference.specialize(Parser.parse("""
                import numpy as np
                from numba import njit

                def half(v):
                    return v * 0.5

                @njit
                def f(a, n):
                    s = 0.0
                    for i in range(n):
                        s += half(a[i])
                    return np.sum(a * 2.0) + s
                """, "k.py"), "f", List.of(Type.array(io.jumba.array.DType.FLOAT64, 1, Layout.C), Type.INT64));
    }

    @Test
    void aTypedProgramIsWellFormedAndItsLoweredFormIsLoopLevel() {
        Program typed = typed();
        assertEquals(List.of(), IrVerifier.problems(typed, false));
        assertEquals(List.of(), IrVerifier.problems(PassList.standard().run(typed), true));
    }

    @Test
    void arrayLevelNodesAreRejectedOnlyAfterLowering() {
        List<String> problems = IrVerifier.problems(typed(), true);
        assertEquals(List.of("in f__float64_1dC_int64: Reduce after array lowering", "in f__float64_1dC_int64: Elementwise after array lowering"), problems);
    }

    @Test
    void aReadOfAVariableNothingAssignsIsCaught() {
        Program p = program(List.of(A), Type.FLOAT64, new Stmt.Return(l(X)));
        assertEquals(List.of("in k: variable x: float64 read but never assigned"), IrVerifier.problems(p, true));
    }

    @Test
    void oneNameWithTwoTypesIsCaught() {
        Var xi = var("x", Type.INT64);
        Program p = program(List.of(A), Type.FLOAT64, new Stmt.Assign(X, f64(1)), new Stmt.Assign(xi, i64(1)),
                new Stmt.Return(l(X)));
        assertEquals(1, IrVerifier.problems(p, true).size());
        assertTrue(IrVerifier.problems(p, true).getFirst().contains("variable x is both"), IrVerifier.problems(p, true).toString());
    }

    @Test
    void operandsOfAnotherTypeThanTheirNodeAreCaught() {
        Expr mixed = new Expr.Binary(BinOp.ADD, f64(1), i64(2), Type.FLOAT64, POS);
        Program p = program(List.of(A), Type.FLOAT64, new Stmt.Return(mixed));
        assertEquals(List.of("in k: ADD right operand is int64, expected float64"), IrVerifier.problems(p, true));
    }

    @Test
    void aConditionThatIsNotBoolAndAStoreOfTheWrongDtypeAreCaught() {
        Program p = program(List.of(A), Type.NONE,
                new Stmt.If(i64(1), List.of(new Stmt.Store(l(A), List.of(i64(0)), i64(7), POS)), List.of()));
        assertEquals(List.of("in k: if condition is int64, expected bool", "in k: stored value is int64, expected float64"),
                IrVerifier.problems(p, true));
    }

    @Test
    void aCallOfAFunctionTheProgramDoesNotHoldIsCaught() {
        Program p = program(List.of(A), Type.FLOAT64,
                new Stmt.Return(new Expr.Call("missing", List.of(f64(1)), Type.FLOAT64, POS)));
        assertEquals(List.of("in k: call of missing, which the program does not hold"), IrVerifier.problems(p, false));
    }

    @Test
    void anElementOutsideAnElementwiseBodyIsCaught() {
        Program p = program(List.of(A), Type.FLOAT64, new Stmt.Return(el(0)));
        assertEquals(List.of("in k: element #0 outside an elementwise body with that input"), IrVerifier.problems(p, false));
    }

    @Test
    void verifyThrowsNamingTheStage() {
        Program p = program(List.of(A), Type.FLOAT64, new Stmt.Return(l(X)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> IrVerifier.verify(p, true, "after pass x"));
        assertEquals("malformed IR after pass x: in k: variable x: float64 read but never assigned", e.getMessage());
    }
}
