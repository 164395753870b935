package io.jumba;

import io.jumba.array.PythonRepr;
import io.jumba.types.NamedTupleValue;
import io.jumba.types.UnsignedDisplay;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * namedtuple defaults, which Numba 0.56 mis-types (so the Numba-made conformance goldens leave them out): the values
 * Python gives, compiled and interpreted; a returned namedtuple is a NamedTupleValue that displays as Python's repr.
 */
class NamedTupleKernelsTest {
    private static final KernelModule MODULE = Jumba.jit("""
            from collections import namedtuple
            from numba import njit

            Opts = namedtuple("Opts", "scale shift flag", defaults=(1.5, False))

            @njit
            def filled(x):
                a = Opts(x)
                c = Opts(x, flag=True)
                return a.scale * a.shift, a.flag, c.shift, c.flag

            @njit
            def whole(x):
                return Opts(x)
            """, "opts.py");

    @Test
    void defaultsFillTheLastFieldsAsInPython() {
        Kernel filled = MODULE.function("filled");
        Object[] expected = {3.0, false, 1.5, true};
        assertArrayEquals(expected, (Object[]) filled.call(2.0));
        assertArrayEquals(expected, (Object[]) filled.interpret(2.0));
    }

    @Test
    void aReturnedNamedTupleIsANamedTupleValueThatShowsItsFields() {
        Kernel whole = MODULE.function("whole");
        for (Object result : new Object[] {whole.call(2.0), whole.interpret(2.0)}) {
            assertEquals(new NamedTupleValue("Opts", List.of("scale", "shift", "flag"), List.of(2.0, 1.5, false)), result);
            assertEquals("Opts(scale=2.0, shift=1.5, flag=False)", PythonRepr.of(UnsignedDisplay.of(result, whole.returnType(2.0))));
        }
    }
}
