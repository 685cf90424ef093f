package org.driftgraph.extract.claims;

import org.driftgraph.extract.rules.TriggerRule;

/** A trigger of {@code rule} matched in the normalized text. */
record Hit(TriggerRule rule, int start, int end) {}
