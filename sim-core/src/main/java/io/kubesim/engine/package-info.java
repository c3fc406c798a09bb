/**
 * The discrete-event engine: simulation clock, pending-event set and random streams.
 *
 * <p>Built on SSJ's scheduling API ({@code umontreal.ssj.simevents}). This package imports
 * nothing from the model.
 */
package io.kubesim.engine;
