/**
 * Wiring: models loading, per-article analysis, incremental runs (manifest, result cache keyed
 * by content and versions, atomic commit, output lock), watch mode, parallel runs, the
 * per-article error policy and evaluation runs.
 */
package org.newsclaims.pipeline;
