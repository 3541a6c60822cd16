/** Topic classification of passages from the taxonomy kept as data in models/. Touches {@code model}. */
package org.newsclaims.topic;
