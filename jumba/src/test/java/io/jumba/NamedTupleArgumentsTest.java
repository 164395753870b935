package io.jumba;

import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.types.NamedTupleValue;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * namedtuple instances from Java ({@link NamedTupleValue}) as kernel arguments, namedtuples returned as the same
 * record, and {@code print} of namedtuples inside tuples: compiled at every fixed vector width and interpreted.
 * Expected values are CPython's, running the same functions undecorated (the Numba goldens are the conformance
 * cases of namedtuples.py with namedtuple arguments).
 */
class NamedTupleArgumentsTest {
    private static final String SOURCE = """
            from collections import namedtuple
            from numba import njit

            Point = namedtuple("Point", ["x", "y"])
            Rect = namedtuple("Rect", "width height")

            @njit
            def norm(p):
                return (p.x * p.x + p.y * p.y) ** 0.5, p[0], p[-1]

            @njit
            def shifted(t, scale):
                p, k = t
                return Point(p.x + k * scale, p.y + k * scale)

            @njit
            def area(r):
                return r.width.sum() * r.height

            @njit
            def printed(n):
                p = Point(n, n / 4)
                print((p, n))
                print(((Rect(n, 2), 1.5), p, (Point(n, -1),)))
                return n

            @njit
            def nested(n):
                return (Point(n, 0.5), n), Rect(Point(1, 2.5), None)
            """;

    private static NamedTupleValue point(Object x, Object y) { return new NamedTupleValue("Point", List.of("x", "y"), List.of(x, y)); }

    /** body, given the call of function, compiled at each fixed vector width and interpreted. */
    private static Stream<DynamicTest> calls(String function, Consumer<Function<Object[], Object>> body) {
        Stream<DynamicTest> compiled = Arrays.stream(SpeciesWidth.values()).filter(w -> w != SpeciesWidth.PREFERRED)
                .map(w -> DynamicTest.dynamicTest(function + " [compiled " + w.bits() + "-bit]",
                        () -> body.accept(call(VectorOptions.DEFAULT.withWidth(w), false, function))));
        return Stream.concat(compiled, Stream.of(DynamicTest.dynamicTest(function + " [interpreted]",
                () -> body.accept(call(VectorOptions.DEFAULT, true, function)))));
    }

    private static Function<Object[], Object> call(VectorOptions options, boolean interpreted, String function) {
        Kernel k = new KernelModule(Parser.parse(SOURCE, "points.py"), options, interpreted).function(function);
        return k::call;
    }

    @TestFactory
    Stream<DynamicTest> fieldsOfANamedTupleArgument() {
        return calls("norm", call -> {
            assertArrayEquals(new Object[] {5.0, 3.0, 4L}, (Object[]) call.apply(new Object[] {point(3.0, 4)}));
            assertArrayEquals(new Object[] {2.9154759474226504, -1.5, 2.5}, (Object[]) call.apply(new Object[] {point(-1.5, 2.5)}));
        });
    }

    @TestFactory
    Stream<DynamicTest> aNamedTupleInsideATupleArgumentAndOneReturned() {
        return calls("shifted", call -> {
            assertEquals(point(7L, 8.5), call.apply(new Object[] {new Object[] {point(1, 2.5), 3}, 2}));
            assertEquals(point(-7L, -2.5), call.apply(new Object[] {new Object[] {point(-4L, 0.5), -1L}, 3L}));
        });
    }

    @TestFactory
    Stream<DynamicTest> aNamedTupleHoldingAnArray() {
        NamedTupleValue rect = new NamedTupleValue("Rect", List.of("width", "height"),
                List.of(NDArray.of(new double[] {0, 1, 2, 3, 4}), 2L));
        return calls("area", call -> assertEquals(20.0, call.apply(new Object[] {rect})));
    }

    @TestFactory
    Stream<DynamicTest> namedTuplesPrintInsideTuples() {
        return calls("printed", call -> assertEquals("""
                (Point(x=3, y=0.75), 3)
                ((Rect(width=3, height=2), 1.5), Point(x=3, y=0.75), (Point(x=3, y=-1),))
                """, printedBy(() -> assertEquals(3L, call.apply(new Object[] {3L})))));
    }

    @TestFactory
    Stream<DynamicTest> namedTuplesNestedInAResult() {
        return calls("nested", call -> {
            Object[] result = (Object[]) call.apply(new Object[] {4L});
            assertArrayEquals(new Object[] {point(4L, 0.5), 4L}, (Object[]) result[0]);
            assertEquals(new NamedTupleValue("Rect", List.of("width", "height"), Arrays.asList(point(1L, 2.5), null)), result[1]);
            assertEquals("Rect(width=Point(x=1, y=2.5), height=None)", result[1].toString());
        });
    }

    @Test
    void callTupleGivesANamedTuplesElements() {
        Kernel shifted = Jumba.jit(SOURCE, "points.py").function("shifted");
        assertArrayEquals(new Object[] {3L, 4.5}, shifted.callTuple(new Object[] {point(1L, 2.5), 1L}, 2L));
    }

    @Test
    void fieldsMustMatchTheValues() {
        assertThrows(IllegalArgumentException.class, () -> new NamedTupleValue("Point", List.of("x"), List.of(1L, 2L)));
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
