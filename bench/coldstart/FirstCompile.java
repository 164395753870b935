import io.jumba.Jumba;
import io.jumba.Kernel;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A library user's first compile, for bench/coldstart.sh: in a fresh JVM, compiles and calls
 * {@code FILE.py FUNC(N)} through the public API and prints {@code first_ms=...} (from before {@link Jumba#jit} to
 * the result). With a positive WARM, then compiles the same file WARM more times, each time as a new module (so
 * without the in-memory cache), and prints the median as {@code warm_ms=...}.
 *
 * <p>Usage: {@code java --add-modules jdk.incubator.vector -cp JARS FirstCompile FILE.py FUNC N WARM}
 */
public final class FirstCompile {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String function = args[1];
        long n = Long.parseLong(args[2]);
        int warm = Integer.parseInt(args[3]);

        long start = System.nanoTime();
        Object result = compileAndCall(file, function, n);
        double firstMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("first_ms=%.1f result=%s%n", firstMs, result);

        if (warm > 0) {
            double[] ms = new double[warm];
            for (int i = 0; i < warm; i++) {
                long s = System.nanoTime();
                compileAndCall(file, function, n);
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("warm_ms=%.1f warm_min_ms=%.1f warm_max_ms=%.1f%n", ms[warm / 2], ms[0], ms[warm - 1]);
        }
    }

    private static Object compileAndCall(Path file, String function, long n) throws Exception {
        Kernel kernel = Jumba.jit(file).function(function);
        return kernel.call(n);
    }
}
