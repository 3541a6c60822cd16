/**
 * The mode of a claim (statement, demand, proposal, promise, refusal, condition, prediction,
 * question) from cue and content words listed as data in {@code models/modes.tsv}. Touches
 * {@code model} and the word splitting of {@code place}.
 */
package org.newsclaims.stance;
