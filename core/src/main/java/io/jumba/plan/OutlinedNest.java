package io.jumba.plan;

import io.jumba.ir.Var;

import java.util.List;

/**
 * A top-level loop nest of a function that goes into a method of its own, so that no method grows past HotSpot's
 * JIT limit: what the jit's outlining step ({@code io.jumba.jit.LoopOutlining}) decided and the code generator
 * prints. The generator declares every local at the top of a method, so the nest's variables can be passed in and
 * the ones read afterwards handed back.
 *
 * @param statement the nest's index in the function's body
 * @param ins       the parameters of its method: every variable the nest reads or assigns (an assignment may not
 *                  happen), parameters of the function first, then locals in order of first assignment
 * @param outs      the variables of {@code ins} the nest may assign and another statement of the function may read:
 *                  its method's result (one as the return value, several in an {@code Object[]})
 */
public record OutlinedNest(int statement, List<Var> ins, List<Var> outs) {
    public OutlinedNest {
        ins = List.copyOf(ins);
        outs = List.copyOf(outs);
    }
}
