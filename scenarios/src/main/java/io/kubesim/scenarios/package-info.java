/** The scenario language and the {@code kubesim} command line. */
package io.kubesim.scenarios;
