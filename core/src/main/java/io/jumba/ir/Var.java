package io.jumba.ir;

import io.jumba.types.Type;

/** A local variable (or parameter) of one typed function: a name unique in the function and one type. */
public record Var(String name, Type type) {}
