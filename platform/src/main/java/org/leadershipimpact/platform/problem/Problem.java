package org.leadershipimpact.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An RFC 9457 problem details document: the one shape every error of every service takes.
 * {@code violations} lists offending fields of invalid input; {@code extensions} carries facts a
 * client can act on (the allowed transitions, the attendance rate and the threshold...).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Identifies the kind of problem", example = "https://leadershipimpact.org/problems/validation")
        URI type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "title: must not be blank") String detail,
        @Schema(example = "/api/v1/programmes") String instance,
        @Schema(description = "Correlates this answer with the logs", example = "3f1c2a7e-5b1d-4c55-9c2a-0d9e8f7a6b5c")
        String requestId,
        @Schema(description = "The fields that were invalid, for validation problems")
        List<Violation> violations,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final URI ABOUT_BLANK = URI.create("about:blank");
    public static final String TYPE_BASE = "https://leadershipimpact.org/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** "field: message" for each violation, in order: the problem's detail. */
    static String detailOf(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    /**
     * One invalid field. A request sent as a spreadsheet (CSV) also names the cell: {@code row} as the
     * spreadsheet numbers it (the header is row 1) and {@code column} counted from 1, or the row alone
     * when the whole row is refused.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Violation", description = "One invalid field")
    public record Violation(
            @Schema(description = "JSON path of the field in the request, or the parameter name", example = "title")
            String field,
            @Schema(example = "must not be blank") String message,
            @Schema(description = "For a CSV body: the row, as a spreadsheet numbers it (the header is row 1)", example = "5")
            Integer row,
            @Schema(description = "For a CSV body: the column, counted from 1 (absent when the whole row or file is refused)", example = "4")
            Integer column) {

        public Violation(String field, String message) {
            this(field, message, null, null);
        }
    }
}
