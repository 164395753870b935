package io.jumba.jit;

import io.jumba.plan.PlannedProgram;

import java.util.List;

/**
 * The plans a kernel was compiled from, for {@code explain}: what it reports without compiling or analysing again.
 *
 * @param planned the loop-level program and its loops' plans, as code generation wrote them
 * @param notes   what {@link MethodSizeFit} split or reduced or found too big, one line each
 */
public record KernelPlans(PlannedProgram planned, List<String> notes) {
    public KernelPlans {
        notes = List.copyOf(notes);
    }
}
