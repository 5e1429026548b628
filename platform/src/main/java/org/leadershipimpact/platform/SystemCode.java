package org.leadershipimpact.platform;

/**
 * The shape of a health system's code, as tokens name it in their systems claim, for
 * {@code @Pattern(regexp = SystemCode.PATTERN, message = SystemCode.MESSAGE)}. A plain {@code @Pattern}
 * rather than a constraint of our own: the OpenAPI scanner reads only the standard constraints, so the
 * document keeps its {@code pattern} as it is. A field documents its length with
 * {@code @Schema(maxLength = 32)}: the pattern already bounds it, and a {@code @Size} too would answer a
 * long value with two violations instead of one.
 */
public final class SystemCode {

    public static final String PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";
    public static final String MESSAGE = "must be 2 to 32 upper-case letters, digits or hyphens";

    private SystemCode() {
    }
}
