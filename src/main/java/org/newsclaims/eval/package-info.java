/**
 * Evaluation against gold: the BRAT standoff reader (ours and PolNeAR's), one-to-one matching,
 * scores, reports and the regression baseline. Touches {@code model} and {@code text}.
 */
package org.newsclaims.eval;
