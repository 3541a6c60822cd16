package org.newsclaims.extract;

import java.util.List;
import org.newsclaims.model.Claim;

/**
 * Rewrites the claims of a document after every finder ran: joins a quotation's continuation,
 * drops claims whose source cannot speak. May replace, drop or keep claims; never invents a
 * cue. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface ClaimRefiner {
  List<Claim> refine(DocumentContext context, List<Claim> claims);
}
