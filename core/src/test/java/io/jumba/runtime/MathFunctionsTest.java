package io.jumba.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Reference values from CPython's math module and NumPy 1.24. */
class MathFunctionsTest {
    private static void close(double expected, double actual, double ulps) {
        assertEquals(expected, actual, Math.ulp(expected) * ulps, () -> "expected " + expected + " got " + actual);
    }

    @Test
    void erfAndErfc() {
        double[][] table = {
            {0.3, 0.3286267594591274, 0.6713732405408726},
            {-1.7, -0.9837904585907745, 1.9837904585907746},
            {2.5, 0.999593047982555, 0.0004069520174449589},
            {0.9, 0.7969082124228322, 0.20309178757716786},
            {3.0, 0.9999779095030014, 2.2090496998585438e-05},
            {10.0, 1.0, 2.088487583762545e-45},
            {-4.2, -0.9999999971445058, 1.9999999971445057},
        };
        for (double[] row : table) {
            close(row[1], MathFunctions.erf(row[0]), 2);
            close(row[2], MathFunctions.erfc(row[0]), 4);
        }
        close(7.357847917974398e-15, MathFunctions.erfc(5.5), 4);
        close(1.1283791670955126e-10, MathFunctions.erf(1e-10), 1);
        assertTrue(Double.isNaN(MathFunctions.erf(Double.NaN)));
        assertEquals(2.0, MathFunctions.erfc(Double.NEGATIVE_INFINITY));
    }

    @Test
    void gammaAndLgamma() {
        double[][] table = {
            {0.3, 2.991568987687591, 1.0957979948180752},
            {-1.7, 2.513923519065202, 0.921844687694637},
            {2.5, 1.3293403881791372, 0.2846828704729196},
            {0.9, 1.068628702119319, 0.0663762397347431},
            {3.0, 2.0, 0.693147180559945},
            {10.0, 362880.0, 12.801827480081467},
            {-4.2, -0.16406105047761402, -1.8075166614192908},
        };
        for (double[] row : table) {
            close(row[1], MathFunctions.gamma(row[0]), 10);
            close(row[2], MathFunctions.lgamma(row[0]), 10);
        }
        close(1.7724538509055159, MathFunctions.gamma(0.5), 4);
        close(9.483367566824801e+307, MathFunctions.gamma(171.5), 20);
        close(5908.674175848678, MathFunctions.lgamma(1000.5), 4);
        assertTrue(Double.isNaN(MathFunctions.gamma(-2.0)));
        assertEquals(Double.POSITIVE_INFINITY, MathFunctions.lgamma(0.0));
    }

    @Test
    void inverseHyperbolicAndFriends() {
        close(0.48121182505960347, MathFunctions.asinh(0.5), 1);
        close(0.9624236501192069, MathFunctions.acosh(1.5), 1);
        close(0.3095196042031117, MathFunctions.atanh(0.3), 1);
        close(3.321928094887362, MathFunctions.log2(10.0), 1);
        assertEquals(10.0, MathFunctions.log2(1024.0));
        assertEquals(3.0, MathFunctions.cbrt(27.0));
        close(1.4142135623730951, MathFunctions.exp2(0.5), 1);
        assertTrue(Double.isNaN(MathFunctions.acosh(0.5)));
        assertEquals(Double.NEGATIVE_INFINITY, MathFunctions.atanh(-1.0));
    }

    @Test
    void roundingSignMinMax() {
        assertEquals(2.0, MathFunctions.round(2.5));
        assertEquals(-0.0, MathFunctions.round(-0.5));
        assertEquals(4.0, MathFunctions.round(3.5));
        assertEquals(-2.0, MathFunctions.trunc(-2.7));
        assertEquals(-0.0, MathFunctions.trunc(-0.3));
        assertEquals(-1.0, MathFunctions.sign(-3.0));
        assertEquals(-0.0, MathFunctions.sign(-0.0));
        assertTrue(Double.isNaN(MathFunctions.sign(Double.NaN)));
        assertTrue(Double.isNaN(MathFunctions.min(Double.NaN, 1.0)));
        assertTrue(Double.isNaN(MathFunctions.max(1.0, Double.NaN)));
        assertEquals(Long.MIN_VALUE, MathFunctions.abs(Long.MIN_VALUE));
        assertEquals(-1.5, MathFunctions.fmod(-7.5, 2.0));
    }

    @Test
    void fminFmaxIgnoreNaN() {
        assertEquals(1.0, MathFunctions.fmax(Double.NaN, 1.0));
        assertEquals(1.0, MathFunctions.fmax(1.0, Double.NaN));
        assertEquals(1.0, MathFunctions.fmin(Double.NaN, 1.0));
        assertEquals(-2.0, MathFunctions.fmin(3.0, -2.0));
        assertEquals(3.0, MathFunctions.fmax(3.0, -2.0));
        assertTrue(Double.isNaN(MathFunctions.fmax(Double.NaN, Double.NaN)));
    }

    @Test
    void roundWithDigitsAsNumba() {
        // Values real Numba 0.56 returns for round(x, ndigits).
        assertEquals(2.68, MathFunctions.roundn(2.675, 2));
        assertEquals(0.12, MathFunctions.roundn(0.125, 2));
        assertEquals(2.0, MathFunctions.roundn(2.5, 0));
        assertEquals(-0.0, MathFunctions.roundn(-0.5, 0));
        assertEquals(1200.0, MathFunctions.roundn(1234.5, -2));
        assertEquals(12300.0, MathFunctions.roundn(12345, -2));
        assertEquals(1e300, MathFunctions.roundn(1e300, 30));
        assertEquals(Double.NEGATIVE_INFINITY, MathFunctions.roundn(Double.NEGATIVE_INFINITY, 3));
        assertTrue(Double.isNaN(MathFunctions.roundn(Double.NaN, 3)));
    }
}
