package io.jumba.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code jumba call} on {@code @vectorize}/{@code @guvectorize} functions: applied as NumPy calls a ufunc. */
class VectorizeCallTest {
    private static final String KERNELS = """
            from numba import vectorize, guvectorize

            @vectorize(["int64(int64, int64)", "float64(float64, float64)"])
            def clipped_sum(a, b):
                s = a + b
                if s > 100:
                    return 100
                return s

            @guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
            def dot(a, b, res):
                acc = 0.0
                for i in range(a.shape[0]):
                    acc += a[i] * b[i]
                res[0] = acc

            @vectorize
            def soft_clip(x, hi):
                if x > hi:
                    return hi
                return x
            """;

    @TempDir
    Path dir;

    @Test
    void refusedArgumentsAreReportedAsPythonWould() throws IOException {
        Path py = Files.writeString(dir.resolve("k.py"), KERNELS);
        Path a = dir.resolve("a.npy");
        Npy.write(a, NDArray.of(new double[] {1, 2, 3}));
        Path b = dir.resolve("b.npy");
        Npy.write(b, NDArray.of(new double[] {1, 2, 3, 4}));
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(ErrorReporter.KERNEL_ERROR, cl.execute("call", py.toString(), "dot", a.toString(), b.toString()));
        assertEquals("ValueError: dot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n),(n)->() (size 4 is different from 3)", err.toString().strip());
    }

    private String[] run(Object... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] texts = java.util.Arrays.stream(args).map(Object::toString).toArray(String[]::new);
        int exit = cl.execute(texts);
        assertEquals(0, exit, err.toString());
        String[] lines = out.toString().strip().split("\n");
        return new String[] {lines[lines.length - 1], err.toString()};
    }

    @Test
    void vectorizeWithoutSignaturesCompilesForTheArgumentsDtypes() throws IOException {
        Path py = Files.writeString(dir.resolve("k.py"), KERNELS);
        Path ints = dir.resolve("ints.npy");
        Npy.write(ints, NDArray.wrap(new int[] {1, 5, 9}));
        Path out = dir.resolve("out");
        // int32 elements with a Python int: Numba's DUFunc compiles (int32, int64) -> int64, the int taken as int64
        assertEquals("array([1, 5, 7])", run("call", py, "soft_clip", ints, 7, "--out-dir", out)[0]);
        assertEquals(DType.INT64, Npy.read(out.resolve("ret.npy")).dtype());
        assertEquals("2.5", run("call", py, "soft_clip", 4.0, 2.5)[0]);
    }

    @Test
    void vectorizeBroadcastsArraysAndScalars() throws IOException {
        Path py = Files.writeString(dir.resolve("k.py"), KERNELS);
        Path column = dir.resolve("col.npy");
        Npy.write(column, NDArray.wrap(new long[] {1, 50}, 2, 1));
        Path row = dir.resolve("row.npy");
        Npy.write(row, NDArray.wrap(new long[] {10, 60, 99}));
        Path out = dir.resolve("out");
        run("call", py, "clipped_sum", row, column, "--out-dir", out);
        NDArray ret = Npy.read(out.resolve("ret.npy"));
        assertEquals(DType.INT64, ret.dtype());
        assertArrayEquals(new int[] {2, 3}, ret.shape());
        assertEquals(100L, ret.getLong(1, 1));
        assertEquals(61L, ret.getLong(0, 1));
        // Scalars: a Python int and float pick the float64 loop, and the answer is a scalar.
        assertEquals("13.5", run("call", py, "clipped_sum", "3", "10.5")[0]);
    }

    /**
     * Golden cases of src/test/resources/gufunc_golden (NumPy's answers): two outputs of {@code (n)->(),()} as
     * ret0.npy and ret1.npy, and {@code (m,n),(n)->(m)} over two broadcast outer dimensions as ret.npy.
     */
    @Test
    void guvectorizeWritesEveryOutputAsNumpyComputesIt() throws Exception {
        Path golden = Path.of(getClass().getResource("/gufunc_golden").toURI());
        Path kernels = golden.resolve("kernels.py"), data = golden.resolve("data");
        Path out = dir.resolve("sum_max");
        run("call", kernels, "sum_max", data.resolve("sum_max_2d.in0.npy"), "--out-dir", out);
        for (int j = 0; j < 2; j++) {
            io.jumba.GUFuncGoldenTest.assertMatches(Npy.read(data.resolve("sum_max_2d.exp" + j + ".npy")),
                    Npy.read(out.resolve("ret" + j + ".npy")), "sum_max ret" + j);
        }
        Path mv = dir.resolve("matvec");
        run("call", kernels, "matvec", data.resolve("matvec_outer2.in0.npy"), data.resolve("matvec_outer2.in1.npy"),
                "--out-dir", mv);
        io.jumba.GUFuncGoldenTest.assertMatches(Npy.read(data.resolve("matvec_outer2.exp0.npy")),
                Npy.read(mv.resolve("ret.npy")), "matvec ret");
    }

    @Test
    void guvectorizeAllocatesItsOutput() throws IOException {
        Path py = Files.writeString(dir.resolve("k.py"), KERNELS);
        Path a = dir.resolve("a.npy");
        Npy.write(a, NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        Path b = dir.resolve("b.npy");
        Npy.write(b, NDArray.of(new double[] {0.5, 2.0, 10.0}));
        Path out = dir.resolve("out");
        run("call", py, "dot", a, b, "--out-dir", out);
        NDArray ret = Npy.read(out.resolve("ret.npy"));
        assertArrayEquals(new int[] {2}, ret.shape());
        assertEquals(34.5, ret.getDouble(0));
        assertEquals(72.0, ret.getDouble(1));
        assertEquals("104.25", run("call", py, "dot", b, b, "--out-dir", out)[0]);
        NDArray scalar = Npy.read(out.resolve("ret.npy"));
        assertEquals(0, scalar.ndim());
        assertEquals(104.25, scalar.getDouble());
    }
}
