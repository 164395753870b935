package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.TypingError;
import io.jumba.frontend.Parser;
import io.jumba.types.Signature;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dtype as a value crossing the Java API (Numba's {@code dtype(float64)} type): returned as the {@link DType},
 * taken as an argument, printed as Python prints it; compiled at each fixed vector width and interpreted. (The
 * forms inside kernels have NumPy goldens, creation.dtype_values, and Numba ones, library_functions.dtype_values.)
 */
class DTypeValuesTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def of(a):
                d = a.dtype
                return d, np.dtype('uint16')

            @njit
            def zeros(d, n):
                print(d, (d, n))
                return np.zeros(n, dtype=d)

            @njit
            def compared(a):
                return a.dtype != np.dtype('float64')
            """;

    private static Stream<DynamicTest> calls(String function, Consumer<Function<Object[], Object>> body) {
        Stream<DynamicTest> compiled = Arrays.stream(SpeciesWidth.values()).filter(w -> w != SpeciesWidth.PREFERRED)
                .map(w -> DynamicTest.dynamicTest(function + " [compiled " + w.bits() + "-bit]",
                        () -> body.accept(call(VectorOptions.DEFAULT.withWidth(w), false, function))));
        return Stream.concat(compiled, Stream.of(DynamicTest.dynamicTest(function + " [interpreted]",
                () -> body.accept(call(VectorOptions.DEFAULT, true, function)))));
    }

    private static Function<Object[], Object> call(VectorOptions options, boolean interpreted, String function) {
        Kernel k = new KernelModule(Parser.parse(SOURCE, "dtypes.py"), options, interpreted).function(function);
        return k::call;
    }

    @TestFactory
    Stream<DynamicTest> aDTypeIsReturnedAsTheDType() {
        return calls("of", call -> assertArrayEquals(new Object[] {DType.INT8, DType.UINT16},
                (Object[]) call.apply(new Object[] {NDArray.empty(DType.INT8, 2)})));
    }

    @TestFactory
    Stream<DynamicTest> aDTypeArgumentIsUsedAndPrinted() {
        return calls("zeros", call -> {
            String printed = printedBy(() -> {
                NDArray z = (NDArray) call.apply(new Object[] {DType.FLOAT32, 3L});
                assertSame(DType.FLOAT32, z.dtype());
                assertEquals(3, z.size());
            });
            assertEquals("float32 (dtype('float32'), 3)\n", printed);
        });
    }

    @Test
    void dtypesAreTypedAsNumbaTypesThem() {
        assertEquals("dtype(int32)", Signature.of(DType.INT32, 2L).args().getFirst().toString());
        Kernel k = Jumba.jit(SOURCE, "dtypes.py").function("of");
        assertEquals("Tuple(dtype(int8), dtype(uint16))", k.returnType(NDArray.empty(DType.INT8, 2)).toString());
    }

    @Test
    void dtypesHaveNoComparisonAsInNumba() {
        TypingError e = assertThrows(TypingError.class,
                () -> Jumba.jit(SOURCE, "dtypes.py").function("compared").call(NDArray.empty(DType.INT8, 2)));
        assertTrue(e.getMessage().contains("cannot compare dtype(int8) and dtype(float64)"), e.getMessage());
    }

    private static String printedBy(Runnable call) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            call.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
