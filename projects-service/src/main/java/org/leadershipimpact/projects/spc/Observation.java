package org.leadershipimpact.projects.spc;

import java.time.LocalDate;

/** A measured value on a date: the input to a chart. */
public record Observation(LocalDate date, double value) {
}
