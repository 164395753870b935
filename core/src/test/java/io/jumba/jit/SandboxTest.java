package io.jumba.jit;

import io.jumba.array.NDArray;
import io.jumba.diag.KernelCompilationException;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** Compiled code cannot reach anything outside the allowlist. */
class SandboxTest {

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
            "java.lang.ClassLoader", "io.jumba.jit.KernelCompiler", "io.jumba.runtime.sub.Thing"}) {
            assertThrows(ClassNotFoundException.class, () -> sandbox.loadClass(name), name);
        }
        assertSame(NDArray.class, sandbox.loadClass("io.jumba.array.NDArray"));
        assertSame(Math.class, sandbox.loadClass("java.lang.Math"));
    }

    @Test
    void compileErrorsAreInternalErrorsThatKeepTheSourceOutOfTheMessage() {
        KernelCompilationException e = assertThrows(KernelCompilationException.class,
                () -> KernelCompiler.compileSource("Broken", "public final class Broken { int x = ; }"));
        assertFalse(e.getMessage().contains("Broken {"), e.getMessage());
        assertTrue(e.getMessage().contains("explain --java"), e.getMessage());
        assertEquals("public final class Broken { int x = ; }", e.javaSource());
        Var x = var("x", Type.INT64);
        assertNotNull(KernelCompiler.compile(program(fn("ok", List.of(x), BOOL, ret(cmp(CmpOp.GT, l(x), i64(0)))))).handle());
    }
}
