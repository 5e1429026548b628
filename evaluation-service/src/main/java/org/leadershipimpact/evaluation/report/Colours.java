package org.leadershipimpact.evaluation.report;

/** The NHS identity's colours the pages draw with, each with enough contrast on white for text beside it. */
public final class Colours {

    public static final String BLUE = "#005eb8";
    public static final String GREEN = "#007f3b";
    public static final String GREY = "#425563";
    public static final String RED = "#d5281b";
    public static final String ORANGE = "#ed8b00";

    private Colours() {
    }
}
