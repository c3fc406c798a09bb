/**
 * The {@code kubesim} command line (picocli): {@code run}, {@code validate}, {@code list},
 * {@code report}, {@code sweep}, {@code schema} and shell completion; exit codes, the progress
 * bar, the summary table and atomic output directories.
 */
package io.kubesim.scenarios.cli;
