package io.jumba.codegen;

import io.jumba.source.SourcePos;

import java.util.List;

/**
 * Generated Java source plus the table of kernel positions it refers to as {@code P[k]}; the loaded class gets the
 * table through its generated {@code jumba$positions} setter.
 */
public record GeneratedSource(String className, String source, List<SourcePos> positions) {
    public GeneratedSource {
        positions = List.copyOf(positions);
    }
}
