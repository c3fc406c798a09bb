/** Turns experiment results into HTML reports and JSON/CSV exports. */
package io.kubesim.reports;
