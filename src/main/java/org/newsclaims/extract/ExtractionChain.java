package org.newsclaims.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsclaims.model.Claim;
import org.newsclaims.model.TextSpan;
import org.newsclaims.nlp.Deadline;
import org.newsclaims.nlp.Sentence;

/**
 * Attribution extraction as a sequence of {@link ClaimFinder}s followed by
 * {@link ClaimRefiner}s over one {@link DocumentContext}. Adding a pattern is a data line in
 * {@code models/} or one finder or refiner added here. A claim whose cue starts where a claim
 * of an earlier finder has its cue is dropped: the first finder to claim a cue wins. One finder
 * may give one cue several claims (the lines under a digest header).
 *
 * <p>Build with {@link #builder()} or take {@link #standard}; immutable and thread-safe.
 */
public final class ExtractionChain {
  private final List<ClaimFinder> finders;
  private final List<ClaimRefiner> refiners;

  private ExtractionChain(List<ClaimFinder> finders, List<ClaimRefiner> refiners) {
    this.finders = List.copyOf(finders);
    this.refiners = List.copyOf(refiners);
  }

  /** The product's chain for the rules and lexicons of a models folder. */
  public static ExtractionChain standard(RuleSet rules, Lexicons lexicons) {
    return builder()
        .finder(new DigestHeaderFinder(lexicons))
        .finder(new SpeakerTurnFinder(lexicons))
        .finder(new DashTurnFinder())
        .finder(new DependencyRuleFinder(rules, lexicons))
        .finder(new QuotationAfterCueFinder(lexicons))
        .finder(new ColonQuoteFinder(lexicons))
        .finder(new TrailingCueFinder(lexicons))
        .finder(new ParticipialCueFinder(lexicons))
        .finder(new LinearSpeechFinder(lexicons))
        .refiner(new AnnouncedQuotation())
        .refiner(new QuotationContinuation())
        .refiner(new NarratorCueFilter(lexicons))
        .refiner(new CoordinatedClaimSplit())
        .refiner(new NestedInQuotationFilter(lexicons))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects finders and refiners in the order they will run. Not thread-safe. */
  public static final class Builder {
    private final List<ClaimFinder> finders = new ArrayList<>();
    private final List<ClaimRefiner> refiners = new ArrayList<>();

    private Builder() {}

    public Builder finder(ClaimFinder finder) {
      finders.add(Objects.requireNonNull(finder, "finder"));
      return this;
    }

    public Builder refiner(ClaimRefiner refiner) {
      refiners.add(Objects.requireNonNull(refiner, "refiner"));
      return this;
    }

    /** The chain; fails when two finders claim the same rule id or when there is no finder. */
    public ExtractionChain build() {
      if (finders.isEmpty()) {
        throw new IllegalStateException("an extraction chain needs at least one finder");
      }
      Set<String> ids = new LinkedHashSet<>();
      for (ClaimFinder f : finders) {
        for (String id : f.ruleIds()) {
          if (!ids.add(id)) {
            throw new IllegalStateException("rule id " + id + " is written by two finders; ids must be unique");
          }
        }
      }
      return new ExtractionChain(finders, refiners);
    }
  }

  /** Every rule id a claim of this chain can carry. */
  public Set<String> ruleIds() {
    Set<String> ids = new LinkedHashSet<>();
    finders.forEach(f -> ids.addAll(f.ruleIds()));
    return ids;
  }

  /** Whether any finder reads this (tagged, unparsed) sentence's tree. */
  public boolean needsTree(Sentence tagged) {
    for (ClaimFinder f : finders) {
      if (f.needsTree(tagged)) {
        return true;
      }
    }
    return false;
  }

  /** The claims of a document, speakers as written, in the order the finders produced them. */
  public List<Claim> extract(DocumentContext context) {
    return extract(context, Deadline.none());
  }

  /**
   * {@link #extract(DocumentContext)}, checking {@code deadline} before each finder and refiner
   * (step {@code finder NAME} or {@code refiner NAME}, named by their class).
   *
   * @throws Deadline.Exceeded when a check finds the time up
   */
  public List<Claim> extract(DocumentContext context, Deadline deadline) {
    List<Claim> found = new ArrayList<>();
    Set<Integer> cueStarts = new HashSet<>();
    for (ClaimFinder finder : finders) {
      deadline.check("finder " + finder.getClass().getSimpleName());
      Set<Integer> mine = new HashSet<>();
      for (Claim c : finder.find(context, List.copyOf(found))) {
        Integer cueStart = c.cue().map(TextSpan::start).orElse(null);
        if (cueStart == null || !cueStarts.contains(cueStart)) {
          found.add(c);
          if (cueStart != null) {
            mine.add(cueStart);
          }
        }
      }
      cueStarts.addAll(mine);
    }
    List<Claim> refined = found;
    for (ClaimRefiner refiner : refiners) {
      deadline.check("refiner " + refiner.getClass().getSimpleName());
      refined = refiner.refine(context, List.copyOf(refined));
    }
    return List.copyOf(refined);
  }
}
