package org.leadershipimpact.programmes.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leadershipimpact.platform.SystemCode;
import org.leadershipimpact.programmes.AttendanceMark;
import org.leadershipimpact.programmes.Credits;
import org.leadershipimpact.programmes.EnrolmentStatus;
import org.leadershipimpact.programmes.OrganisationType;
import org.leadershipimpact.programmes.Pathway;
import org.leadershipimpact.programmes.Profession;
import org.leadershipimpact.programmes.ProgrammeKind;
import org.leadershipimpact.programmes.ProgrammeStatus;
import org.leadershipimpact.programmes.Sector;
import org.leadershipimpact.programmes.SessionKind;
import org.leadershipimpact.programmes.SystemKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What clients send: one record per resource, used to create it (POST) and to replace its changeable
 * fields (PUT). Records never reach the database; entities never reach JSON.
 * Here in {@code api/}, not {@code rest/}, because resources bind them and services apply them; this
 * package imports neither ({@code LayersTest}).
 */
public final class Api {

    // fields held to a pattern document their length with @Schema(maxLength): the pattern already
    // bounds it, and a @Size too would answer a long value with two violations instead of one

    private Api() {
    }

    @Schema(name = "SystemRequest", description = "A health system (the tenant): an ICS or STP")
    public record SystemRequest(
            @NotBlank @Pattern(regexp = SystemCode.PATTERN, message = SystemCode.MESSAGE)
            @Schema(description = "Short code tokens use in their systems claim", example = "SURREY", maxLength = 32, required = true) String code,
            @NotBlank @Size(max = 200) @Schema(example = "Surrey Heartlands Health and Care Partnership", required = true) String name,
            @NotNull @Schema(required = true) SystemKind kind,
            @Size(max = 100) @Schema(example = "South East") String region) {
    }

    @Schema(name = "OrganisationRequest")
    public record OrganisationRequest(
            @NotBlank @Pattern(regexp = SystemCode.PATTERN, message = SystemCode.MESSAGE) @Schema(example = "ELHCP", maxLength = 32, required = true) String systemCode,
            @NotBlank @Size(max = 200) @Schema(example = "Healthskills", required = true) String name,
            @Pattern(regexp = "[A-Z0-9]{3,6}", message = "must be 3 to 6 upper-case letters and digits")
            @Schema(description = "NHS ODS code, checked for shape only", example = "RVR", maxLength = 6) String odsCode,
            @NotNull @Schema(required = true) OrganisationType type) {
    }

    @Schema(name = "Funding", description = "Money for the programme, in pence")
    public record Funding(
            @NotNull @PositiveOrZero @Schema(description = "Amount in pence", example = "200000000") Long amountPence,
            @Pattern(regexp = "GBP", message = "must be GBP") @Schema(example = "GBP", defaultValue = "GBP", maxLength = 3) String currency,
            @Size(max = 200) @Schema(example = "NHS England system leadership fund") String source) {
    }

    @Schema(name = "Accreditation", description = "An award participants on the accredited pathway can earn")
    public record Accreditation(
            @NotBlank @Size(max = 200) @Schema(example = "Certificate in Postgraduate Development in Effective Leadership for Health Service Improvement") String award,
            @NotNull @Valid Credits credits,
            @NotNull @Min(0) @Max(100) @Schema(description = "Attendance needed for the award, in percent", example = "80") Integer minimumAttendancePercent,
            @NotNull @Schema(description = "Whether an improvement project must be submitted", example = "true") Boolean projectRequired) {
    }

    @Schema(name = "ProgrammeRequest", description = "A leadership development programme")
    public record ProgrammeRequest(
            @NotBlank @Pattern(regexp = SystemCode.PATTERN, message = SystemCode.MESSAGE) @Schema(example = "ELHCP", maxLength = 32, required = true) String systemCode,
            @NotBlank @Size(max = 200) @Schema(example = "Stepney and Whitechapel Network clinical leadership programme", required = true) String title,
            @NotNull @Schema(required = true) ProgrammeKind kind,
            @Size(max = 4000) @Schema(example = "Clinical leadership for GP network clusters") String aims,
            UUID commissionerId,
            @Size(max = 20) Set<UUID> deliveryPartnerIds,
            @Schema(example = "2026-01-12") LocalDate startDate,
            @Schema(example = "2026-12-18") LocalDate endDate,
            @Valid Funding funding,
            @Min(1) @Max(100_000) @Schema(example = "30") Integer capacity,
            @Size(max = 30) Set<Profession> targetProfessions,
            @Min(0) @Max(100) @Schema(description = "Attendance needed to complete, in percent", example = "75", defaultValue = "75")
            Integer completionThresholdPercent,
            @Valid Accreditation accreditation) {
    }

