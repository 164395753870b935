package io.jumba.jit;

import io.jumba.codegen.Names;
import io.jumba.ir.Function;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.List;

/**
 * The static method a compiled kernel is called through, and what callers must pass it: enough to link and call a
 * {@link KernelBinary} without the typed program it was generated from.
 *
 * @param method     the method's name in the kernel class
 * @param pythonName the name of the Python function, for messages
 * @param params     the parameter types, in order
 * @param returnType the return type
 */
public record EntryPoint(String method, String pythonName, List<Type> params, Type returnType) {
    public EntryPoint {
        params = List.copyOf(params);
    }

    /** The entry point of the method generated for f. */
    static EntryPoint of(Function f) {
        return new EntryPoint(Names.function(f.name()), f.pythonName(), f.params().stream().map(Var::type).toList(),
                f.returnType());
    }
}
