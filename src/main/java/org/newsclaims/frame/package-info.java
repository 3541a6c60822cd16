/**
 * Frames: the slots of a topical claim (which territory, what should happen to it; where and when
 * a meeting is; which sanctions on whom), each value with its span, from slot rules kept as data
 * in {@code models/frames.tsv} and the place gazetteer. Touches {@code model}, {@code text} and
 * {@code place}; never {@code topic} internals, the adapters or the run layer.
 */
package org.newsclaims.frame;
