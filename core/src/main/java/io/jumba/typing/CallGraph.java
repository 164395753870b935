package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which specializations a function reaches through calls. Inference passes that were later widened may have
 * specialized callees for types the final IR no longer uses; only reachable ones go into the program.
 */
final class CallGraph {
    private CallGraph() {}

    /**
     * The functions reachable from entry (entry excluded), in first-call order. Checks that every call's type is
     * its callee's final return type: mutually recursive functions can otherwise be typed with a provisional one.
     */
    static List<Function> reachable(Function entry, Map<String, Function> all) {
        Set<String> seen = new LinkedHashSet<>();
        List<Function> work = new ArrayList<>(List.of(entry));
        seen.add(entry.name());
        List<Function> result = new ArrayList<>();
        while (!work.isEmpty()) {
            Function f = work.removeFirst();
            List<Expr.Call> calls = Stmts.nodes(f.body()).filter(Expr.Call.class::isInstance).map(Expr.Call.class::cast)
                    .toList();
            for (Expr.Call call : calls) {
                Function callee = all.get(call.function());
                if (!call.type().equals(callee.returnType())) {
                    throw new TypingError(call.pos(), "cannot infer the return type of '" + callee.pythonName()
                            + "' (typed " + call.type() + " here, " + callee.returnType() + " in the end): mutually "
                            + "recursive functions need return types fixed by non-recursive return paths");
                }
                if (seen.add(call.function())) {
                    result.add(callee);
                    work.add(callee);
                }
            }
        }
        return result;
    }
}
