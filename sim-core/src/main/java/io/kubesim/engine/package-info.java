/**
 * The discrete-event engine: simulation clock, pending-event set, random streams and the reusable
 * {@link io.kubesim.engine.Timer} event.
 *
 * <p>Built on SSJ's scheduling API ({@code umontreal.ssj.simevents}). This package imports
 * nothing else from kubesim.
 */
package io.kubesim.engine;
