package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.interp.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** Kernel names cannot reach Java, and compiled code cannot reach anything outside the allowlist. */
class SandboxTest {

    @Test
    void hostileIdentifiersCompileAndRunHarmlessly() {
        // Java's names, the generator's temporaries and the array parts of Thread below, and non-identifiers
        String[] names = {"System", "java", "Runtime", "exit", "getClass", "class", "__import__", "P", "this",
            "Math", "Indexing", "NDArray", "SourcePos", "idx", "start", "stop", "value", "i", "acc0",
            "Thread_data", "Thread_off", "Thread_n0", "x_", "v_x", "f_System", "t$i0", "$1", "é", "π_2", "x y", "a.b",
            "1x"};
        List<Var> params = new java.util.ArrayList<>();
        Expr sum = i64(0);
        for (String n : names) {
            Var v = var(n, I64);
            params.add(v);
            sum = bin(BinOp.ADD, sum, l(v));
        }
        Var arr = var("Thread", arr(DType.INT64, 1));
        Var loopVar = var("ProcessBuilder", I64);
        Program p = program(
                fn("System", append(params, arr), I64,
                        loop(loopVar, i64(0), i64(3), i64(1), store(l(arr), l(loopVar), 2, l(loopVar))),
                        ret(bin(BinOp.ADD, sum, new Expr.Call("class", List.of(l(arr)), I64, pos(3))))),
                fn("class", List.of(var("getClass", arr(DType.INT64, 1))), I64,
                        ret(load(l(var("getClass", arr(DType.INT64, 1))), 4, i64(-1)))));
        Object[] args = new Object[names.length + 1];
        for (int i = 0; i < names.length; i++) args[i] = (long) i;
        args[names.length] = NDArray.zeros(DType.INT64, 3);
        long expected = (long) names.length * (names.length - 1) / 2 + 2;
        assertEquals(expected, Differential.run(p, args));
        String src = JavaSourceGenerator.generate(p, "K");
        assertFalse(src.contains(" System("), src);
        assertTrue(src.contains(" System_(long System_, long java_,"), src);
        assertTrue(src.contains(" $3c0$_2_, long x$20$y_, long a$2e$b_, long $31$x_,"), src);
        assertTrue(src.contains("Thread_data[Thread_off + Indexing.indexNonNegative(ProcessBuilder_, Thread_n0,"), src);
    }

    @Test
    void mangledNamesAreDistinctJavaIdentifiers() {
        String[] names = {"a_b", "a__b", "a.b", "a_x2e_b", "_", "__", "é", "e", "$", "$$", "a$", "a$24$", "$24$", "1",
            "$31$", "x", "x_", "x_data", "x_n0", "data", "i", "acc0"};
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            String v = Names.variable(n);
            assertTrue(seen.add(v), n);
            assertTrue(javax.lang.model.SourceVersion.isName(v) && v.endsWith("_"), v);
            for (String role : new String[] {"data", "off", "n0", "s1", "acc0", "arr"}) {
                String d = Names.derived(n, role);
                assertTrue(seen.add(d), n + " " + role);
                assertTrue(javax.lang.model.SourceVersion.isName(d) && !d.endsWith("_"), d);
            }
        }
        Temporaries temps = new Temporaries();
        for (String hint : new String[] {"i", "i", "acc", "data", "value", "i"}) {
            String t = temps.fresh(hint);
            assertTrue(seen.add(t), t);
            assertFalse(t.contains("_") || t.contains("$"), t);
        }
        assertTrue(seen.containsAll(java.util.List.of("i", "i2", "i3", "acc", "data", "value")), seen.toString());
        assertThrows(IllegalArgumentException.class, () -> temps.fresh("int"));
        assertThrows(IllegalArgumentException.class, () -> temps.fresh("x_"));
        assertThrows(IllegalArgumentException.class, () -> Names.derived("x", "Data"));
    }

    private static List<Var> append(List<Var> vars, Var v) {
        List<Var> out = new java.util.ArrayList<>(vars);
        out.add(v);
        return out;
    }

    private static void assertRefused(String body) {
        String source = "public final class Evil {\n    public static Object run() {\n        " + body + "\n    }\n}\n";
        KernelCompilationException e = assertThrows(KernelCompilationException.class,
                () -> KernelCompiler.compileSource("Evil", source), body);
        assertTrue(e.getMessage().startsWith("internal error: generated Java did not compile"), e.getMessage());
        assertEquals(source, e.javaSource());
    }

    @Test
    void theSandboxRefusesDangerousClasses() {
        assertRefused("System.exit(1); return null;");
        assertRefused("java.lang.System.exit(1); return null;");
        assertRefused("return Runtime.getRuntime();");
        assertRefused("return new Thread();");
        assertRefused("return Thread.currentThread();");
        assertRefused("return java.lang.reflect.Array.newInstance(String.class, 1);");
        assertRefused("return new java.io.File(\"/etc/passwd\");");
        assertRefused("return new ProcessBuilder(new String[] {\"sh\"});");
        assertRefused("return \"x\".getClass();");
        assertRefused("return Object.class;");
        assertRefused("return Math.class.getClassLoader();");
        assertRefused("return new StringBuilder().append(1).toString();");
    }

    @Test
    void allowedClassesStillWork() throws Throwable {
        Class<?> ok = KernelCompiler.compileSource("Fine", "public final class Fine {\n"
                + "    public static double run(double x) { return Math.sqrt(x) + io.jumba.runtime.MathFunctions.erf(0.0); }\n}\n");
        assertEquals(3.0, java.lang.invoke.MethodHandles.publicLookup().findStatic(ok, "run",
                java.lang.invoke.MethodType.methodType(double.class, double.class)).invoke(9.0));
    }

    @Test
    void theKernelLoaderItselfResolvesOnlyTheAllowlist() throws ClassNotFoundException {
        ClassLoader sandbox = SandboxClassLoader.forKernels(getClass().getClassLoader());
        for (String name : new String[] {"java.lang.System", "java.lang.Runtime", "java.lang.Thread",
            "java.lang.reflect.Method", "java.io.File", "java.lang.ProcessBuilder", "java.lang.Class",
            "java.lang.ClassLoader", "io.jumba.codegen.KernelCompiler", "io.jumba.runtime.sub.Thing"}) {
            assertThrows(ClassNotFoundException.class, () -> sandbox.loadClass(name), name);
        }
        assertSame(NDArray.class, sandbox.loadClass("io.jumba.array.NDArray"));
        assertSame(Math.class, sandbox.loadClass("java.lang.Math"));
    }

    @Test
    void compileErrorsAreInternalErrorsWithTheSource() {
        KernelCompilationException e = assertThrows(KernelCompilationException.class,
                () -> KernelCompiler.compileSource("Broken", "public final class Broken { int x = ; }"));
        assertTrue(e.getMessage().contains("--- generated source ---"), e.getMessage());
        assertEquals("public final class Broken { int x = ; }", e.javaSource());
        Var x = var("x", Type.INT64);
        assertNotNull(KernelCompiler.compile(program(fn("ok", List.of(x), BOOL, ret(cmp(CmpOp.GT, l(x), i64(0)))))).handle());
    }
}
