package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 2-D vectorized kernels (stencil, row sums, column sums, matmul, pairwise distances) on array views that start at
 * odd offsets of their buffers, at every species width, against the interpreter, with every element of the buffers
 * compared afterwards. Views {@code X[1:, 1:]} keep unit stride along rows, so the vector code must run (a guarded
 * compile fails on a silent scalar fallback); views {@code X[:, ::2]} have stride 2 along rows, which the emitted
 * run-time check sends to the scalar loop, and the result must still agree.
 */
class OddOffsetSliceSimdTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            @njit
            def jacobi(u, out):
                n, m = u.shape
                for i in range(1, n - 1):
                    for j in range(1, m - 1):
                        out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])

            @njit
            def rowsum(a, out):
                for i in range(a.shape[0]):
                    s = 0.0
                    for j in range(a.shape[1]):
                        s += a[i, j]
                    out[i] = s

            @njit
            def colsum(a, out):
                n, m = a.shape
                for j in range(m):
                    s = 0.0
                    for i in range(n):
                        s += a[i, j]
                    out[j] = s

            @njit
            def matmul(A, B, C):
                n, m = A.shape
                p = B.shape[1]
                for i in range(n):
                    for j in range(p):
                        s = 0.0
                        for k in range(m):
                            s += A[i, k] * B[k, j]
                        C[i, j] = s

            @njit
            def pairwise_dist(X, out):
                n, d = X.shape
                for i in range(n):
                    for j in range(n):
                        s = 0.0
                        for k in range(d):
                            t = X[i, k] - X[j, k]
                            s += t * t
                        out[i, j] = math.sqrt(s)
            """;

    private static final Type A2 = Type.array(DType.FLOAT64, 2, Layout.A);
    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C);

    /** How a 2-D argument is cut from a buffer that itself starts at offset 1 of its storage. */
    private enum Slicing {
        /** {@code X[1:, 1:]}: rows still unit-stride, each starting one element in. */
        INTERIOR("[1:, 1:]", true),
        /** {@code X[:, ::2]}: every other column, stride 2 along rows. */
        EVERY_OTHER_COLUMN("[:, ::2]", false);

        final String text;
        /** Whether the vector code runs on such views (the run-time checks of contiguous accesses want unit stride). */
        final boolean unitStride;

        Slicing(String text, boolean unitStride) {
            this.text = text;
            this.unitStride = unitStride;
        }

        /** A rows x cols view of fresh random values. */
        NDArray view(Random rnd, int rows, int cols) {
            return switch (this) {
                case INTERIOR -> OuterLoopSimdTest.array(rnd, rows + 1, cols + 1).slice(0, 1, null, 1).slice(1, 1, null, 1);
                case EVERY_OTHER_COLUMN -> OuterLoopSimdTest.array(rnd, rows, 2 * cols).slice(1, null, null, 2);
            };
        }
    }

    /**
     * One kernel: its parameter types, the shapes it runs on (from the lane count), a large shape (whose scalar
     * rest the guard rejects, more than 16 iterations) and its arguments for a shape. exact: results must be
     * bit-identical (no reduction is reassociated).
     */
    private record Case(String function, List<Type> params, Function<Integer, List<int[]>> shapes, int[] large,
                        Arguments arguments, boolean exact) {}

    /** The arguments of one run for a shape, slicing the 2-D ones. */
    private interface Arguments {
        Object[] make(Random rnd, Slicing slicing, int[] shape);
    }

    private static List<Case> cases() {
        return List.of(
                new Case("jacobi", List.of(A2, A2), lanes -> grid(List.of(0, 1, 2, 3, 5), trips(lanes, 2)), new int[] {5, 40},
                        (r, s, sh) -> new Object[] {s.view(r, sh[0], sh[1]), s.view(r, sh[0], sh[1])}, true),
                // Rows shorter than the outer-loop limit: the nest is vectorized over i, gathering a[i, j], except the
                // last row, whose own j loop is vectorized (and on strided rows goes scalar: the large shape).
                new Case("rowsum", List.of(A2, C1), lanes -> grid(trips(lanes, 0), trips(lanes, 0)), new int[] {5, 23},
                        (r, s, sh) -> new Object[] {s.view(r, sh[0], sh[1]), OuterLoopSimdTest.array(r, sh[0])}, false),
                new Case("colsum", List.of(A2, C1), lanes -> grid(List.of(0, 1, 3, 2 * lanes + 1), trips(lanes, 0)), new int[] {3, 40},
                        (r, s, sh) -> new Object[] {s.view(r, sh[0], sh[1]), OuterLoopSimdTest.array(r, sh[1])}, true),
                new Case("matmul", List.of(A2, A2, A2), lanes -> matmulShapes(lanes), new int[] {5, 3, 40},
                        (r, s, sh) -> new Object[] {s.view(r, sh[0], sh[1]), s.view(r, sh[1], sh[2]), s.view(r, sh[0], sh[2])}, true),
                new Case("pairwise_dist", List.of(A2, A2), lanes -> grid(trips(lanes, 0), List.of(0, 1, 3, 7)), new int[] {40, 3},
                        (r, s, sh) -> new Object[] {s.view(r, sh[0], sh[1]), s.view(r, sh[0], sh[0])}, false));
    }

    /** {@link OuterLoopSimdTest#trips} plus extra (e.g. a stencil's two border columns). */
    private static List<Integer> trips(int lanes, int extra) {
        return OuterLoopSimdTest.trips(lanes).stream().map(t -> t + extra).toList();
    }

    private static List<int[]> grid(List<Integer> rows, List<Integer> cols) {
        List<int[]> shapes = new ArrayList<>();
        for (int r : rows) for (int c : cols) shapes.add(new int[] {r, c});
        return shapes;
    }

    /** n x m times m x p: short and empty inner dimensions, and square ones, around the lane count in p. */
    private static List<int[]> matmulShapes(int lanes) {
        List<int[]> shapes = new ArrayList<>();
        for (int p : OuterLoopSimdTest.trips(lanes)) {
            for (int m : new int[] {0, 1, 3, lanes + 2}) shapes.add(new int[] {5, m, p});
            shapes.add(new int[] {p, p, p});
        }
        return shapes;
    }

    @TestFactory
    Stream<DynamicNode> slicedArgumentsAgreeWithTheInterpreter() {
        return cases().stream().map(c -> DynamicContainer.dynamicContainer(c.function(),
                Arrays.stream(SpeciesWidth.values()).flatMap(w -> Arrays.stream(Slicing.values()).map(s ->
                        DynamicTest.dynamicTest(c.function() + " on X" + s.text + " @" + w, () -> check(c, w, s))))));
    }

    private static void check(Case c, SpeciesWidth width, Slicing slicing) {
        Program p = PythonKernels.compile(SOURCE, c.function(), c.params());
        VectorOptions options = VectorOptions.DEFAULT.withWidth(width);
        // Guarded where the vector code must run (a scalar fallback fails); else plain, with the scalar loop taken.
        CompiledKernel k = slicing.unitStride ? GuardedVectorizer.compile(p, options)
                : KernelCompiler.compile(p, new Vectorizer(options));
        assertTrue(k.javaSource().contains("VectorSpecies"), Explain.of(p, options));
        int lanes = Math.max(1, width.bits() / 64);
        List<int[]> shapes = new ArrayList<>(c.shapes().apply(lanes));
        shapes.add(c.large());
        for (int[] shape : shapes) {
            long seed = Arrays.hashCode(shape);
            Differential.compare(p, k, () -> c.arguments().make(new Random(seed), slicing, shape),
                    c.function() + " on X" + slicing.text + " @" + width + " shape " + Arrays.toString(shape), c.exact());
        }
        if (!slicing.unitStride) {
            // The large shape, which took the vector path on unit-stride views, goes down the scalar one here.
            CompiledKernel guarded = GuardedVectorizer.compile(p, options);
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> guarded.invoke(c.arguments().make(new Random(1), slicing, c.large())));
            assertEquals("vector path not taken", e.getMessage());
        }
    }
}
