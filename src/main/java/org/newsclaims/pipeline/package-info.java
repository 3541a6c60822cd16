/**
 * Wiring: the one choice of NLP adapters ({@link org.newsclaims.pipeline.NlpWiring}), models
 * loading, per-article analysis, incremental runs (planner, parallel analysis, a writer to the
 * output database of {@code store}, the output files written from it), watch mode, the
 * per-article error policy, evaluation runs and the claims export. Reviews are carried through {@link
 * org.newsclaims.pipeline.ReviewCarrier}, provided by {@code review}: this package never imports it.
 */
package org.newsclaims.pipeline;
