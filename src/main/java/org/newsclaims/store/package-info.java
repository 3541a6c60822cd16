/**
 * The output folder's state in one SQLite database ({@code OUT/newsclaims.db}): the input files
 * and articles of the published output, every analysed result with its claims (one row per
 * claims.csv row), the problems, the runs, the reviews, the output files as last written, and the
 * lease that keeps one writer per folder. Schema versioned by {@code PRAGMA user_version} and migrated in code ({@link Schema}).
 *
 * <p>May touch {@code model} and {@code export} (the claims columns and CSV format); the only
 * package that uses JDBC.
 */
package org.newsclaims.store;
