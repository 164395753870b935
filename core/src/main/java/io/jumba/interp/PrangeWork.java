package io.jumba.interp;

import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.parallel.IterationWork;
import io.jumba.passes.PassList;
import io.jumba.source.SourcePos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cost per iteration of each prange loop as compiled code computes it: {@link IterationWork} of the loop in
 * the lowered program (after array lowering and inlining, which change a body's cost: {@code np.sum(t)} is one
 * node in the typed IR and a loop after lowering), found by the loop's source position. The interpreter runs the
 * typed IR; taking the grid's cost from the lowered loop gives it compiled code's chunk grid, so the bits of a
 * reduction agree.
 */
final class PrangeWork {
    private final Map<SourcePos, Long> byPosition = new HashMap<>();

    PrangeWork(Program typed) {
        Program lowered = PassList.standard().run(typed);
        Stream.concat(Stream.of(lowered.entry()), lowered.functions().stream()).map(Function::body).forEach(this::collect);
    }

    /** The lowered loop's cost per iteration, or the typed loop's where lowering left no prange at its position. */
    long of(Stmt.ForRange typed) {
        Long w = byPosition.get(typed.pos());
        return w != null ? w : IterationWork.of(typed);
    }

    private void collect(List<Stmt> body) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f -> {
                    if (f.parallel()) byPosition.putIfAbsent(f.pos(), IterationWork.of(f));
                    collect(f.body());
                }
                case Stmt.While w -> collect(w.body());
                case Stmt.If i -> {
                    collect(i.then());
                    collect(i.otherwise());
                }
                case Stmt.Try t -> {
                    collect(t.body());
                    collect(t.handler());
                    collect(t.finalBody());
                }
                case Stmt.Assign a -> { }
                case Stmt.Store st -> { }
                case Stmt.ArrayStore st -> { }
                case Stmt.Return r -> { }
                case Stmt.Eval e -> { }
                case Stmt.Raise r -> { }
                case Stmt.Print p -> { }
                case Stmt.Break b -> { }
                case Stmt.Continue c -> { }
            }
        }
    }
}