    @Schema(name = "ProgrammeStatusChange")
    public record ProgrammeStatusChange(@NotNull @Schema(required = true, example = "OPEN") ProgrammeStatus status) {
    }

    @Schema(name = "CohortRequest", description = "One run of a programme")
    public record CohortRequest(
            @NotNull @Schema(required = true) UUID programmeId,
            @NotBlank @Size(max = 200) @Schema(example = "Stepney and Whitechapel Network", required = true) String name,
            @NotNull @Min(1) @Max(100_000) @Schema(example = "24", required = true) Integer capacity,
            LocalDate startDate,
            LocalDate endDate) {
    }

    @Schema(name = "SessionRequest", description = "A cohort's dated event")
    public record SessionRequest(
            @NotNull @Schema(required = true) UUID cohortId,
            @NotBlank @Size(max = 200) @Schema(example = "Leadership Insight Day 1: leading change", required = true) String title,
            @NotNull @Schema(required = true) SessionKind kind,
            @NotNull @Schema(example = "2026-02-05", required = true) LocalDate date,
            @Size(max = 200) @Schema(example = "Whitechapel Idea Store") String location) {
    }

    @Schema(name = "ParticipantRequest", description = "A person taking part; name and e-mail are personal data")
    public record ParticipantRequest(
            @NotBlank @Pattern(regexp = SystemCode.PATTERN, message = SystemCode.MESSAGE) @Schema(example = "ELHCP", maxLength = 32, required = true) String systemCode,
            @NotBlank @Size(max = 100) @Schema(example = "Asha", required = true) String givenName,
            @NotBlank @Size(max = 100) @Schema(example = "Rahman", required = true) String familyName,
            @NotBlank @Email @Size(max = 254) @Schema(example = "asha.rahman@example.nhs.uk", required = true) String email,
            @NotNull @Schema(required = true) Profession profession,
            @NotNull @Schema(required = true) Sector sector,
            @NotNull @Schema(required = true) UUID organisationId,
            @Size(max = 200) @Schema(example = "GP partner") String jobTitle) {
    }

    @Schema(name = "ParticipantBatch", description = "Up to 500 participants, registered all together or not at all")
    public record ParticipantBatch(@NotEmpty @Size(max = ParticipantBatch.MAX) List<@NotNull @Valid ParticipantRequest> participants) {
        public static final int MAX = 500;
    }

    @Schema(name = "EnrolmentRequest")
    public record EnrolmentRequest(
            @NotNull @Schema(required = true) UUID participantId,
            @NotNull @Schema(required = true) UUID cohortId,
            @Schema(defaultValue = "CORE") Pathway pathway) {
    }

    @Schema(name = "EnrolmentBatch", description = "Up to 500 enrolments, made all together or not at all")
    public record EnrolmentBatch(@NotEmpty @Size(max = EnrolmentBatch.MAX) List<@NotNull @Valid EnrolmentRequest> enrolments) {
        public static final int MAX = 500;
    }

    @Schema(name = "EnrolmentStatusChange", description = "Move an enrolment on; completion has its own operation")
    public record EnrolmentStatusChange(@NotNull @Schema(required = true, example = "WITHDRAWN") EnrolmentStatus status) {
    }

    @Schema(name = "Completion")
    public record Completion(
            @Schema(description = "The accredited pathway's project was submitted (needed for credits when the award requires one)",
                    defaultValue = "false") Boolean projectSubmitted) {
    }

    @Schema(name = "AttendanceRegister", description = "The register of one session: a mark for each enrolment")
    public record AttendanceRegister(@NotEmpty @Size(max = AttendanceRegister.MAX) List<@NotNull @Valid Mark> marks) {
        public static final int MAX = 1000;
    }

    @Schema(name = "AttendanceMarkEntry")
    public record Mark(@NotNull @Schema(required = true) UUID enrolmentId, @NotNull @Schema(required = true) AttendanceMark mark) {
    }

    @Schema(name = "ActionLearningSetRequest")
    public record ActionLearningSetRequest(
            @NotNull @Schema(required = true) UUID cohortId,
            @NotBlank @Size(max = 200) @Schema(example = "Set A: commissioning", required = true) String name,
            @Size(max = 200) @Schema(example = "Healthskills facilitator") String facilitator,
            @Size(max = 50) Set<UUID> memberEnrolmentIds) {
    }
}
