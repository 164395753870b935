package io.jumba.codegen;

import io.jumba.source.SourcePos;

import java.util.List;
import java.util.Map;

/**
 * Generated Java source plus the table of kernel positions it refers to as {@code P[k]}; the loaded class gets the
 * table through its generated {@code jumba$positions} setter.
 *
 * @param sizes per IR function, how much Java its method took ({@link StatementSizes}), for the jit's split
 */
public record GeneratedSource(String className, String source, List<SourcePos> positions,
                              Map<String, StatementSizes> sizes) {
    public GeneratedSource {
        positions = List.copyOf(positions);
        sizes = Map.copyOf(sizes);
    }
}
