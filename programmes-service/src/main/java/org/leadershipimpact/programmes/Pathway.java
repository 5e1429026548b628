package org.leadershipimpact.programmes;

/** How a participant takes a programme: the core programme, or with the accredited award alongside. */
public enum Pathway {
    CORE, ACCREDITED
}
