/**
 * Where and when compiled kernels are cached on disk: {@link io.jumba.cache.CachePolicy}, read from the environment
 * and overridable per kernel module. The cache itself ({@code KernelCache}) belongs to the dispatcher.
 */
package io.jumba.cache;
