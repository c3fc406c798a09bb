/**
 * The report's charts, built with JFreeChart from the result records alone (nothing is re-run):
 * one builder class per chart kind, a shared style (Okabe–Ito colour-blind-safe palette, dashes so
 * series stay apart in grey print, fault windows shaded), and {@link
 * io.kubesim.reports.charts.ChartPng} which renders a chart to a high-resolution PNG data URI.
 * JFreeChart is used in this package and nowhere else in kubesim.
 */
package io.kubesim.reports.charts;
