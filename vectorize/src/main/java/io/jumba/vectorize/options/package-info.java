/**
 * The vectorizer's options, the part of module {@code io.jumba.vectorize} that users set: {@link
 * io.jumba.vectorize.options.VectorOptions} (species width, strict float reductions, unroll limit, also read from the
 * {@code jumba.simd.*} system properties) and {@link io.jumba.vectorize.options.SpeciesWidth}.
 */
package io.jumba.vectorize.options;
