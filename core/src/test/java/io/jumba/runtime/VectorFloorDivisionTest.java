package io.jumba.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The vector fmod, Python % and // bit for bit against Java's % and Scalars.modNumpy/floorDivNumpy, lane by lane:
 * on dividends a hair either side of a multiple of the divisor (where a / b rounds onto or off a whole number, so the
 * quotient guess is one too far), on random pairs of any magnitude and sign, and on vectors mixing such lanes with
 * zeros, infinities, NaN and huge quotients (the lane-by-lane path).
 */
class VectorFloorDivisionTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        1e300, -1e-300, Double.MIN_VALUE};

    @Test
    void matchesTheScalarRuntimeBitForBit() {
        for (VectorSpecies<Double> s : java.util.List.of(DoubleVector.SPECIES_64, DoubleVector.SPECIES_PREFERRED)) {
            check(s, (a, b) -> a % b, VectorFloorDivision::fmod, "fmod");
            check(s, Scalars::modNumpy, VectorFloorDivision::modNumpy, "%");
            check(s, Scalars::floorDivNumpy, VectorFloorDivision::floorDivNumpy, "//");
        }
    }

    private static void check(VectorSpecies<Double> s, DoubleBinaryOperator scalar, BinaryOperator<DoubleVector> vector,
                              String name) {
        Random rnd = new Random(11);
        int n = s.length();
        double[] a = new double[n], b = new double[n], r = new double[n];
        for (int round = 0; round < 20000; round++) {
            boolean special = round % 4 == 3;
            for (int q = 0; q < n; q++) {
                double d = (rnd.nextBoolean() ? 1 : -1) * Math.scalb(1 + rnd.nextDouble(), rnd.nextInt(40) - 20);
                double k = rnd.nextInt(round % 2 == 0 ? 1000 : 1 << 30) * (rnd.nextBoolean() ? 1 : -1);
                double x = switch (rnd.nextInt(4)) {
                    case 0 -> Math.nextUp(k * d);
                    case 1 -> Math.nextDown(k * d);
                    case 2 -> k * d;
                    default -> (rnd.nextBoolean() ? 1 : -1) * Math.scalb(rnd.nextDouble(), rnd.nextInt(80) - 40);
                };
                a[q] = special && rnd.nextInt(n) == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : x;
                b[q] = special && rnd.nextInt(n) == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : d;
            }
            vector.apply(DoubleVector.fromArray(s, a, 0), DoubleVector.fromArray(s, b, 0)).intoArray(r, 0);
            for (int q = 0; q < n; q++) {
                double expected = scalar.applyAsDouble(a[q], b[q]);
                int lane = q;
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(r[q]),
                        () -> name + "(" + a[lane] + ", " + b[lane] + "): expected " + expected + " got " + r[lane]);
            }
        }
    }
}
