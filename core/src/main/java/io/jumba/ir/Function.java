package io.jumba.ir;

import io.jumba.frontend.KernelOptions;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * One Python function specialized for one argument-type signature.
 *
 * @param name       unique within its {@link Program} (specializations of one def get distinct names)
 * @param pythonName the name of the {@code def} in the source
 */
public record Function(String name, String pythonName, List<Var> params, Type returnType, List<Stmt> body,
                       KernelOptions options, SourcePos pos) {
    public Function {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    /** This function with another body. */
    public Function withBody(List<Stmt> other) {
        return new Function(name, pythonName, params, returnType, other, options, pos);
    }
}
