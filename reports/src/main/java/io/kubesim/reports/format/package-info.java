/**
 * How results read to people: KPI names and units, and numbers formatted with their units
 * (percentages, milliseconds, counts). Shared by the charts and the HTML report so both say the
 * same thing the same way.
 */
package io.kubesim.reports.format;
