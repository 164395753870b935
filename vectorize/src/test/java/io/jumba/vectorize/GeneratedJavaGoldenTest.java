package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.codegen.JavaSourceGenerator;
import io.jumba.codegen.LoopEmitter;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.ir.ArrayStorage;
import io.jumba.ir.Program;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java source generated for a dozen kernels (scalar and SIMD, 1-D and 2-D, reductions, masks, outer-loop,
 * register-tiled, early-exit loops in lanes, a stencil's border split off; five of them also over memory segments) at the
 * fixed 256-bit species, compared with the reviewed copies in
 * {@code src/test/resources/codegen/golden}. After a deliberate change to the generated code, rewrite them with
 * {@code bin/mvnw -o -pl vectorize -am test -Dtest=GeneratedJavaGoldenTest -Djumba.updateGoldens=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and review the diff.
 */
class GeneratedJavaGoldenTest {
    /** System property: "true" rewrites the golden files with the current output instead of comparing. */
    static final String UPDATE_PROPERTY = "jumba.updateGoldens";
    private static final Path GOLDEN = Path.of("src/test/resources/codegen/golden");
    private static final VectorOptions AT_256 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);

    private static final String SOURCE = """
            from numba import njit


            @njit
            def saxpy(alpha, x, y, out):
                for i in range(x.shape[0]):
                    out[i] = alpha * x[i] + y[i]


            @njit
            def dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * b[i]
                return s


            @njit
            def clip(a, lo, hi, out):
                for i in range(a.shape[0]):
                    x = a[i]
                    if x < lo:
                        out[i] = lo
                    elif x > hi:
                        out[i] = hi
                    else:
                        out[i] = x


            @njit
            def argmin(a):
                m = a[0]
                k = 0
                for i in range(a.shape[0]):
                    if a[i] < m:
                        m = a[i]
                        k = i
                return k


            @njit
            def prefix_sum(a):
                for i in range(1, a.shape[0]):
                    a[i] = a[i] + a[i - 1]


            @njit
            def ratio(x, y, out):
                for i in range(x.shape[0]):
                    out[i] = x[i] / y[i]


            @njit
            def gather(x, idx, out):
                for i in range(idx.shape[0]):
                    out[i] = x[idx[i]] * 2.0


            @njit
            def scale_rows(a, f, out):
                for i in range(a.shape[0]):
                    for j in range(a.shape[1]):
                        out[i, j] = a[i, j] * f[i]


            @njit
            def column_sums(a, out):
                for j in range(a.shape[1]):
                    s = 0.0
                    for i in range(a.shape[0]):
                        s += a[i, j]
                    out[j] = s


            @njit
            def matmul(a, b, c):
                for i in range(a.shape[0]):
                    for j in range(b.shape[1]):
                        s = 0.0
                        for k in range(a.shape[1]):
                            s += a[i, k] * b[k, j]
                        c[i, j] = s


            @njit
            def collatz(n):
                steps = 0
                while n != 1:
                    n = next_collatz(n)
                    steps += 1
                return steps


            @njit
            def next_collatz(n):
                if n % 2 == 0:
                    return n // 2
                return 3 * n + 1


            @njit
            def escape_time(xs, out):
                for i in range(xs.shape[0]):
                    zr = 0.0
                    k = 0
                    while k < 50 and zr * zr <= 4.0:
                        zr = zr * zr + xs[i]
                        k += 1
                    out[i] = k


            @njit
            def border_stencil(a, out):
                for i in range(a.shape[0]):
                    for j in range(a.shape[1]):
                        if i == 0 or j == 0 or i == a.shape[0] - 1 or j == a.shape[1] - 1:
                            out[i, j] = a[i, j]
                        else:
                            out[i, j] = a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1]


            @njit
            def complex_mul_add(x, y, z, out):
                for i in range(x.shape[0]):
                    out[i] = x[i] * y[i] + z[i]


            @njit
            def complex_vdot(x, y):
                s = 0j
                for i in range(x.shape[0]):
                    s += x[i].conjugate() * y[i]
                return s
            """;

    /**
     * A golden file: function compiled for args, with the vectorizer at 256 bits or with core's generator alone, in
     * the code shape of arrays on the heap or in memory segments.
     */
    private record Case(String file, String function, List<Type> args, boolean vectorizer, ArrayStorage storage) {
        Case(String file, String function, List<Type> args, boolean vectorizer) {
            this(file, function, args, vectorizer, ArrayStorage.HEAP);
        }
    }

    private static Type vector(DType d) { return Type.array(d, 1, Layout.C); }

    private static Type matrix() { return Type.array(DType.FLOAT64, 2, Layout.C); }

    private static final Type F64 = vector(DType.FLOAT64);
    private static final Type C128 = vector(DType.COMPLEX128);

    private static List<Case> cases() {
        return List.of(
                new Case("SaxpyScalar", "saxpy", List.of(Type.FLOAT64, F64, F64, F64), false),
                new Case("Saxpy", "saxpy", List.of(Type.FLOAT64, F64, F64, F64), true),
                new Case("Dot", "dot", List.of(F64, F64), true),
                new Case("Clip", "clip", List.of(F64, Type.FLOAT64, Type.FLOAT64, F64), true),
                new Case("Argmin", "argmin", List.of(F64), true),
                new Case("PrefixSum", "prefix_sum", List.of(vector(DType.INT64)), true),
                new Case("Ratio", "ratio", List.of(F64, F64, F64), true),
                new Case("Gather", "gather", List.of(F64, vector(DType.INT64), F64), true),
                new Case("ScaleRows", "scale_rows", List.of(matrix(), F64, matrix()), true),
                new Case("ColumnSums", "column_sums", List.of(matrix(), F64), true),
                new Case("Matmul", "matmul", List.of(matrix(), matrix(), matrix()), true),
                new Case("Collatz", "collatz", List.of(Type.INT64), true),
                new Case("EscapeTime", "escape_time", List.of(F64, vector(DType.INT64)), true),
                new Case("BorderStencil", "border_stencil", List.of(matrix(), matrix()), true),
                new Case("SaxpySegment", "saxpy", List.of(Type.FLOAT64, F64, F64, F64), true, ArrayStorage.SEGMENT),
                new Case("DotSegment", "dot", List.of(F64, F64), true, ArrayStorage.SEGMENT),
                new Case("ScaleRowsSegment", "scale_rows", List.of(matrix(), F64, matrix()), true, ArrayStorage.SEGMENT),
                new Case("ColumnSumsSegment", "column_sums", List.of(matrix(), F64), true, ArrayStorage.SEGMENT),
                new Case("MatmulSegment", "matmul", List.of(matrix(), matrix(), matrix()), true, ArrayStorage.SEGMENT),
                new Case("ComplexMulAdd", "complex_mul_add", List.of(C128, C128, C128, C128), true),
                new Case("ComplexVdot", "complex_vdot", List.of(C128, C128), true));
    }

    @TestFactory
    Stream<DynamicTest> generatedJavaMatchesTheGoldenFiles() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file(), () -> {
            Program p = Pipeline.standard().lower(TypeInference.specialize(Parser.parse(SOURCE, "kernel.py"),
                    c.function(), c.args())).withStorage(c.storage());
            LoopEmitter loops = c.vectorizer() ? new Vectorizer(AT_256) : LoopEmitter.NONE;
            String java = JavaSourceGenerator.generate(p, c.file(), loops);
            Path file = GOLDEN.resolve(c.file() + ".java.txt");
            if (Boolean.getBoolean(UPDATE_PROPERTY)) write(file, java);
            assertTrue(Files.exists(file), file + " is missing: rerun with -D" + UPDATE_PROPERTY + "=true and review it");
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), java,
                    c.file() + " changed: if that is meant, rerun with -D" + UPDATE_PROPERTY + "=true and review the diff");
        }));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
