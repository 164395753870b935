import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The JVM's own share of a cold call, for bench/coldstart.sh: prints the sum bench/coldstart/kernel.py computes,
 * {@code sum(0.5 * i for i < N)}, in plain Java, or with {@code vector} through the Vector API (the preferred
 * species, a loop of adds, a lane reduction), as a kernel's first SIMD use would. No Jumba code runs.
 *
 * <p>Usage: {@code java --add-modules jdk.incubator.vector -cp JAR JvmFloor N [vector]}
 */
public final class JvmFloor {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = 0.5 * i;
        System.out.println(args.length > 1 ? vectorSum(a) : plainSum(a));
    }

    private static double plainSum(double[] a) {
        double s = 0;
        for (double x : a) s += x;
        return s;
    }

    private static double vectorSum(double[] a) {
        VectorSpecies<Double> species = DoubleVector.SPECIES_PREFERRED;
        DoubleVector acc = DoubleVector.zero(species);
        int i = 0;
        for (; i < species.loopBound(a.length); i += species.length()) {
            acc = acc.add(DoubleVector.fromArray(species, a, i));
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < a.length; i++) s += a[i];
        return s;
    }
}
