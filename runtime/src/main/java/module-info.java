/**
 * What kernels compiled ahead of time ({@code jumba aot}) need at run time: copies of {@code io.jumba.core}'s arrays,
 * errors, source positions and run-time helpers, without the compiler. An alternative to {@code io.jumba.core}, never
 * beside it (the two hold the same packages). It exports every package: kernel classes, on the class path or as
 * automatic modules, call the run-time helpers directly.
 */
module io.jumba.runtime {
    requires ejml.core;
    requires ejml.ddense;
    requires static jdk.incubator.vector;

    exports io.jumba.array;
    exports io.jumba.diag;
    exports io.jumba.runtime;
    exports io.jumba.runtime.parallel;
    exports io.jumba.source;
}
