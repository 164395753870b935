package io.jumba.ufunc;

import io.jumba.vectorize.options.VectorOptions;

/**
 * How a ufunc's kernels run (see {@link UFunc#withEngine}): compiled to Java, with innermost loops as Vector API
 * code of the given options, or in Jumba's reference interpreter, as kernels run with {@code JUMBA_DISABLE_JIT=1}.
 */
public sealed interface Engine {
    /** Compiled by {@code SimdPipeline.with} with options (e.g. a fixed species width). */
    record Compiled(VectorOptions options) implements Engine {}

    /** The reference interpreter: nothing is compiled. */
    record Interpreted() implements Engine {}

    /** Compiled with the {@code jumba.simd.*} system properties: what every ufunc uses unless told otherwise. */
    static Engine fromSystemProperties() { return new Compiled(VectorOptions.fromSystemProperties()); }

    /** This engine keeping float sums and products in sequential order (compiled strict; the interpreter is). */
    default Engine sequential() {
        return switch (this) {
            case Compiled(VectorOptions o) -> new Compiled(o.withStrict(true));
            case Interpreted i -> i;
        };
    }
}
