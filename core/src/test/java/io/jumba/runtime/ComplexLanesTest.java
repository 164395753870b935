package io.jumba.runtime;

import io.jumba.array.Complex;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link ComplexDoubleLanes} and {@link ComplexFloatLanes} element by element against {@link ComplexMath} at every
 * species of 128 bits or more, on every pair of sample values (signed zeros, infinities, NaN, tiny and huge parts):
 * the product, the conjugate, the parts, NumPy's quotient and a real as complex give the scalar code's bits (NaN's
 * payload aside); abs is the lanes' hypot, within a few ulps of Math.hypot.
 */
class ComplexLanesTest {
    private static final double[] PARTS = {0.0, -0.0, 1.5, -2.25, 3.0, 1e-300, -7e307, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, 0.1, -4.0};

    private static List<Complex> samples() {
        List<Complex> out = new ArrayList<>();
        for (double re : PARTS) for (double im : PARTS) out.add(new Complex(re, im));
        return out;
    }

    @Test
    void doubleLanesGiveTheScalarResults() {
        for (VectorSpecies<Double> s : List.of(DoubleVector.SPECIES_128, DoubleVector.SPECIES_256, DoubleVector.SPECIES_512)) {
            ComplexDoubleLanes lanes = ComplexDoubleLanes.of(s);
            int n = s.length() / 2;
            List<Complex> z = samples();
            for (int p = 0; p + n <= z.size(); p += n) {
                for (int q = 0; q + n <= z.size(); q += 3 * n) {
                    DoubleVector a = load(s, z, p), b = load(s, z, q);
                    DoubleVector re = lanes.real(a), im = lanes.imag(a), mag = lanes.abs(a);
                    for (int e = 0; e < n; e++) {
                        Complex x = z.get(p + e), y = z.get(q + e);
                        String at = s + " " + x + ", " + y;
                        assertEquals(ComplexMath.mul(x, y), element(lanes.mul(a, b), e), at);
                        assertEquals(ComplexMath.divNumpy(x, y), element(lanes.divNumpy(a, b), e), at);
                        assertEquals(ComplexMath.conjugate(x), element(lanes.conjugate(a), e), at);
                        assertEquals(x.re(), re.lane(e), at);
                        assertEquals(x.im(), im.lane(e), at);
                        assertEquals(new Complex(x.im(), 0), element(lanes.fromReal(im), e), at);
                        double h = Math.hypot(x.re(), x.im());
                        if (Double.isFinite(h)) assertEquals(h, mag.lane(e), 4 * Math.ulp(h), at);
                        else assertEquals(h, mag.lane(e), at);
                    }
                }
            }
            assertEquals(new Complex(1.5, -2.5), element(lanes.broadcast(new Complex(1.5, -2.5)), n - 1));
        }
    }

    @Test
    void floatLanesGiveTheScalarResultsInFloatSteps() {
        for (VectorSpecies<Float> s : List.of(FloatVector.SPECIES_128, FloatVector.SPECIES_256, FloatVector.SPECIES_512)) {
            ComplexFloatLanes lanes = ComplexFloatLanes.of(s);
            int n = s.length() / 2;
            List<Complex> z = samples().stream().map(Complex::toSingle).toList();
            for (int p = 0; p + n <= z.size(); p += n) {
                for (int q = 0; q + n <= z.size(); q += 3 * n) {
                    FloatVector a = loadFloats(s, z, p), b = loadFloats(s, z, q);
                    for (int e = 0; e < n; e++) {
                        Complex x = z.get(p + e), y = z.get(q + e);
                        String at = s + " " + x + ", " + y;
                        assertEquals(ComplexMath.mulSingle(x, y), element(lanes.mul(a, b), e), at);
                        assertEquals(ComplexMath.divNumpySingle(x, y).toSingle(), element(lanes.divNumpy(a, b), e), at);
                        assertEquals(ComplexMath.conjugate(x), element(lanes.conjugate(a), e), at);
                        assertEquals((float) x.re(), lanes.real(a).lane(e), at);
                        assertEquals((float) x.im(), lanes.imag(a).lane(e), at);
                    }
                }
            }
        }
    }

    @Test
    void sumsAddThePartsLaneByLaneInOrder() {
        ComplexDoubleLanes lanes = ComplexDoubleLanes.of(DoubleVector.SPECIES_512);
        DoubleVector acc = DoubleVector.fromArray(DoubleVector.SPECIES_512, new double[] {1, 0.5, 1e16, 0.5, -1e16, 0.5, 1, 0.5}, 0);
        // ((1 + 1e16) - 1e16) + 1 is 1 (1 + 1e16 rounds to 1e16); any other order of the real parts gives 0 or 2
        assertEquals(new Complex(1, 2), lanes.sum(acc));
        assertThrows(IllegalArgumentException.class, () -> ComplexDoubleLanes.of(DoubleVector.SPECIES_64));
        assertThrows(IllegalArgumentException.class, () -> ComplexFloatLanes.of(FloatVector.SPECIES_64));
    }

    private static DoubleVector load(VectorSpecies<Double> s, List<Complex> z, int from) {
        double[] parts = new double[s.length()];
        for (int e = 0; e < s.length() / 2; e++) {
            parts[2 * e] = z.get(from + e).re();
            parts[2 * e + 1] = z.get(from + e).im();
        }
        return DoubleVector.fromArray(s, parts, 0);
    }

    private static FloatVector loadFloats(VectorSpecies<Float> s, List<Complex> z, int from) {
        float[] parts = new float[s.length()];
        for (int e = 0; e < s.length() / 2; e++) {
            parts[2 * e] = (float) z.get(from + e).re();
            parts[2 * e + 1] = (float) z.get(from + e).im();
        }
        return FloatVector.fromArray(s, parts, 0);
    }

    private static Complex element(DoubleVector v, int e) { return new Complex(v.lane(2 * e), v.lane(2 * e + 1)); }

    private static Complex element(FloatVector v, int e) { return new Complex(v.lane(2 * e), v.lane(2 * e + 1)); }
}
