package io.jumba.runtime;

import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;

/** Numba's optional values at run time: an optional used where its value is needed must not hold None. */
public final class Optionals {
    private Optionals() {}

    /**
     * value itself (a box, array or tuple), or Numba's TypeError {@code expected int64, got None} at pos when it is
     * None (null); valueType is the optional's value type as Numba spells it.
     */
    public static Object present(Object value, String valueType, SourcePos pos) {
        if (value == null) throw new KernelRuntimeError("TypeError", pos, "expected " + valueType + ", got None");
        return value;
    }
}
