/**
 * Evaluation against gold: the BRAT standoff reader (ours and PolNeAR's), one-to-one matching,
 * scores (with recall by rule, by gold construction and by gold cue), reports and the regression
 * baseline. Touches {@code model} and {@code text}.
 */
package org.newsclaims.eval;
