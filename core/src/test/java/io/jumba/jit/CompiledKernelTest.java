package io.jumba.jit;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodType;
import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

class CompiledKernelTest {

    @Test
    void handleHasTheExactUnboxedTypes() throws Throwable {
        Var a = var("a", I32), b = var("b", U8), c = var("c", F32), d = var("d", BOOL), e = var("e", arr(DType.INT16, 1)),
                f = var("f", I8);
        Program p = program(fn("k", List.of(a, b, c, d, e, f), F64,
                ret(bin(BinOp.ADD, cast(l(a), F64), bin(BinOp.ADD, cast(l(b), F64), cast(l(c), F64))))));
        CompiledKernel k = KernelCompiler.compile(p);
        assertEquals(MethodType.methodType(double.class, int.class, short.class, float.class, boolean.class,
                NDArray.class, byte.class), k.handle().type());
        double r = (double) k.handle().invokeExact(1, (short) 255, 0.5f, true, NDArray.zeros(DType.INT16, 1), (byte) 0);
        assertEquals(256.5, r);
        assertEquals(256.5, k.invoke(1L, 255L, 0.5f, true, NDArray.zeros(DType.INT16, 1), 0L));
    }

    @Test
    void tuplesAndNoneAtTheBoundary() throws Throwable {
        Type.Tuple t = new Type.Tuple(List.of(I64, arr(DType.FLOAT64, 1)));
        Var n = var("n", I64);
        Program p = program(fn("k", List.of(n), t,
                ret(new Expr.TupleNew(List.of(l(n), new Expr.Alloc(List.of(l(n)), Expr.Fill.ZEROS, null,
                        arr(DType.FLOAT64, 1), pos(1))), t))));
        CompiledKernel k = KernelCompiler.compile(p);
        assertEquals(MethodType.methodType(Object[].class, long.class), k.handle().type());
        Object[] out = (Object[]) k.invoke(3L);
        assertEquals(3L, out[0]);
        assertArrayEquals(new int[] {3}, ((NDArray) out[1]).shape());
        Program none = program(fn("v", List.of(n), Type.NONE, new io.jumba.ir.Stmt.Return(null)));
        assertNull(KernelCompiler.compile(none).invoke(1L));
        assertThrows(IllegalArgumentException.class, () -> k.invoke());
        assertThrows(IllegalArgumentException.class, () -> k.invoke("three"));
    }

    @Test
    void compilingAsNamesTheClassAndItsPackage() {
        Var a = var("a", I64);
        Program p = program(fn("k", List.of(a), I64, ret(bin(BinOp.ADD, l(a), l(a)))));
        CompiledKernel k = KernelCompiler.compilingAs("com.example.Kernels_k0", () -> KernelCompiler.compile(p));
        assertEquals("com.example.Kernels_k0", k.binary().className());
        assertTrue(k.binary().classes().containsKey("com.example.Kernels_k0"), k.binary().classes().keySet().toString());
        assertTrue(k.javaSource().contains("package com.example;\n"), k.javaSource());
        assertEquals(42L, k.invoke(21L));
        assertTrue(KernelCompiler.compile(p).binary().className().startsWith("JumbaKernel"), "outside the scope");
        assertThrows(IllegalArgumentException.class,
                () -> KernelCompiler.compilingAs("com..K", () -> KernelCompiler.compile(p)));
    }

    @Test
    void arraysOfAnotherDtypeOrLayoutAreRefused() {
        Var x = var("x", arr(DType.FLOAT64, 1));
        Program p = program(fn("k", List.of(x), I64, ret(i64(1))));
        CompiledKernel k = KernelCompiler.compile(p);
        var e = assertThrows(IllegalArgumentException.class, () -> k.invoke(NDArray.zeros(DType.FLOAT32, 3)));
        assertTrue(e.getMessage().startsWith("expected an array float64[::1]"), e.getMessage());
    }
}
