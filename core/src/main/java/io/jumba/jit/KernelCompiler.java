package io.jumba.jit;

import io.jumba.codegen.GeneratedSource;
import io.jumba.codegen.JavaSourceGenerator;
import io.jumba.codegen.JavaTypes;
import io.jumba.codegen.LoopEmitter;
import io.jumba.codegen.Names;
import io.jumba.diag.KernelCompilationException;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.plan.PlannedProgram;
import io.jumba.source.SourcePos;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Compiles a scalar/loop-level {@link Program} in memory: Java source from {@link JavaSourceGenerator}, bytecode
 * from Janino, loaded under a {@link SandboxClassLoader} so kernel code can only reach the allowlisted classes.
 */
public final class KernelCompiler {
    private static final AtomicLong COUNTER = new AtomicLong();
    /**
     * The binary name that compiles within {@link #compilingAs} give their class: an ahead-of-time kernel is written
     * to a jar under a name of its user's choosing, where a kernel compiled in memory takes a fresh
     * {@code JumbaKernelN}.
     */
    private static final ScopedValue<String> CLASS_NAME = ScopedValue.newInstance();

    private KernelCompiler() {}

    /**
     * Runs compile with every kernel it compiles (through any pipeline's backend) in a class of this binary name,
     * such as {@code com.example.Kernels_sum0}, instead of a fresh {@code JumbaKernelN}; the name's package is
     * declared in the generated source.
     */
    public static <T> T compilingAs(String binaryName, Supplier<T> compile) {
        return ScopedValue.where(CLASS_NAME, binaryName).call(compile::get);
    }

    /** Compiles with every loop scalar, as it is ({@link MethodSizeFit} keeps methods JIT-compilable). */
    public static CompiledKernel compile(Program program) { return compile(program, LoopEmitter.NONE); }

    /**
     * Compiles with the loops planned and written by {@code loops} (e.g. the vectorize module's SIMD emitter), each
     * function in one method. The kernel keeps the plans ({@link CompiledKernel#plans}).
     */
    public static CompiledKernel compile(Program program, LoopEmitter loops) {
        return compile(PlannedProgram.of(program, loops.planner()), loops);
    }

    /**
     * Compiles a program already planned by {@code loops}' planner, with the loop nests it outlines
     * ({@link LoopOutlining}) in methods of their own.
     */
    static CompiledKernel compile(PlannedProgram planned, LoopEmitter loops) {
        return compile(planned, generate(planned, loops));
    }

    /** The Java of a planned program, in a class of a fresh name (or the name {@link #compilingAs} binds). */
    static GeneratedSource generate(PlannedProgram planned, LoopEmitter loops) {
        String className = CLASS_NAME.isBound() ? CLASS_NAME.get() : "JumbaKernel" + COUNTER.incrementAndGet();
        return JavaSourceGenerator.generateWithPositions(planned, className, loops);
    }

    /** Compiles g, the Java {@link #generate} wrote for planned. */
    static CompiledKernel compile(PlannedProgram planned, GeneratedSource g) {
        Program program = planned.program();
        String className = g.className();
        Map<String, byte[]> classes = compileClasses(g.source());
        Map<String, Integer> javaSizes = MethodSizes.of(classes.get(className));
        Map<String, List<Integer>> sizes = new LinkedHashMap<>();
        sizes.put(program.entry().name(), methodSizes(javaSizes, planned, program.entry()));
        for (Function f : program.functions()) sizes.putIfAbsent(f.name(), methodSizes(javaSizes, planned, f));
        return link(new KernelBinary(EntryPoint.of(program.entry()), className, g.source(), classes, g.positions(),
                sizes)).withPlans(new KernelPlans(planned, List.of()));
    }

