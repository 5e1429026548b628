package org.leadershipimpact.programmes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.programmes.Programme;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Programme", description = "A leadership development programme")
public record ProgrammeView(
        @Schema(example = "01936b2e-8c4a-7d3e-9f10-2b3c4d5e6f70") UUID id,
        @Schema(example = "ELHCP") String systemCode,
        @Schema(example = "Stepney and Whitechapel Network clinical leadership programme") String title,
        @Schema(enumeration = {"DRAFT", "OPEN", "RUNNING", "COMPLETED", "CANCELLED"}, example = "DRAFT") String status,
        Instant createdAt,
        Instant updatedAt) {

    static ProgrammeView of(Programme programme) {
        return new ProgrammeView(programme.id, programme.systemCode, programme.title, programme.status.name(),
                programme.createdAt, programme.updatedAt);
    }
}
