package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Branch-free erf on a DoubleVector (the Vector API has no ERF operator): fdlibm's rational approximations
 * (the ones io.jumba.runtime.MathFunctions uses for scalars), every region evaluated on every lane and blended.
 * Regions of |x|: [0, 0.84375) odd rational in x^2; [0.84375, 1.25) rational in |x|-1 around erf(1) = ERX;
 * [1.25, 6) 1 - exp(-x^2) R(1/x^2) / |x| with two coefficient sets split at 1/0.35; [6, inf) 1.
 */
final class VectorErf {
    private static final double ERX = 8.45062911510467529297e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    private VectorErf() {}

    private static DoubleVector poly(double[] c, DoubleVector z) {
        DoubleVector r = DoubleVector.broadcast(z.species(), c[c.length - 1]);
        for (int i = c.length - 2; i >= 0; i--) r = r.fma(z, DoubleVector.broadcast(z.species(), c[i]));
        return r;
    }

    static DoubleVector erf(DoubleVector x) {
        DoubleVector a = x.abs();
        DoubleVector a2 = a.mul(a);
        DoubleVector small = a.add(a.mul(poly(PP, a2).div(poly(QQ, a2))));
        DoubleVector s = a.sub(1.0);
        DoubleVector middle = poly(PA, s).div(poly(QA, s)).add(ERX);
        DoubleVector one = DoubleVector.broadcast(x.species(), 1.0);
        DoubleVector inv = one.div(a2);
        DoubleVector rs = poly(RA, inv).div(poly(SA, inv))
                .blend(poly(RB, inv).div(poly(SB, inv)), a.compare(VectorOperators.GE, 1 / 0.35));
        // z is a with its low 32 bits cleared: z*z is exact and (z - a)(z + a) carries the rest of a^2.
        DoubleVector z = a.reinterpretAsLongs().and(0xffffffff00000000L).reinterpretAsDoubles();
        DoubleVector tail = one.sub(z.mul(z).neg().sub(0.5625).lanewise(VectorOperators.EXP)
                .mul(z.sub(a).mul(z.add(a)).add(rs).lanewise(VectorOperators.EXP)).div(a));
        DoubleVector r = small.blend(middle, a.compare(VectorOperators.GE, 0.84375))
                .blend(tail, a.compare(VectorOperators.GE, 1.25))
                .blend(one, a.compare(VectorOperators.GE, 6.0));
        VectorMask<Double> negative = x.compare(VectorOperators.LT, 0.0);
        return r.blend(r.neg(), negative);
    }
}
