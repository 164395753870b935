package io.jumba;

import io.jumba.frontend.Parser;
import io.jumba.vectorize.options.VectorOptions;

/**
 * Kernel modules for tests outside this package (the fuzzers, the conformance suite): always compiled, whatever
 * {@code JUMBA_DISABLE_JIT} says, with vector options of the test's choosing. The constructor they call is not API.
 */
public final class CompiledModules {
    private CompiledModules() {}

    /** The functions of source, compiled with options; errors name it fileName. */
    public static KernelModule of(String source, String fileName, VectorOptions options) {
        return new KernelModule(Parser.parse(source, fileName), options, false);
    }
}
