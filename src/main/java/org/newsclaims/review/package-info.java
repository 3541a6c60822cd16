/**
 * The review loop: reviewers' columns in {@code claims.csv} carried across re-runs (orphans kept
 * in {@code review-orphans.csv}), corrected spans re-resolved from their edited text, the static
 * review page, and promotion of reviewed claims to BRAT gold and explicit negatives. Touches
 * {@code model}, {@code text}, {@code export} and {@code eval}; never the NLP adapters.
 */
package org.newsclaims.review;
