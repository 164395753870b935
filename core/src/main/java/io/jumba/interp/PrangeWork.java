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
 * node in the typed IR and a loop after lowering), found by the loop's source position and index. The interpreter runs the
 * typed IR; taking the grid's cost from the lowered loop gives it compiled code's chunk grid, so the bits of a
 * reduction agree. Loops are found by position and index variable: the loops array lowering marks parallel (when
 * the interpreter runs a lowered program) share their expression's position, but not their index.
 */
final class PrangeWork {
    private final Map<Key, Long> byPosition = new HashMap<>();

    /** A prange loop's identity across the passes: its position and its index variable's name. */
    private record Key(SourcePos pos, String index) {
        static Key of(Stmt.ForRange f) { return new Key(f.pos(), f.index().name()); }
    }

    PrangeWork(Program typed) {
        Program lowered = PassList.standard().run(typed);
        Stream.concat(Stream.of(lowered.entry()), lowered.functions().stream()).map(Function::body).forEach(this::collect);
    }

    /** The lowered loop's cost per iteration, or the typed loop's where lowering left no prange at its position. */
    long of(Stmt.ForRange typed) {
        Long w = byPosition.get(Key.of(typed));
        return w != null ? w : IterationWork.of(typed);
    }

    private void collect(List<Stmt> body) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.ForRange f -> {
                    if (f.parallel()) byPosition.putIfAbsent(Key.of(f), IterationWork.of(f));
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
