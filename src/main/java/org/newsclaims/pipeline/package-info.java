/** Wiring: models loading, per-article analysis, parallel runs, per-article error policy. */
package org.newsclaims.pipeline;
