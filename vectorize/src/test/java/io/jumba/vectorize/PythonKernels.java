package io.jumba.vectorize;

import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.lower.ArrayLowering;
import io.jumba.passes.SmallLoopUnrolling;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;

import java.util.List;

/** Python kernels through the real frontend: parse, specialize for argument types, then the pipeline's passes. */
final class PythonKernels {
    private PythonKernels() {}

    static Program compile(String source, String function, List<Type> argTypes) {
        return SmallLoopUnrolling.apply(ArrayLowering.apply(TypeInference.specialize(Parser.parse(source, "kernel.py"), function, argTypes)));
    }
}
