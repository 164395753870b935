package io.jumba.typing;

import io.jumba.frontend.Parser;
import io.jumba.ir.IrPrinter;
import io.jumba.ir.Program;
import io.jumba.types.Signature;
import io.jumba.types.Type;

import java.util.List;

/** Test helper: parse a kernel source and specialize one of its functions. */
final class Kernels {
    private Kernels() {}

    static final String HEADER = "import math\nimport numpy as np\nfrom numba import njit, prange\n";

    static Program infer(String body, String function, Type... args) {
        return TypeInference.specialize(Parser.parse(HEADER + body, "k.py"), function, List.of(args));
    }

    static String print(String body, String function, Type... args) {
        return IrPrinter.print(infer(body, function, args));
    }

    static Type parse(String type) { return Signature.parseType(type); }
}
