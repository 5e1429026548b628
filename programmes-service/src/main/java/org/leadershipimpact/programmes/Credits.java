package org.leadershipimpact.programmes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Academic credit, as awards state it: e.g. 40 credits at FHEQ level 7 ("M level") in the CATS scheme.
 * Other schemes (ECTS, SCQF...) fit the same shape.
 */
@Schema(name = "Credits", description = "Academic credit: value, level and scheme")
public record Credits(
        @NotNull @Min(1) @Max(1000) @Schema(example = "40") Integer value,
        @NotNull @Min(1) @Max(12) @Schema(description = "Level in the scheme's framework, e.g. FHEQ 7 = M level", example = "7") Integer level,
        @NotBlank @Size(max = 40) @Schema(example = "CATS") String scheme) {
}
