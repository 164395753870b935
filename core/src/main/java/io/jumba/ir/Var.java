package io.jumba.ir;

import io.jumba.types.Type;

/** A local variable (or parameter) of one typed function: a name unique in the function and one type. */
public record Var(String name, Type type) {
    /** Whether the compiler made this variable: generated names start with {@code $}, which Python names never do. */
    public boolean isGenerated() { return name.startsWith("$"); }
}
