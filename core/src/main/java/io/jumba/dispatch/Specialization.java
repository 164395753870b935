package io.jumba.dispatch;

import io.jumba.jit.CompiledKernel;
import io.jumba.types.Signature;

/**
 * One function compiled for one argument signature ({@link Dispatcher#typed} gives its typed program).
 *
 * @param signature the argument types it was compiled for, with the inferred return type
 * @param kernel    the compiled code
 */
public record Specialization(Signature signature, CompiledKernel kernel) {}
