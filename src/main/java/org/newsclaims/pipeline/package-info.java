/**
 * Wiring: models loading, per-article analysis, incremental runs (planner, parallel
 * analysis, a writer to the output database of {@code store}), watch mode, parallel runs, the
 * per-article error policy and evaluation runs. Reviews are carried through {@link
 * org.newsclaims.pipeline.ReviewCarrier}, provided by {@code review}: this package never imports it.
 */
package org.newsclaims.pipeline;
