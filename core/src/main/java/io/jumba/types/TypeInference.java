package io.jumba.types;

import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.ir.Program;

import java.util.List;

/**
 * Numba-style type inference: specializes one function of a module for concrete argument types and lowers it,
 * with every function it calls, to the typed IR.
 */
public final class TypeInference {
    private TypeInference() {}

    /**
     * Infers types for {@code function} called with {@code argTypes} and builds its {@link Program}.
     * {@link Program#entry()} is the entry specialization; {@link Program#functions()} holds the specializations
     * it calls (directly or transitively), not the entry itself.
     *
     * @throws io.jumba.error.TypingError      for type errors, with the position of the offending code
     * @throws io.jumba.error.UnsupportedError for Python outside Jumba's subset
     * @throws IllegalArgumentException        when the module has no such function or the arity is wrong
     */
    public static Program specialize(Module module, String function, List<Type> argTypes) {
        FunctionDef def = module.function(function);
        if (def == null) throw new IllegalArgumentException("no function '" + function + "' in " + module.file());
        if (def.params().size() != argTypes.size()) {
            throw new IllegalArgumentException(function + "() takes " + def.params().size()
                    + " arguments, signature has " + argTypes.size());
        }
        return new Specializer(module).program(def, argTypes);
    }
}
