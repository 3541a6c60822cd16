/**
 * The review loop: reviewers' columns in {@code claims.csv} carried across re-runs (orphans kept
 * in {@code review-orphans.csv}), corrected spans re-resolved from their edited text, the static
 * review page, and promotion of reviewed claims to BRAT gold and explicit negatives. Claims and
 * reviews come from the output database ({@code store}) while claims.csv is as a run wrote it,
 * else from the reviewer's file. Touches {@code model}, {@code text}, {@code export}, {@code eval},
 * {@code store} and the carrier interface of {@code pipeline}; never the NLP adapters.
 */
package org.newsclaims.review;
