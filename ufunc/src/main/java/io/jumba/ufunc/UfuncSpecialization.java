package io.jumba.ufunc;

import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.ast.Module;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.types.Signature;
import io.jumba.typing.TypeInference;

/**
 * Types a {@code @vectorize}/{@code @guvectorize} function for one declared signature. Numba compiles ufunc
 * kernels under error_model 'numpy' (integer division by zero gives 0, float division IEEE results, no
 * ZeroDivisionError), so the entry gets that model; functions it calls keep their own decorators' options.
 */
final class UfuncSpecialization {
    private UfuncSpecialization() {}

    static Program typed(Module module, String function, Signature signature) {
        Program program = TypeInference.specialize(module, function, signature.args());
        Function e = program.entry();
        KernelOptions o = e.options();
        KernelOptions numpyErrors = new KernelOptions(o.parallel(), o.fastmath(), "numpy", o.boundscheck(), o.cache(),
                o.nogil());
        Function entry = new Function(e.name(), e.pythonName(), e.params(), e.returnType(), e.body(), numpyErrors, e.pos());
        return new Program(entry, program.functions());
    }
}
