package io.jumba.jit;

import io.jumba.source.SourcePos;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What code generation and Janino made of one program, before it is loaded: everything
 * {@link KernelCompiler#link} needs to make a {@link CompiledKernel} again without generating or compiling anything
 * (the on-disk kernel cache stores it). Not trusted: linking checks the bytecode against the kernel allowlist.
 * Its equals compares the class files as arrays do, by identity: compare {@link #classes()} contents instead.
 *
 * @param entry       the method callers call, in the class named className (which also has the
 *                    {@code jumba$positions} setter)
 * @param className   the binary name of the kernel class
 * @param javaSource  the generated Java source, kept so that it can be shown
 * @param classes     binary name → class file, as Janino wrote them (copied in and out: the record is immutable)
 * @param positions   the kernel positions the class refers to as {@code P[k]}
 * @param methodSizes per IR function: the bytecode bytes of its method, then of each of its outlined nests' methods
 */
public record KernelBinary(EntryPoint entry, String className, String javaSource, Map<String, byte[]> classes,
                           List<SourcePos> positions, Map<String, List<Integer>> methodSizes) {
    public KernelBinary {
        classes = copy(classes);
        positions = List.copyOf(positions);
        Map<String, List<Integer>> sizes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : methodSizes.entrySet()) sizes.put(e.getKey(), List.copyOf(e.getValue()));
        methodSizes = Collections.unmodifiableMap(sizes);
    }

    /** Binary name → a copy of its class file. */
    @Override
    public Map<String, byte[]> classes() { return copy(classes); }

    private static Map<String, byte[]> copy(Map<String, byte[]> classes) {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) copy.put(e.getKey(), e.getValue().clone());
        return Collections.unmodifiableMap(copy);
    }
}
