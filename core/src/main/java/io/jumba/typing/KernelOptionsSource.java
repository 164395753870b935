package io.jumba.typing;

import io.jumba.frontend.Decorators;
import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;

/** The one place where a function's decorator becomes its {@link KernelOptions}. */
final class KernelOptionsSource {
    private KernelOptionsSource() {}

    static KernelOptions of(Module module, FunctionDef def) { return Decorators.options(module, def); }
}
