package io.jumba.conformance;

import io.jumba.CompiledModules;
import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.KernelModule;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conformance kernel files, each parsed once for one way of compiling them and shared by every case that calls
 * it, so each signature compiles once per way.
 */
final class KernelModules {
    /** Reads and parses one kernel file into a module. */
    private interface Loader {
        KernelModule load(Path file) throws IOException;
    }

    private final Loader loader;
    private final Map<Path, KernelModule> modules = new ConcurrentHashMap<>();

    private KernelModules(Loader loader) {
        this.loader = loader;
    }

    /** As users get them from {@link Jumba#jit(Path)}: the {@code jumba.simd.*} properties, JUMBA_DISABLE_JIT. */
    static KernelModules asUsersGetThem() {
        return new KernelModules(Jumba::jit);
    }

    /** Always compiled (whatever JUMBA_DISABLE_JIT says), with every vector loop at one fixed species width. */
    static KernelModules compiledAt(SpeciesWidth width) {
        VectorOptions options = VectorOptions.DEFAULT.withWidth(width);
        return new KernelModules(file -> CompiledModules.of(Files.readString(file), file.toString(), options));
    }

    /** The fixed species widths every compiled suite runs at (64, 128, 256 and 512 bits), not the preferred one. */
    static List<SpeciesWidth> fixedWidths() {
        return Arrays.stream(SpeciesWidth.values()).filter(w -> w != SpeciesWidth.PREFERRED).toList();
    }

    /** The kernel case c calls. */
    Kernel kernel(ConformanceCase c) {
        return kernel(c.kernelFile(), c.function());
    }

    /** The function named function of the kernel file. */
    Kernel kernel(Path kernelFile, String function) {
        KernelModule module = modules.computeIfAbsent(kernelFile, file -> {
            try {
                return loader.load(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return module.function(function);
    }

    /** The modules loaded so far. */
    Collection<KernelModule> loaded() {
        return modules.values();
    }
}
