package io.jumba.types;

import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.ast.FunctionDef;

/**
 * The one place where a function's decorator becomes its {@link KernelOptions}. Until the frontend's decorator
 * reader is available every function gets {@link KernelOptions#DEFAULT}.
 */
final class KernelOptionsSource {
    private KernelOptionsSource() {}

    static KernelOptions of(FunctionDef def) { return KernelOptions.DEFAULT; }
}
