package io.jumba.cli;

import io.jumba.Jumba;
import io.jumba.KernelModule;
import io.jumba.cache.CachePolicy;
import io.jumba.frontend.Parser;
import io.jumba.frontend.SourceFile;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.jit.KernelBinary;
import io.jumba.tools.KernelTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import javax.lang.model.SourceVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code jumba aot FILE.py --sig FUNC=SIGNATURE ... -o kernels.jar [--class NAME] [--emit-source DIR]}: compiles
 * functions ahead of time, each for the signatures given, into a jar holding their classes and a typed Java facade
 * ({@link FacadeSource}). The jar runs with only the jumba-runtime jar on the class path: no compiler, no Janino.
 */
@Command(name = "aot", mixinStandardHelpOptions = true,
        description = "Compiles kernels ahead of time into a jar with a typed Java facade, which runs with only the"
                + " jumba-runtime jar on the class path.")
final class AotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.py", description = "The kernel file.")
    Path file;

    @Option(names = "--sig", required = true, paramLabel = "FUNC=SIGNATURE",
            description = "A function and a Numba signature to compile it for, as total=float64(float64[:]);"
                    + " repeat for more functions or signatures.")
    List<String> signatures;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "JAR", description = "The jar to write.")
    Path output;

    @Option(names = "--class", paramLabel = "NAME",
            description = "The facade's class name, with its package (default: from the file name, vec_ops.py -> VecOps).")
    String className;

    @Option(names = "--emit-source", paramLabel = "DIR",
            description = "Also write the Java source of the kernels and the facade under DIR, by package.")
    Path sourceDir;

    @Override
    public Integer call() throws IOException {
        List<AotSignature> sigs = new ArrayList<>();
        for (String s : signatures) {
            try {
                sigs.add(AotSignature.parse(s));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--sig: " + e.getMessage());
            }
        }
        String facade = className != null ? className : facadeName(file);
        if (!isClassName(facade)) {
            throw new ParameterException(spec.commandLine(), "--class: not a Java class name: '" + facade + "'");
        }
        // no disk cache: the functions' Kernels (which compile their decorators' signatures) leave the user's alone
        KernelModule jit = Jumba.jit(file);
        Module ast = Parser.parse(SourceFile.read(file), file.toString()); // the functions' parameter names
        KernelModule module = jit.withCache(jit.cachePolicy().withMode(CachePolicy.Mode.NEVER));
        List<AotKernel> kernels = compile(module, ast, facade, sigs);
        String facadeSource;
        try {
            facadeSource = FacadeSource.of(facade, file.toString(), kernels);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--sig: " + e.getMessage());
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (AotKernel k : kernels) classes.putAll(k.binary().classes());
        classes.putAll(FacadeCompiler.compile(facadeSource, classes));
        AotJar.write(output, classes);
        if (sourceDir != null) writeSources(kernels, facade, facadeSource);
        var out = spec.commandLine().getOut();
        out.println("wrote " + output + ": " + facade + " with " + kernels.size() + " kernel"
                + (kernels.size() == 1 ? "" : "s") + ", " + classes.size() + " classes");
        for (AotKernel k : kernels) out.println("  " + k.describe());
        if (kernels.stream().anyMatch(AotKernel::usesVectorApi)) {
            out.println("its kernels use the Vector API: run java with --add-modules jdk.incubator.vector");
        }
        out.flush();
        return 0;
    }

    /** Each signature compiled into a class of its own, {@code <facade>_<function>_<k>}, k counting per function. */
    private List<AotKernel> compile(KernelModule module, Module ast, String facade, List<AotSignature> sigs) {
        Map<String, Integer> counts = new HashMap<>();
        List<AotKernel> kernels = new ArrayList<>();
        for (AotSignature s : sigs) {
            FunctionDef def = ast.function(s.function());
            if (def == null) {
                throw new ParameterException(spec.commandLine(), "--sig: " + file + " has no function '" + s.function()
                        + "' (it has " + String.join(", ", module.functionNames()) + ")");
            }
            if (!isJavaName(s.function())) {
                throw new ParameterException(spec.commandLine(), "--sig: '" + s.function()
                        + "' cannot name a Java method (an ASCII name that is no Java keyword can)");
            }
            int k = counts.merge(s.function(), 1, Integer::sum) - 1;
            KernelBinary binary = KernelTools.compileAheadOfTime(module.function(s.function()), s.signature(),
                    facade + "_" + s.function() + "_" + k);
            kernels.add(new AotKernel(s.function(), def.params().stream().map(FunctionDef.Param::name).toList(), binary));
        }
        return kernels;
    }

    private void writeSources(List<AotKernel> kernels, String facade, String facadeSource) throws IOException {
        for (AotKernel k : kernels) writeSource(k.binary().className(), k.binary().javaSource());
        writeSource(facade, facadeSource);
    }

    private void writeSource(String binaryName, String source) throws IOException {
        Path path = sourceDir.resolve(binaryName.replace('.', '/') + ".java");
        Files.createDirectories(path.getParent());
        Files.writeString(path, source, StandardCharsets.UTF_8);
    }

    /** The facade's default name: the file's name in upper camel case, {@code vec_ops.py} → {@code VecOps}. */
    static String facadeName(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.py$", "");
        StringBuilder sb = new StringBuilder();
        for (String part : stem.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return sb.isEmpty() || !Character.isLetter(sb.charAt(0)) ? "Kernels" + sb : sb.toString();
    }

    /** A dotted class name whose every part {@link #isJavaName} accepts. */
    private static boolean isClassName(String name) {
        for (String part : name.split("\\.", -1)) if (!isJavaName(part)) return false;
        return true;
    }

    /** An ASCII Java identifier without $ that is no keyword: what generated class and method names may use. */
    private static boolean isJavaName(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c < 128 && c != '$') && SourceVersion.isName(s);
    }
}
