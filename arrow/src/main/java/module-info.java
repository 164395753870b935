/**
 * Zero-copy views between Apache Arrow vectors and Jumba arrays ({@code io.jumba.arrow.ArrowArrays}). Its API names
 * Jumba's arrays and Arrow's vectors and allocators, so it requires both transitively.
 */
module io.jumba.arrow {
    requires transitive io.jumba.core;
    requires transitive org.apache.arrow.memory.core;
    requires transitive org.apache.arrow.vector;

    exports io.jumba.arrow;
}
