package org.leadershipimpact.programmes.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewProgramme", description = "A programme to create")
public record NewProgramme(
        @NotBlank @Size(max = 200)
        @Schema(example = "Stepney and Whitechapel Network clinical leadership programme", required = true)
        String title,
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "must be 2 to 32 upper-case letters, digits or hyphens")
        @Schema(description = "Code of the system (ICS/STP) the programme belongs to", example = "ELHCP", required = true)
        String systemCode) {
}
