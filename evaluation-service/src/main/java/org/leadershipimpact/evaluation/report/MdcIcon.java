package org.leadershipimpact.evaluation.report;

import java.util.List;

/**
 * One of Making Data Count's summary icons, as NHS England's guidance describes them and boards
 * read them in integrated performance reports: a circle coloured by what the chart says (blue
 * improvement or passing, orange concern or failing, purple a change that is neither, grey common
 * cause or hit and miss) with a letter: H or L for a special cause in high or low values, P pass,
 * F fail, ? hit and miss; common cause shows a flat run of dots instead. Drawn by the page
 * (templates/tags/mdc.html), not copied; the colours are darkened so the white letter can be read.
 */
public record MdcIcon(String colour, String letter, String label) {

    private static final String BLUE = Colours.BLUE;
    private static final String ORANGE = "#a65300";
    private static final String PURPLE = "#330072";
    private static final String GREY = Colours.GREY;

    /** The variation icon of a chart whose last point reads {@code pointType}, for a measure that should move in {@code direction}. */
    public static MdcIcon variation(String pointType, String direction) {
        if (pointType == null) {
            return null;
        }
        boolean higherIsBetter = !"DECREASE".equals(direction);
        return switch (pointType) {
            case "SPECIAL_CAUSE_IMPROVEMENT" -> special(BLUE, pointType, higherIsBetter);
            case "SPECIAL_CAUSE_CONCERN" -> special(ORANGE, pointType, !higherIsBetter);
            case "SPECIAL_CAUSE_NEUTRAL_HIGH" -> special(PURPLE, pointType, true);
            case "SPECIAL_CAUSE_NEUTRAL_LOW" -> special(PURPLE, pointType, false);
            default -> new MdcIcon(GREY, null, Vocabulary.POINT_TYPE.label(pointType));
        };
    }

    public static MdcIcon assurance(String assurance) {
        if (assurance == null) {
            return null;
        }
        return switch (assurance) {
            case "CONSISTENT_PASS" -> new MdcIcon(BLUE, "P", Vocabulary.ASSURANCE.label(assurance));
            case "CONSISTENT_FAIL" -> new MdcIcon(ORANGE, "F", Vocabulary.ASSURANCE.label(assurance));
            default -> new MdcIcon(GREY, "?", Vocabulary.ASSURANCE.label(assurance));
        };
    }

    /** Every icon the page can show, for its legend. */
    public static List<MdcIcon> legend() {
        return List.of(variation("COMMON_CAUSE", "INCREASE"), variation("SPECIAL_CAUSE_IMPROVEMENT", "INCREASE"),
                variation("SPECIAL_CAUSE_IMPROVEMENT", "DECREASE"), variation("SPECIAL_CAUSE_CONCERN", "DECREASE"),
                variation("SPECIAL_CAUSE_CONCERN", "INCREASE"), variation("SPECIAL_CAUSE_NEUTRAL_HIGH", "NEUTRAL"),
                variation("SPECIAL_CAUSE_NEUTRAL_LOW", "NEUTRAL"), assurance("CONSISTENT_PASS"), assurance("HIT_AND_MISS"),
                assurance("CONSISTENT_FAIL"));
    }

    /** The legend two icons a row, in its order, so that it takes half the height on paper. */
    public static List<List<MdcIcon>> legendInPairs() {
        List<MdcIcon> icons = legend();
        List<List<MdcIcon>> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < icons.size(); i += 2) {
            pairs.add(icons.subList(i, Math.min(i + 2, icons.size())));
        }
        return pairs;
    }

    private static MdcIcon special(String colour, String pointType, boolean high) {
        String label = pointType.startsWith("SPECIAL_CAUSE_NEUTRAL") ? Vocabulary.POINT_TYPE.label(pointType)
                : Vocabulary.POINT_TYPE.label(pointType) + (high ? " (higher values)" : " (lower values)");
        return new MdcIcon(colour, high ? "H" : "L", label);
    }

    public boolean commonCause() {
        return letter == null;
    }
}
