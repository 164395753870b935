package io.jumba.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorSpecies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code jumba sysinfo}: the JDK, the CPU's SIMD features and the Vector API shapes this machine prefers. */
@Command(name = "sysinfo", mixinStandardHelpOptions = true,
        description = "Shows the JDK, CPU SIMD flags and the Vector API's preferred vector shapes.")
final class SysinfoCommand implements Runnable {
    private static final Pattern SIMD_FLAG = Pattern.compile("sse.*|ssse3|avx.*|fma|neon|asimd.*|sve.*");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("java:      " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")");
        out.println("os:        " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        List<String> cpuinfo = cpuinfo();
        out.println("cpu:       " + field(cpuinfo, "model name").or(() -> field(cpuinfo, "CPU part")).orElse("unknown"));
        out.println("simd:      " + simdFlags(cpuinfo));
        out.println("cores:     " + Runtime.getRuntime().availableProcessors());
        out.println("MaxVectorSize: " + maxVectorSize());
        out.println("Vector API preferred species:");
        species(out, "double", DoubleVector.SPECIES_PREFERRED);
        species(out, "float", FloatVector.SPECIES_PREFERRED);
        species(out, "long", LongVector.SPECIES_PREFERRED);
        species(out, "int", IntVector.SPECIES_PREFERRED);
        species(out, "short", ShortVector.SPECIES_PREFERRED);
        species(out, "byte", ByteVector.SPECIES_PREFERRED);
        out.flush();
    }

    private static void species(PrintWriter out, String name, VectorSpecies<?> s) {
        out.printf("  %-7s %4d bits, %2d lanes%n", name, s.vectorBitSize(), s.length());
    }

    /** Lines of /proc/cpuinfo, or none off Linux. */
    private static List<String> cpuinfo() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<String> field(List<String> cpuinfo, String key) {
        return cpuinfo.stream()
                .filter(l -> l.startsWith(key) && l.contains(":"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst();
    }

    /** The SIMD-related CPU flags (x86 "flags", ARM "Features"). */
    private static String simdFlags(List<String> cpuinfo) {
        String flags = field(cpuinfo, "flags").or(() -> field(cpuinfo, "Features")).orElse("");
        String simd = Arrays.stream(flags.split("\\s+")).filter(f -> SIMD_FLAG.matcher(f).matches())
                .collect(Collectors.joining(" "));
        return simd.isEmpty() ? "unknown" : simd;
    }

    private static String maxVectorSize() {
        VMOption o = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("MaxVectorSize");
        return o.getValue() + (o.getOrigin() == VMOption.Origin.DEFAULT ? " (default)" : " (set: " + o.getOrigin() + ")");
    }
}
