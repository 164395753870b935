package io.jumba.passes;

import io.jumba.ir.Program;

import java.util.function.UnaryOperator;

/**
 * One named IR-to-IR step of a {@link PassList}.
 *
 * @param name          how {@code jumba explain --ir-after} and {@code --passes} call it, e.g. {@code "inlining"}
 * @param rewrite       the step itself
 * @param lowersToLoops whether the step leaves loop-level IR (no array-level node): from it on, the
 *                      {@link io.jumba.ir.IrVerifier} checks that none comes back
 */
public record Pass(String name, UnaryOperator<Program> rewrite, boolean lowersToLoops) {
    /** A pass that keeps the level of the IR it is given. */
    public Pass(String name, UnaryOperator<Program> rewrite) {
        this(name, rewrite, false);
    }
}
