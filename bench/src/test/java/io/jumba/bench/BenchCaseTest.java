package io.jumba.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

class BenchCaseTest {

    @Test
    void loadsEveryCaseWithExistingKernelFiles() {
        List<BenchCase> cases = BenchCase.all(BenchKernels.dir());
        assertEquals(26, cases.size());
        for (BenchCase c : cases) {
            assertTrue(Files.isRegularFile(c.path()), c.path().toString());
            assertTrue(c.sizes().containsKey("small") && c.sizes().containsKey("large"), c.name());
        }
    }

    @Test
    void buildsInputsWithShapesDtypesAndDistributions() {
        BenchCase c = BenchCase.load("pairwise_dist");
        Object[] in = c.inputs("small");
        NDArray x = (NDArray) in[0], out = (NDArray) in[1];
        assertArrayEquals(new int[] {256, 3}, x.shape());
        assertArrayEquals(new int[] {256, 256}, out.shape());
        assertEquals(DType.FLOAT64, x.dtype());
        double[] xs = ResultCheck.toDoubles(x);
        for (double v : xs) assertTrue(v >= 0 && v < 1);
        for (double v : ResultCheck.toDoubles(out)) assertEquals(0.0, v);
        assertArrayEquals(xs, ResultCheck.toDoubles((NDArray) c.inputs("small")[0]), "fixed seed gives the same data");
    }

    @Test
    void explicitSizeParametersOverrideTheNamedSizes() {
        BenchCase c = BenchCase.load("pairwise_dist");
        assertEquals(java.util.Map.of("n", 100, "d", 3), c.sizeParams("n:100"));
        assertArrayEquals(new int[] {100, 5}, ((NDArray) c.inputs("n:100;d:5")[0]).shape());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> c.sizeParams("m:7"));
        assertTrue(e.getMessage().contains("bad size parameter 'm:7'"), e.getMessage());
    }

    @Test
    void scalarsFollowTheBoxingConventions() {
        Object[] in = BenchCase.load("mandelbrot").inputs("small");
        assertEquals(-2.0, in[0]);
        assertEquals(100L, in[4]);
        assertEquals(DType.INT32, ((NDArray) in[5]).dtype());
        assertEquals(DType.FLOAT32, ((NDArray) BenchCase.load("dot_f32").inputs("small")[0]).dtype());
    }

    @Test
    void normalInputsHaveTheRequestedMoments() {
        double[] x = ResultCheck.toDoubles((NDArray) BenchCase.load("histogram").inputs("small")[0]);
        double mean = 0, sq = 0;
        for (double v : x) { mean += v; sq += v * v; }
        mean /= x.length;
        double std = Math.sqrt(sq / x.length - mean * mean);
        assertEquals(0.0, mean, 0.05);
        assertEquals(1.0, std, 0.05);
    }

    @Test
    void numbaSignatureNamesContiguousArrays() {
        assertEquals("float64(float64[::1], float64[::1])", BenchCase.load("dot").numbaSignature());
        assertEquals("void(float64[:, ::1], float64[:, ::1])", BenchCase.load("jacobi").numbaSignature());
        assertEquals("void(float64, float64, float64, float64, int64, int32[:, ::1])", BenchCase.load("mandelbrot").numbaSignature());
        assertNull(BenchCase.load("triad").returns());
        assertEquals(List.of(3), BenchCase.load("triad").outputIndices());
    }
}
