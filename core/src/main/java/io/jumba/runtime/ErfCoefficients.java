package io.jumba.runtime;

/**
 * fdlibm's (s_erf.c) constants for erf and erfc: one copy for the scalar code ({@link MathFunctions}) and the vector
 * code ({@link VectorMathFunctions}), so both evaluate the same approximations. Regions of |x|:
 * <ul>
 *   <li>[0, {@link #SMALL}): x + x·PP(x²)/QQ(x²);
 *   <li>[{@link #SMALL}, {@link #MIDDLE}): {@link #ERX} + PA(s)/QA(s), s = |x| - 1;
 *   <li>[{@link #MIDDLE}, 28): erfc(|x|) = exp(-x² - {@link #TAIL_SHIFT} + R(1/x²)/S(1/x²)) / |x| with RA/SA below
 *       {@link #TAIL_SPLIT} and RB/SB above it (erf is 1 from {@link #ERF_ONE} on).
 * </ul>
 * Coefficient arrays list the constant term first; the Q/S denominators start with their leading 1.
 */
final class ErfCoefficients {
    private ErfCoefficients() {}

    static final double SMALL = 0.84375;
    static final double MIDDLE = 1.25;
    static final double TAIL_SPLIT = 1 / 0.35;
    static final double ERF_ONE = 6.0;
    /** erfc is 0 (or 2 for negative x) from here on. */
    static final double ERFC_ZERO = 28.0;

    static final double TAIL_SHIFT = 0.5625;
    /** Keeps a double's high 32 bits: z = |x| so masked has an exact z·z, and (z - |x|)(z + |x|) the rest of x². */
    static final long HIGH_WORD = 0xffffffff00000000L;

    /** erf(1) rounded to float precision: the middle region approximates erf(x) - ERX. */
    static final double ERX = 8.45062911510467529297e-01;
    /** 2/√π - 1: erf(x) ≈ x + EFX·x for tiny x. */
    static final double EFX = 1.28379167095512586316e-01;

    static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    static final double[] QQ = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    static final double[] QA = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    static final double[] SA = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    static final double[] SB = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};
}
