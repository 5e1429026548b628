package org.leadershipimpact.programmes.rest;

import org.leadershipimpact.platform.csv.CsvSheet;
import org.leadershipimpact.programmes.AttendanceMark;
import org.leadershipimpact.programmes.Pathway;
import org.leadershipimpact.programmes.Profession;
import org.leadershipimpact.programmes.Sector;
import org.leadershipimpact.programmes.api.Api.AttendanceRegister;
import org.leadershipimpact.programmes.api.Api.EnrolmentBatch;
import org.leadershipimpact.programmes.api.Api.EnrolmentRequest;
import org.leadershipimpact.programmes.api.Api.Mark;
import org.leadershipimpact.programmes.api.Api.ParticipantBatch;
import org.leadershipimpact.programmes.api.Api.ParticipantRequest;

/**
 * The spreadsheet (CSV) forms of the bulk operations: each header names the JSON fields of one item.
 * The examples are the OpenAPI document's and the downloadable templates' both.
 */
final class BulkSheets {

    static final String PARTICIPANTS_EXAMPLE = "systemCode,givenName,familyName,email,profession,sector,organisationId,jobTitle\r\n"
            + "ELHCP,Asha,Rahman,asha.rahman@example.nhs.uk,GP,NHS_PRIMARY_CARE,0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b,"
            + "\"GP partner, Stepney\"\r\n";
    static final String ENROLMENTS_EXAMPLE = "participantId,cohortId,pathway\r\n"
            + "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b,0190a1b2-c3d4-7e5f-8a9b-1c2d3e4f5a6b,CORE\r\n";
    static final String REGISTER_EXAMPLE = "enrolmentId,mark\r\n"
            + "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b,PRESENT\r\n";

    static final CsvSheet<ParticipantRequest, ParticipantBatch> PARTICIPANTS = CsvSheet.of("participants", ParticipantBatch.MAX,
            PARTICIPANTS_EXAMPLE,
            row -> new ParticipantRequest(row.text("systemCode"), row.text("givenName"), row.text("familyName"), row.text("email"),
                    row.choice("profession", Profession.class), row.choice("sector", Sector.class), row.id("organisationId"),
                    row.text("jobTitle")),
            ParticipantBatch::new);

    static final CsvSheet<EnrolmentRequest, EnrolmentBatch> ENROLMENTS = CsvSheet.of("enrolments", EnrolmentBatch.MAX,
            ENROLMENTS_EXAMPLE,
            row -> new EnrolmentRequest(row.id("participantId"), row.id("cohortId"), row.choice("pathway", Pathway.class)),
            EnrolmentBatch::new);

    static final CsvSheet<Mark, AttendanceRegister> REGISTER = CsvSheet.of("marks", AttendanceRegister.MAX, REGISTER_EXAMPLE,
            row -> new Mark(row.id("enrolmentId"), row.choice("mark", AttendanceMark.class)),
            AttendanceRegister::new);

    private BulkSheets() {
    }
}
