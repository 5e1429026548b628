package org.leadershipimpact.programmes;

/** What happens at a session. */
public enum SessionKind {
    WORKSHOP, ACTION_LEARNING, MASTERCLASS, LEADERSHIP_INSIGHT_DAY, LEADERSHIP_CHALLENGE, RESIDENTIAL, DIAGNOSTIC, DEVELOPMENT, COACHING, NETWORK_EVENT
}