    /**
     * Loads binary exactly as a fresh compile is loaded: its bytecode is checked
     * against the kernel allowlist first, so a binary read from elsewhere (the on-disk cache) is no more trusted
     * than Janino's output.
     *
     * @throws KernelCompilationException when the bytecode refers to a class kernels may not use, or has no method
     *                                    for its entry point
     */
    public static CompiledKernel link(KernelBinary binary) {
        Class<?> cls = load(binary.className(), binary.classes(), binary.javaSource());
        EntryPoint entry = binary.entry();
        Class<?>[] params = new Class<?>[entry.params().size()];
        for (int i = 0; i < params.length; i++) params[i] = JavaTypes.javaClass(entry.params().get(i));
        MethodType type = MethodType.methodType(JavaTypes.resultClass(entry.returnType()), params);
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle setPositions = lookup.findStatic(cls, "jumba$positions",
                    MethodType.methodType(void.class, SourcePos[].class));
            setPositions.invokeExact(binary.positions().toArray(new SourcePos[0]));
            MethodHandle call = lookup.findStatic(cls, JavaSourceGenerator.CALL_BRIDGE,
                    MethodType.methodType(Object.class, Object[].class));
            return new CompiledKernel(lookup.findStatic(cls, entry.method(), type), call, binary, Optional.empty());
        } catch (Throwable t) {
            throw new KernelCompilationException("cannot link the generated class: " + t, binary.javaSource());
        }
    }

    /** The bytecode sizes of f's method and then of its outlined nests' methods ({@link Names#outlined}). */
    private static List<Integer> methodSizes(Map<String, Integer> javaSizes, PlannedProgram planned, Function f) {
        List<Integer> sizes = new ArrayList<>(List.of(javaSizes.get(Names.function(f.name()))));
        for (int k = 0; k < planned.outlined(f).size(); k++) sizes.add(javaSizes.get(Names.outlined(f.name(), k)));
        return sizes;
    }

    /**
     * Compiles Java source against the sandbox and loads it as {@link #load} does; returns {@code className}.
     */
    static Class<?> compileSource(String className, String source) {
        return load(className, compileClasses(source), source);
    }

    /** Janino's class files for source (binary name → bytes). */
    private static Map<String, byte[]> compileClasses(String source) {
        ClassLoader app = KernelCompiler.class.getClassLoader();
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(SandboxClassLoader.forCompiler(app));
        Map<String, byte[]> classes;
        try {
            compiler.cook(source);
            classes = compiler.getBytecodes();
        } catch (CompileException | RuntimeException | AssertionError e) {
            throw new KernelCompilationException(diagnosis(e), source);
        }
        return classes;
    }

    /**
     * Refuses classes when any of them refers to a class outside the kernel allowlist (the only way bytecode gets
     * defined), then defines them in a loader whose parent is the kernel sandbox and returns {@code className}.
     */
    private static Class<?> load(String className, Map<String, byte[]> classes, String source) {
        for (byte[] bytes : classes.values()) {
            Set<String> refs;
            try {
                refs = ClassReferences.of(bytes);
            } catch (IllegalArgumentException e) {
                throw new KernelCompilationException("not a class file: " + e.getMessage(), source);
            }
            for (String ref : refs) {
                if (!classes.containsKey(ref) && !SandboxClassLoader.allowedForKernels(ref)) {
                    throw new KernelCompilationException("refers to a class kernels may not use: " + ref, source);
                }
            }
        }
        try {
            KernelClassLoader loader =
                    new KernelClassLoader(SandboxClassLoader.forKernels(KernelCompiler.class.getClassLoader()), classes);
            SandboxClassLoader.exportAllowlistTo(loader.getUnnamedModule());
            return loader.loadClass(className);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new KernelCompilationException(e.toString(), source);
        }
    }

    /** Janino nests the real complaint in causes ("Compiling f ... : <why>"): report every level. */
    private static String diagnosis(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append("\n  caused by: ").append(c.getMessage());
        }
        return sb.toString();
    }

    /** Defines the freshly compiled classes; everything else resolves through the kernel sandbox. */
    private static final class KernelClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        KernelClassLoader(ClassLoader sandbox, Map<String, byte[]> classes) {
            super("jumba-kernel", sandbox);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
