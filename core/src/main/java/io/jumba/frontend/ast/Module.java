package io.jumba.frontend.ast;

import io.jumba.source.SourcePos;

import java.util.List;
import java.util.Map;

/**
 * A parsed kernel file.
 *
 * @param file       the file name used in positions
 * @param imports    alias → module, e.g. {@code np → numpy}, {@code math → math}, {@code prange → numba.prange}
 * @param constants  module-level {@code NAME = <constant expression>} assignments, in order
 * @param functions  the {@code def}s, in source order
 * @param source     the full source text
 */
public record Module(String file, Map<String, String> imports, Map<String, PyExpr> constants,
                     List<FunctionDef> functions, String source) {
    /** The function named {@code name}, or null. */
    public FunctionDef function(String name) {
        for (FunctionDef f : functions) if (f.name().equals(name)) return f;
        return null;
    }

    /** Position of the start of the file, for errors that concern the whole module. */
    public SourcePos start() { return new SourcePos(file, 1, 1, source.lines().findFirst().orElse("")); }
}
