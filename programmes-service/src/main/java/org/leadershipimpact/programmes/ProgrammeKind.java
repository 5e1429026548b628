package org.leadershipimpact.programmes;

/** What a programme develops. */
public enum ProgrammeKind {
    CLINICAL_LEADERSHIP, SYSTEM_LEADERSHIP, WORK_STREAM_DEVELOPMENT, TALENT_PIPELINE
}
