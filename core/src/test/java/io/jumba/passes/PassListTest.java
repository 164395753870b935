package io.jumba.passes;

import io.jumba.frontend.Parser;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.TestIr.isLoopLevel;
import static org.junit.jupiter.api.Assertions.*;

/** The standard passes by name, in order, traced, and checked between each other in tests. */
class PassListTest {
    private static final Program TYPED = TypeInference.specialize(Parser.parse("""
            import numpy as np
            from numba import njit

            @njit
            def f(n):
                a = np.ones(n)
                return np.sum(a * 2.0)
            """, "k.py"), "f", List.of(Type.INT64));

    @Test
    void theStandardPassesHaveNamesInTheOrderTheyRun() {
        assertEquals(List.of("array-lowering", "inlining", "small-loop-unrolling", "index-set-splitting", "common-subexpressions"),
                PassList.standard().names());
    }

    @Test
    void anUnknownNameIsOneLineListingTheNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PassList.standard().named("inline"));
        assertEquals("no pass 'inline'; the passes are array-lowering, inlining, small-loop-unrolling, "
                + "index-set-splitting, common-subexpressions", e.getMessage());
        assertEquals("inlining", PassList.standard().named("inlining").name());
    }

    @Test
    void aTraceHasEachPassesProgramAndTimeAndEndsWhereRunEnds() {
        List<PassResult> trace = PassList.standard().trace(TYPED);
        assertEquals(PassList.standard().names(), trace.stream().map(PassResult::pass).toList());
        assertTrue(trace.stream().allMatch(r -> !r.time().isNegative()));
        assertFalse(isLoopLevel(TYPED.entry().body()));
        assertTrue(isLoopLevel(trace.getFirst().after().entry().body()), "after array-lowering");
        assertEquals(PassList.standard().run(TYPED), trace.getLast().after());
    }

    @Test
    void testsVerifyTheIrAfterEveryPassSoABreakingPassIsNamed() {
        assertTrue(Boolean.getBoolean(PassList.VERIFY_PROPERTY), "the build runs tests with " + PassList.VERIFY_PROPERTY);
        Pass breaking = new Pass("break-types", p -> new Program(p.entry().withBody(
                List.of(new Stmt.Return(new Expr.Const(true, Type.BOOL)))), p.functions()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PassList.standard().then(breaking).run(TYPED));
        assertEquals("malformed IR after pass break-types: in f__int64: return value is bool, expected float64", e.getMessage());
    }

    @Test
    void anArrayLevelNodeBroughtBackAfterLoweringIsCaught() {
        Pass relapse = new Pass("relapse", p -> TYPED);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PassList.standard().then(relapse).run(TYPED));
        assertTrue(e.getMessage().startsWith("malformed IR after pass relapse: in f__int64: "), e.getMessage());
        assertTrue(e.getMessage().contains("after array lowering"), e.getMessage());
    }
}
