/** JMH benchmarks of the event loop and whole scenarios. */
package io.kubesim.jmh;
