/**
 * The {@code ecsim} command line (picocli): run, compare, sweep, validate, catalog and help; option
 * parsing, parallel replications, progress on standard error, the text tables printed to standard
 * output, and the exit codes (0 success, 1 internal error, 2 invalid input, 3 output not written, 4 a
 * run past what it may hold). Command names are a contract.
 *
 * <p>May depend on: anything of sim-core and reports; picocli, progressbar and Jackson (sweep files).
 * Nothing depends on it.
 */
package dev.ecsim.cli;
