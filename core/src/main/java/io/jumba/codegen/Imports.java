package io.jumba.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The import declarations of a generated class: the classes the generator's code names by their simple name, and
 * those a {@link LoopEmitter} adds, each imported when its simple name occurs in the class body. Kernel names cannot
 * shadow them: every kernel name ends in {@code _} ({@link Names}).
 */
final class Imports {
    /** The classes the scalar code generator refers to by simple name. */
    private static final List<String> GENERATOR = List.of(
            "io.jumba.array.Complex", "io.jumba.array.DType", "io.jumba.array.NDArray", "io.jumba.source.SourcePos",
            "io.jumba.runtime.ArrayOps", "io.jumba.runtime.ByteStrides", "io.jumba.runtime.ComplexMath", "io.jumba.runtime.Contiguity", "io.jumba.runtime.Faults",
            "io.jumba.runtime.Histograms", "io.jumba.runtime.Indexing",
            "io.jumba.runtime.LinAlg", "io.jumba.runtime.MathFn", "io.jumba.runtime.Optionals", "io.jumba.runtime.Printing",
            "io.jumba.runtime.PyDict", "io.jumba.runtime.PyList",
            "io.jumba.runtime.MathFunctions", "io.jumba.runtime.MemoryExtents", "io.jumba.runtime.Scalars", "io.jumba.runtime.ShapeViews", "io.jumba.runtime.Sorts",
            "io.jumba.runtime.Strips",
            "io.jumba.runtime.parallel.ArrayReduction", "io.jumba.runtime.parallel.ChunkGrid",
            "io.jumba.runtime.parallel.ChunkUpdates", "io.jumba.runtime.parallel.Combine",
            "io.jumba.runtime.parallel.Parallel", "io.jumba.runtime.parallel.ParallelLoop",
            "io.jumba.runtime.parallel.ReductionKind");

    private Imports() {}

    /** The fully qualified names, sorted, of the generator's and emitter's classes whose simple names body uses. */
    static Set<String> used(CharSequence body, List<String> emitterClasses) {
        Set<String> words = words(body);
        List<String> candidates = new ArrayList<>(GENERATOR);
        candidates.addAll(emitterClasses);
        candidates.addAll(SegmentAccess.IMPORTS);
        Set<String> used = new TreeSet<>();
        for (String type : candidates) {
            if (words.contains(type.substring(type.lastIndexOf('.') + 1))) used.add(type);
        }
        return used;
    }

    /** Every maximal run of Java identifier characters in text. */
    private static Set<String> words(CharSequence text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && Character.isJavaIdentifierPart(text.charAt(i));
            if (part && start < 0) start = i;
            if (!part && start >= 0) {
                words.add(text.subSequence(start, i).toString());
                start = -1;
            }
        }
        return words;
    }
}
