package io.jumba.lower;

import io.jumba.ir.Function;
import io.jumba.ir.Program;

/**
 * The array-expression fusion pass: rewrites every array-level node ({@code Elementwise}, {@code Reduce},
 * {@code Dot}, {@code ArrayStore}) of every function into explicit loop nests over scalar loads and stores, so
 * code generators only see scalar and loop IR.
 *
 * <ul>
 *   <li>An Elementwise value becomes an Alloc of the broadcast shape plus one loop nest storing its body.</li>
 *   <li>An ArrayStore becomes one loop nest writing into the target (an Elementwise value is fused into it);
 *       see {@link ElementwiseLowering} for when a temporary is needed because of aliasing.</li>
 *   <li>A Reduce becomes loops with accumulators, fused with an Elementwise operand.</li>
 *   <li>A Dot becomes loop nests (i-k-j order for matrix products).</li>
 * </ul>
 * Shapes are checked at run time with {@link io.jumba.ir.Stmt.Raise}, raising NumPy's ValueError messages.
 * Inputs are evaluated exactly once, in source order. Generated variables are named {@code $<letter><n>}.
 */
public final class ArrayLowering {
    private ArrayLowering() {}

    /** The program with every function lowered. */
    public static Program apply(Program program) {
        Function entry = FunctionLowering.lower(program.entry());
        return new Program(entry, program.functions().stream().map(FunctionLowering::lower).toList());
    }
}
