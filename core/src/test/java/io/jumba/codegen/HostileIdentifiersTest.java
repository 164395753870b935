package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.Parser;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** Kernel identifiers, however hostile, become distinct Java names that cannot reach Java. */
class HostileIdentifiersTest {
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

    @Test
    void aRaiseMessageCannotLeaveItsStringLiteral() {
        // A newline, a quote, a literal backslash-u escape and non-ASCII text: each would end or rewrite the literal
        // if written verbatim or as a Unicode escape, which Java expands before it reads the literal.
        String message = "a\nb\" + \"\\u000a\\\\u0022 \u00e9\u2028\t\u0000";
        String source = "def f(x):\n    if x > 0:\n        raise ValueError(" + python(message) + ")\n    return x\n";
        Program p = TypeInference.specialize(Parser.parse(source, "k.py"), "f", List.of(Type.INT64));
        CompiledKernel k = KernelCompiler.compile(p);
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> k.invoke(3L));
        assertTrue(e.getMessage().contains("ValueError: " + message), e.getMessage());
    }

    /** A Python string literal for text: every character as a backslash escape. */
    private static String python(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) b.append(String.format("\\u%04x", (int) c));
        return b.append('"').toString();
    }

    @Test
    void aFileNameCannotEndTheCommentsItAppearsIn() {
        // Java reads Unicode escapes before anything else, so this one would end a // comment and start code.
        String file = "k\\u000a public static int injected() { return 1; } //.py";
        Program p = TypeInference.specialize(Parser.parse("def f(x):\n    return x + 1\n", file), "f", List.of(Type.INT64));
        CompiledKernel k = KernelCompiler.compile(p);
        assertEquals(4L, k.invoke(3L));
        assertTrue(k.javaSource().startsWith("// Generated by Jumba from k?u000a public static int injected()"),
                k.javaSource());
    }

    private static List<Var> append(List<Var> vars, Var v) {
        List<Var> out = new java.util.ArrayList<>(vars);
        out.add(v);
        return out;
    }
}
