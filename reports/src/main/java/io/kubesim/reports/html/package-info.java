/**
 * The HTML report: a view model built from the result records ({@link
 * io.kubesim.reports.html.ReportView}, all strings still raw) and a Mustache template that
 * HTML-escapes every value it prints, so nothing from a scenario file can inject markup.
 */
package io.kubesim.reports.html;
