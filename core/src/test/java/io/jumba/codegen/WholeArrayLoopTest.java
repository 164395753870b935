package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A loop without inner loops over an int range runs flat where every array it indexes is whole (starts at its
 * storage's start, and a 1-D one of unit stride spans it): positions without the offset, the storage's length as the
 * bound. Views that start further in, prefixes of their storage and strided views take the strip-mined loop, with
 * their own offset and length; every case runs against the interpreter, including the IndexError a prefix view
 * raises for an index its storage would still hold. The core pom runs this class twice: with the cancellation checks
 * (flat loop or strips) and in a JVM without them ({@code -Djumba.cancellation=false}: flat loop or the plain loop).
 */
class WholeArrayLoopTest {
    private static final Var X = var("x", arr(DType.FLOAT64, 1)), IDX = var("idx", arr(DType.INT64, 1)),
            H = var("h", arr(DType.FLOAT64, 1)), HA = var("ha", arrA(DType.FLOAT64, 1)),
            M = var("m", arr(DType.FLOAT64, 2)), I = var("i", I64);

    private static Expr idxAt() { return load(l(IDX), 2, l(I)); }

    /** def f(x, idx, h): for i in range(idx.shape[0]): h[idx[i]] += x[i] */
    private static Program scatter(Var h, Stmt... first) {
        Stmt add = store(l(h), bin(BinOp.ADD, load(l(h), 3, idxAt()), load(l(X), 3, l(I))), 3, idxAt());
        Stmt[] body = new Stmt[first.length + 1];
        System.arraycopy(first, 0, body, 0, first.length);
        body[first.length] = add;
        return program(fn("f", List.of(X, IDX, h), Type.NONE, loop(I, i64(0), dim(IDX, 0), i64(1), body)));
    }

    private static NDArray doubles(int n) {
        NDArray a = NDArray.empty(DType.FLOAT64, n);
        for (int k = 0; k < n; k++) a.setDouble(0.5 * k + 1.0, k);
        return a;
    }

    private static NDArray indices(long... values) {
        NDArray a = NDArray.empty(DType.INT64, values.length);
        for (int k = 0; k < values.length; k++) a.setLong(values[k], k);
        return a;
    }

    private static String detailOfIndexError(Program p, Object... args) {
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(p, args));
        assertEquals("IndexError", e.pythonName());
        return e.detail();
    }

    @Test
    void wholeArraysRunFlatWithoutOffsetsAndAgreeWithTheInterpreter() {
        Program p = scatter(H);
        String java = KernelCompiler.compile(p).javaSource();
        assertTrue(java.contains("idx_off == 0 && idx_n0 == idx_data.length && h_off == 0 && h_n0 == h_data.length"
                + " && x_off == 0 && x_n0 == x_data.length"), java);
        assertTrue(java.contains("h_data[Indexing.index(idx_data[(int) i_], h_data.length, 0, P["), java);
        // the strip-mined loop stays for the other arrays, with offsets and shapes
        assertTrue(java.contains("h_data[h_off + Indexing.index(idx_data[idx_off + (int) i_], h_n0, 0, P["), java);
        NDArray h = NDArray.empty(DType.FLOAT64, 4);
        Differential.run(p, doubles(6), indices(0, 3, -1, 2, 3, -4), h);
    }

    @Test
    void viewsPastTheStorageStartAgreeWithTheInterpreter() {
        Program p = scatter(H);
        NDArray x = doubles(9).slice(0, 3, null, 1), idx = indices(9, 9, 0, 3, -1, 2, 3, -4).slice(0, 2, null, 1);
        NDArray h = doubles(7).slice(0, 3, null, 1);
        Differential.run(p, x, idx, h);
        Differential.run(p, doubles(6), idx, h);
        Differential.run(p, x, indices(0, 3, -1, 2, 3, -4), doubles(4));
    }

    @Test
    void aPrefixOfItsStorageIsBoundByItsOwnLength() {
        Program p = scatter(H);
        NDArray prefix = doubles(8).slice(0, null, 4, 1);
        // -1 wraps to the prefix's last element, not the storage's
        Differential.run(p, doubles(3), indices(-1, 0, 3), prefix);
        // 5 is inside the storage but not the view
        assertEquals("index 5 is out of bounds for axis 0 with size 4",
                detailOfIndexError(p, doubles(3), indices(1, 5, 0), prefix));
        assertEquals("index 4 is out of bounds for axis 0 with size 4",
                detailOfIndexError(p, doubles(3), indices(4), doubles(4)));
    }

    @Test
    void aStridedViewStartingAtItsStorageKeepsItsShapeAsTheBound() {
        Program p = scatter(HA);
        String java = KernelCompiler.compile(p).javaSource();
        assertTrue(java.contains("ha_off == 0 && ") && !java.contains("ha_n0 == ha_data.length"),
                "offset only: no unit stride to span the storage\n" + java);
        NDArray strided = doubles(8).slice(0, null, null, 2);
        Differential.run(p, doubles(4), indices(3, 0, -1, 2), strided);
        assertEquals("index 4 is out of bounds for axis 0 with size 4",
                detailOfIndexError(p, doubles(2), indices(1, 4), strided));
    }

    @Test
    void aMatrixLosesOnlyItsOffset() {
        // m[idx[i], 1] += x[i]
        Program p = program(fn("f", List.of(X, IDX, M), Type.NONE, loop(I, i64(0), dim(IDX, 0), i64(1),
                store(l(M), bin(BinOp.ADD, load(l(M), 3, idxAt(), i64(1)), load(l(X), 3, l(I))), 3, idxAt(), i64(1)))));
        String java = KernelCompiler.compile(p).javaSource();
        assertTrue(java.contains("m_off == 0 && ") && !java.contains("m_n0 == m_data.length"), java);
        NDArray m = NDArray.empty(DType.FLOAT64, 4, 3);
        Differential.run(p, doubles(4), indices(0, 3, -1, 1), m);
        NDArray rows = NDArray.empty(DType.FLOAT64, 6, 3).slice(0, 2, null, 1);
        Differential.run(p, doubles(4), indices(0, 3, -1, 1), rows);
        assertEquals("index 4 is out of bounds for axis 0 with size 4",
                detailOfIndexError(p, doubles(1), indices(4), rows));
    }

    @Test
    void aBreakLeavesTheFlatLoop() {
        // if idx[i] < 0: break
        Program p = scatter(H, when(cmp(CmpOp.LT, idxAt(), i64(0)), List.of(new Stmt.Break()), List.of()));
        Differential.run(p, doubles(5), indices(1, 2, -1, 3, 0), NDArray.empty(DType.FLOAT64, 4));
        Differential.run(p, doubles(7), indices(9, 1, 2, -1, 3, 0).slice(0, 1, null, 1), NDArray.empty(DType.FLOAT64, 4));
    }

    @Test
    void aLocalArrayStillUnassignedDoesNotStopTheLoop() {
        // if flag: h = x; for i in ...: if idx[i] < 0: h[idx[i]] += x[i] -- h is null when flag is false
        Var flag = var("flag", BOOL);
        Program p = program(fn("f", List.of(X, IDX, flag), Type.NONE,
                when(l(flag), List.of(set(H, l(X))), List.of()),
                loop(I, i64(0), dim(IDX, 0), i64(1), when(cmp(CmpOp.LT, idxAt(), i64(0)),
                        List.of(store(l(H), bin(BinOp.ADD, load(l(H), 3, idxAt()), load(l(X), 3, l(I))), 3, idxAt())),
                        List.of()))));
        String java = KernelCompiler.compile(p).javaSource();
        assertTrue(java.contains("h_data != null && h_off == 0"), java);
        Differential.run(p, doubles(4), indices(0, 3, 1, 2), false);
        Differential.run(p, doubles(4), indices(0, -3, 1, -1), true);
    }

    @Test
    void anArrayAssignedInTheBodyKeepsItsOffset() {
        // h = x; h[idx[i]] += x[i]: h is rebound, so its hoisted offset may change inside the loop
        Program p = scatter(H, set(H, l(X)));
        String java = KernelCompiler.compile(p).javaSource();
        assertFalse(java.contains("h_off == 0"), java);
        Differential.run(p, doubles(9).slice(0, 3, null, 1), indices(0, 5, -2), doubles(4));
    }
}
