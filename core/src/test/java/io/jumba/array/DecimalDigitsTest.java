package io.jumba.array;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NumPy's float digits worked out on Double.toString's text agree with BigDecimal's exact arithmetic: positional
 * (8 decimals) and scientific (9 significant digits), float64 and float32, random values and rounding ties.
 */
class DecimalDigitsTest {

    /** The BigDecimal reference: shortest digits, rounded half to even on the exact value when there are too many. */
    private static DecimalDigits reference(double v, boolean float32, boolean scientific) {
        BigDecimal d = new BigDecimal(float32 ? Float.toString(Math.abs((float) v)) : Double.toString(Math.abs(v)));
        BigDecimal exact = new BigDecimal(Math.abs(v));
        if (scientific && d.stripTrailingZeros().precision() > 9) d = exact.round(new MathContext(9, RoundingMode.HALF_EVEN));
        if (!scientific && d.stripTrailingZeros().scale() > 8) d = exact.setScale(8, RoundingMode.HALF_EVEN);
        d = d.stripTrailingZeros();
        if (d.signum() == 0) return new DecimalDigits("", 0);
        return new DecimalDigits(d.unscaledValue().toString(), d.precision() - d.scale());
    }

    private static DecimalDigits ours(double v, boolean float32, boolean scientific) {
        DecimalDigits d = DecimalDigits.shortest(v, float32);
        return d.rounded(scientific ? 9 : d.point() + 8, v);
    }

    private static void check(double v, boolean float32) {
        for (boolean scientific : new boolean[] {false, true}) {
            assertEquals(reference(v, float32, scientific), ours(v, float32, scientific),
                    v + (float32 ? "f" : "") + (scientific ? " scientific" : " positional"));
        }
    }

    @Test
    void randomValuesAgreeWithBigDecimal() {
        SplittableRandom random = new SplittableRandom(10);
        for (int i = 0; i < 20_000; i++) {
            double any = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(any)) check(any, false);
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) check(f, true);
            double modest = random.nextDouble(-1e8, 1e8) * Math.pow(10, -random.nextInt(12));
            check(modest, false);
            check((float) modest, true);
        }
    }

    @Test
    void tiesAgreeWithBigDecimal() {
        List<Double> ties = new ArrayList<>();
        for (String s : new String[] {"0.123456785", "0.123456775", "1.234567895", "1.234567885", "9.999999995",
            "0.999999995", "1.234567895E-200", "1.234567885E200", "9.999999995E307", "1.234567895E-300"}) {
            ties.add(Double.parseDouble(s));
        }
        // exact binary values whose digits end in a 5 just past the cut: true ties, half to even
        for (double exact : new double[] {0.001953125, 1.001953125, 12345.001953125, 1234567.125, 1234567.375,
            0.5, 2.5, 1e-4 + 0.001953125}) {
            ties.add(exact);
        }
        for (double v : ties) {
            check(v, false);
            check(-v, false);
            if (Float.isFinite((float) v)) check((float) v, true);
        }
        check(Double.MIN_VALUE, false);
        check(Double.MAX_VALUE, false);
        check(Float.MIN_VALUE, true);
        check(0.0, false);
        check(-0.0, true);
    }
}
