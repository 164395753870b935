/**
 * Jumba's command line's entry points into the compiler behind a {@link io.jumba.Kernel}: not exported by module
 * {@code io.jumba}, since their types are the compiler's own (see {@link io.jumba.tools.KernelTools}).
 */
package io.jumba.tools;
