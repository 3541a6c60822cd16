/** Immutable values shared by every layer: articles, spans, claims, problems. JDK only. */
package org.newsclaims.model;
