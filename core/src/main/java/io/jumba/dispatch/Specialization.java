package io.jumba.dispatch;

import io.jumba.codegen.CompiledKernel;
import io.jumba.ir.Program;
import io.jumba.types.Signature;

/**
 * One function compiled for one argument signature.
 *
 * @param signature the argument types it was compiled for, with the inferred return type
 * @param typed     the program as type inference produced it (what {@code inspectTypes} shows)
 * @param kernel    the compiled code
 */
public record Specialization(Signature signature, Program typed, CompiledKernel kernel) {}
