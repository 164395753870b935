package io.jumba.jit;

import org.codehaus.janino.SimpleCompiler;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Bytecode lengths read from class files Janino produces, past fields, constants and other attributes. */
class MethodSizesTest {
    @Test
    void codeLengthsPerMethod() throws Exception {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.cook("public final class Sizes {\n"
                + "    public static final long BIG = 123456789012L;\n"
                + "    private static double d = 2.5;\n"
                + "    public static int one() { return 1; }\n"
                + "    public static long big() { return BIG; }\n"
                + "    public static int add(int a, int b) { return a + b; }\n"
                + "}\n");
        Map<String, Integer> sizes = MethodSizes.of(compiler.getBytecodes().get("Sizes"));
        assertEquals(2, sizes.get("one"), sizes.toString());   // iconst_1, ireturn
        assertEquals(4, sizes.get("big"), sizes.toString());   // ldc2_w #k, lreturn
        assertEquals(4, sizes.get("add"), sizes.toString());   // iload_0, iload_1, iadd, ireturn
        assertFalse(sizes.containsKey("d"));
    }
}
