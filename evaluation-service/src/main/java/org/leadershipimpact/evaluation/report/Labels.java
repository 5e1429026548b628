package org.leadershipimpact.evaluation.report;

import io.quarkus.qute.TemplateExtension;

/** {@link Vocabulary}'s labels for templates: {@code label:theme(code)}. */
@TemplateExtension(namespace = "label")
public final class Labels {

    private Labels() {
    }

    public static String profession(String code) {
        return Vocabulary.PROFESSION.label(code);
    }

    public static String sector(String code) {
        return Vocabulary.SECTOR.label(code);
    }

    public static String evidence(String code) {
        return Vocabulary.EVIDENCE_LEVEL.label(code);
    }

    public static String category(String code) {
        return Vocabulary.BENEFIT_CATEGORY.label(code);
    }

    public static String recurrence(String code) {
        return Vocabulary.RECURRENCE.label(code);
    }

    public static String method(String code) {
        return Vocabulary.ISOLATION_METHOD.label(code);
    }

    public static String attribution(String code) {
        return Vocabulary.ATTRIBUTION.label(code);
    }

    public static String status(String code) {
        return Vocabulary.VALUE_STATUS.label(code);
    }

    public static String derivation(String code) {
        return Vocabulary.DERIVATION.label(code);
    }

    public static String variation(String code) {
        return Vocabulary.POINT_TYPE.label(code);
    }

    public static String assurance(String code) {
        return Vocabulary.ASSURANCE.label(code);
    }

    public static String cost(String code) {
        return Vocabulary.COST_CATEGORY.label(code);
    }

    public static String stage(String code) {
        return Vocabulary.PROJECT_STAGE.label(code);
    }

    public static String theme(String code) {
        return Vocabulary.THEME.label(code);
    }

    public static String act(String code) {
        return Vocabulary.PDSA_ACT.label(code);
    }
}
