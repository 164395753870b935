package io.jumba.plan;

import io.jumba.ir.Function;
import io.jumba.ir.Program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loop-level program with the plans of its loops and of its methods: what code generation reads.
 *
 * @param program  the program after the IR passes
 * @param plans    per function (by IR name), its loops' plans
 * @param outlined per function (by IR name) whose method would be too big, its top-level loop nests that go into
 *                 methods of their own, in body order (see {@link OutlinedNest}); functions not named keep one method
 */
public record PlannedProgram(Program program, Map<String, LoopPlans> plans, Map<String, List<OutlinedNest>> outlined) {
    public PlannedProgram {
        plans = Map.copyOf(plans);
        outlined = Map.copyOf(outlined);
    }

    /**
     * program with every function planned by planner (loops inside a try body scalar, {@link TryBlocks}), and the
     * prange loops of {@code parallel=True} functions planned parallel ({@link ParallelPlanning}).
     *
     * @throws io.jumba.diag.ParallelSafetyError when such a prange loop has a race
     */
    public static PlannedProgram of(Program program, LoopPlanner planner) {
        Map<String, LoopPlans> plans = new LinkedHashMap<>();
        plans.put(program.entry().name(), ParallelPlanning.apply(program, program.entry(), planner,
                TryBlocks.scalarInside(program.entry(), planner.plan(program, program.entry()))));
        for (Function f : program.functions()) {
            plans.computeIfAbsent(f.name(), n -> ParallelPlanning.apply(program, f, planner,
                    TryBlocks.scalarInside(f, planner.plan(program, f))));
        }
        return new PlannedProgram(program, plans, Map.of());
    }

    /** This program with the given functions' nests outlined (in place of any outlining it had). */
    public PlannedProgram withOutlined(Map<String, List<OutlinedNest>> nests) {
        return new PlannedProgram(program, plans, nests);
    }

    /** The top-level loop nests of f that go into methods of their own, in body order; empty when none. */
    public List<OutlinedNest> outlined(Function f) {
        return outlined.getOrDefault(f.name(), List.of());
    }

    /** The plans of f's loops. */
    public LoopPlans plans(Function f) {
        LoopPlans p = plans.get(f.name());
        if (p == null) throw new IllegalArgumentException("no plans for function " + f.name());
        return p;
    }
}
