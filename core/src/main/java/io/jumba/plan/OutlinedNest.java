package io.jumba.plan;

import io.jumba.ir.Var;

import java.util.List;

/**
 * Top-level statements of a function that go into a method of their own, so that no method grows past HotSpot's
 * JIT limit or the class file's 64 KB: a loop nest, or a run of straight-line statements; what the jit's outlining
 * step ({@code io.jumba.jit.LoopOutlining}) decided and the code generator prints. The generator declares every
 * local at the top of a method, so the statements' variables can be passed in and the ones read afterwards handed
 * back.
 *
 * @param statement the index of the first statement in the function's body
 * @param count     how many statements from there: 1 for a loop nest
 * @param ins       the parameters of its method: every variable the statements read or assign (an assignment may
 *                  not happen), parameters of the function first, then locals in order of first assignment
 * @param outs      the variables of {@code ins} the statements may assign and another statement of the function may
 *                  read: its method's result (one as the return value, several in an {@code Object[]})
 */
public record OutlinedNest(int statement, int count, List<Var> ins, List<Var> outs) {
    public OutlinedNest {
        if (count < 1) throw new IllegalArgumentException("no statements: " + count);
        ins = List.copyOf(ins);
        outs = List.copyOf(outs);
    }
}
