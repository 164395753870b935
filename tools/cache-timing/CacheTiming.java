import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Times, in this fresh JVM, the first call of black_scholes from the kernel file args[0] (compile or cache load
 * included) on 8-element arrays, so that the call itself is negligible. Prints the wall time, the calling thread's
 * CPU time and the whole process's CPU time (JIT compiler threads included), in milliseconds, on one line.
 */
public final class CacheTiming {
    private CacheTiming() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Kernel kernel = Jumba.jit(readable(args[0]), args[0]).function("black_scholes");
        NDArray price = NDArray.linspace(50, 150, 8), strike = NDArray.linspace(60, 140, 8);
        NDArray years = NDArray.linspace(0.5, 2, 8), out = NDArray.zeros(DType.FLOAT64, 8);
        Duration process0 = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        kernel.call(price, strike, years, 0.02, 0.3, out);
        long wall = System.nanoTime() - wall0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        Duration process = ProcessHandle.current().info().totalCpuDuration().orElseThrow().minus(process0);
        System.out.printf("%.1f %.1f %.1f%n", wall / 1e6, cpu / 1e6, process.toNanos() / 1e6);
    }

    private static String readable(String file) {
        try {
            return java.nio.file.Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
