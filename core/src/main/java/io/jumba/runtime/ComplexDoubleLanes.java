package io.jumba.runtime;

import io.jumba.array.Complex;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * complex128 values in the lanes of one {@code DoubleVector}, stored as NumPy stores them: real part, imaginary part,
 * real part, ... (lanes 2q and 2q + 1 hold element q). Generated vector code keeps one of these per species in a
 * {@code static final} field and calls it where interleaved lanes need more than a lanewise operator: the product, the
 * conjugate, the parts (as float64 lanes of the species of half the bits, one lane per element), abs, a real vector as
 * complex values, NumPy's quotient, and the sum of an accumulator's elements. Every result is the scalar code's
 * ({@link ComplexMath}) for each element: the same operations in the same order, so the same roundings; abs is
 * {@code VectorOperators.HYPOT}, as for {@code math.hypot}'s lanes.
 *
 * <p>A record so that C2 trusts its final fields as constants: the shuffles are then constant operands of the
 * rearranges, which it compiles to single permute instructions.
 *
 * @param pairs      the species of the interleaved lanes (two per element, at least 128 bits)
 * @param parts      the species of half its bits: one lane per element
 * @param swap       exchanges the lanes of each element: (re, im) to (im, re)
 * @param realTwice  each element's real part in both its lanes
 * @param imagTwice  each element's imaginary part in both its lanes
 * @param realsFirst the real parts in order in the lower half, then the imaginary parts
 * @param imagsFirst the imaginary parts in order in the lower half, then the real parts
 * @param zip        lane q of the lower half and lane q of the upper half into element q
 * @param imagLanes  the odd lanes (imaginary parts)
 * @param upperHalf  the lanes of the upper half
 */
public record ComplexDoubleLanes(VectorSpecies<Double> pairs, VectorSpecies<Double> parts, VectorShuffle<Double> swap,
                                 VectorShuffle<Double> realTwice, VectorShuffle<Double> imagTwice,
                                 VectorShuffle<Double> realsFirst, VectorShuffle<Double> imagsFirst,
                                 VectorShuffle<Double> zip, VectorMask<Double> imagLanes,
                                 VectorMask<Double> upperHalf) {
    /** The lanes of species pairs (of 128 bits or more). */
    public static ComplexDoubleLanes of(VectorSpecies<Double> pairs) {
        if (pairs.vectorBitSize() < 128) throw new IllegalArgumentException("complex lanes need 128 bits or more: " + pairs);
        int half = pairs.length() / 2;
        VectorSpecies<Double> parts = VectorSpecies.of(double.class, VectorShape.forBitSize(pairs.vectorBitSize() / 2));
        return new ComplexDoubleLanes(pairs, parts,
                VectorShuffle.fromOp(pairs, q -> q ^ 1),
                VectorShuffle.fromOp(pairs, q -> q & ~1),
                VectorShuffle.fromOp(pairs, q -> q | 1),
                VectorShuffle.fromOp(pairs, q -> q < half ? 2 * q : 2 * (q - half) + 1),
                VectorShuffle.fromOp(pairs, q -> q < half ? 2 * q + 1 : 2 * (q - half)),
                VectorShuffle.fromOp(pairs, q -> q % 2 == 0 ? q / 2 : half + q / 2),
                VectorMask.fromLong(pairs, 0xAAAA_AAAA_AAAA_AAAAL), pairs.indexInRange(half, 2 * half).not());
    }

    /** z in every element. */
    public DoubleVector broadcast(Complex z) { return DoubleVector.broadcast(pairs, z.re()).blend(z.im(), imagLanes); }

    /** The lanes of the elements from index up to limit (exclusive), for a masked last step. */
    public VectorMask<Double> indexInRange(int index, int limit) { return pairs.indexInRange(2L * index, 2L * limit); }

    /**
     * a * b as {@link ComplexMath#mul}: (ar br - ai bi, ar bi + ai br), products rounded, then the sums (negating
     * ai bi is exact, and x + y is y + x in IEEE arithmetic).
     */
    public DoubleVector mul(DoubleVector a, DoubleVector b) {
        DoubleVector straight = a.rearrange(realTwice).mul(b);
        DoubleVector crossed = a.rearrange(imagTwice).mul(b.rearrange(swap));
        return straight.add(crossed.lanewise(VectorOperators.NEG, imagLanes.not()));
    }

    /** The conjugates: imaginary parts negated. */
    public DoubleVector conjugate(DoubleVector a) { return a.lanewise(VectorOperators.NEG, imagLanes); }

    /** The real parts, one lane each, in the species {@link #parts}. */
    public DoubleVector real(DoubleVector a) { return (DoubleVector) a.rearrange(realsFirst).reinterpretShape(parts, 0); }

    /** The imaginary parts, one lane each, in the species {@link #parts}. */
    public DoubleVector imag(DoubleVector a) { return (DoubleVector) a.rearrange(imagsFirst).reinterpretShape(parts, 0); }

    /** |a| as {@link ComplexMath#abs}: hypot of the parts, in the species {@link #parts}. */
    public DoubleVector abs(DoubleVector a) { return real(a).lanewise(VectorOperators.HYPOT, imag(a)); }

    /** The real lanes x (species {@link #parts}) as complex values x + 0j. */
    public DoubleVector fromReal(DoubleVector x) {
        return ((DoubleVector) x.reinterpretShape(pairs, 0)).rearrange(zip);
    }

    /**
     * a / b as {@link ComplexMath#divNumpy}: Smith's algorithm, both of its formulas (the same operations in the
     * same order) computed in every lane and the one kept that the scalar code takes (|br| >= |bi|); a zero divisor
     * gives (ar / 0, ai / 0), as NumPy.
     */
    public DoubleVector divNumpy(DoubleVector a, DoubleVector b) {
        DoubleVector ar = real(a), ai = imag(a), br = real(b), bi = imag(b);
        VectorMask<Double> first = br.abs().compare(VectorOperators.GE, bi.abs());
        DoubleVector r1 = br.div(bi), d1 = br.mul(r1).add(bi);
        DoubleVector r0 = bi.div(br), d0 = br.add(bi.mul(r0));
        DoubleVector re = ar.mul(r1).add(ai).div(d1).blend(ar.add(ai.mul(r0)).div(d0), first);
        DoubleVector im = ai.mul(r1).sub(ar).div(d1).blend(ai.sub(ar.mul(r0)).div(d0), first);
        VectorMask<Double> zero = br.compare(VectorOperators.EQ, 0).and(bi.compare(VectorOperators.EQ, 0));
        DoubleVector zeros = DoubleVector.zero(parts);
        return fromParts(re.blend(ar.div(zeros), zero), im.blend(ai.div(zeros), zero));
    }

    /** The complex values re + im j from their parts (species {@link #parts}). */
    private DoubleVector fromParts(DoubleVector re, DoubleVector im) {
        DoubleVector low = (DoubleVector) re.reinterpretShape(pairs, 0), high = (DoubleVector) im.reinterpretShape(pairs, -1);
        return low.blend(high, upperHalf).rearrange(zip);
    }

    /** The sum of the elements of acc, real and imaginary parts each added lane by lane in order. */
    public Complex sum(DoubleVector acc) {
        double re = acc.lane(0), im = acc.lane(1);
        for (int q = 2; q < pairs.length(); q += 2) {
            re = re + acc.lane(q);
            im = im + acc.lane(q + 1);
        }
        return new Complex(re, im);
    }
}
