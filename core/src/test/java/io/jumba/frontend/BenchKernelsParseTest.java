package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.testing.BenchSuite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kernel of the benchmark suite (bench/kernels) parses, with the functions it should define. */
class BenchKernelsParseTest {
    private static final Map<String, List<String>> FUNCTIONS = Map.ofEntries(
            Map.entry("black_scholes.py", List.of("cnd", "black_scholes", "black_scholes_prange")),
            Map.entry("clip_where.py", List.of("clip_where")),
            Map.entry("cumsum.py", List.of("cumsum")),
            Map.entry("dot.py", List.of("dot")),
            Map.entry("exp_map.py", List.of("exp_map")),
            Map.entry("histogram.py", List.of("histogram")),
            Map.entry("horner.py", List.of("horner")),
            Map.entry("jacobi.py", List.of("jacobi_step")),
            Map.entry("log_sin_map.py", List.of("log_sin_map")),
            Map.entry("logsumexp.py", List.of("logsumexp_rows")),
            Map.entry("mandelbrot.py", List.of("escape_count", "mandelbrot", "mandelbrot_prange")),
            Map.entry("matmul.py", List.of("matmul")),
            Map.entry("monte_carlo_pi.py", List.of("monte_carlo_pi")),
            Map.entry("np_histogram.py", List.of("np_histogram")),
            Map.entry("pairwise_dist.py", List.of("pairwise_dist")),
            Map.entry("softmax.py", List.of("softmax_rows")),
            Map.entry("sort.py", List.of("sort_copy")),
            Map.entry("sum.py", List.of("sum_loop")),
            Map.entry("sum_exp_prange.py", List.of("sum_exp", "sum_exp_array")),
            Map.entry("sumsq_prange.py", List.of("sumsq")),
            Map.entry("triad.py", List.of("triad")));

    /** The suite's timing script is plain Python, not a kernel file. */
    private static final String DRIVER = "numba_timings.py";

    @Test
    void everyKernelFileParses() throws IOException {
        Path dir = BenchSuite.dir();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int kernels = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String source = Files.readString(file);
            if (name.equals(DRIVER)) {
                UnsupportedError e = assertThrows(UnsupportedError.class, () -> Parser.parse(source, name));
                assertTrue(e.detail().contains("argparse"), e.getMessage());
                continue;
            }
            Module module = Parser.parse(source, name);
            assertTrue(FUNCTIONS.containsKey(name), "unexpected kernel file " + name);
            assertEquals(FUNCTIONS.get(name), module.functions().stream().map(FunctionDef::name).toList(), name);
            for (FunctionDef f : module.functions()) assertTrue(Decorators.isJit(module, f), name + ": " + f.name());
            kernels++;
        }
        assertEquals(FUNCTIONS.size(), kernels);
    }

    @Test
    void benchKernelDetailsSurvive() throws IOException {
        Path dir = BenchSuite.dir();
        Module mandel = Parser.parse(Files.readString(dir.resolve("mandelbrot.py")), "mandelbrot.py");
        assertTrue(Decorators.options(mandel, mandel.function("mandelbrot_prange")).parallel());
        assertEquals(KernelOptions.DEFAULT, Decorators.options(mandel, mandel.function("mandelbrot")));
        assertEquals("numba.prange", mandel.imports().get("prange"));
        Module bs = Parser.parse(Files.readString(dir.resolve("black_scholes.py")), "black_scholes.py");
        assertEquals(List.of("RISK_FREE", "VOLATILITY"), List.copyOf(bs.constants().keySet()));
        assertEquals("math", bs.imports().get("math"));
        Module horner = Parser.parse(Files.readString(dir.resolve("horner.py")), "horner.py");
        assertEquals(9, ((io.jumba.frontend.ast.PyExpr.Tuple) horner.constants().get("COEFFS")).elements().size());
    }
}
