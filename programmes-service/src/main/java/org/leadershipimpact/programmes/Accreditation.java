package org.leadershipimpact.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The award a programme's accredited pathway leads to, and what earning it takes. */
@Embeddable
public record Accreditation(
        @Column(name = "accreditation_award") String award,
        @Column(name = "accreditation_credit_value") Integer creditValue,
        @Column(name = "accreditation_credit_level") Integer creditLevel,
        @Column(name = "accreditation_credit_scheme") String creditScheme,
        @Column(name = "accreditation_min_attendance_percent") Integer minimumAttendancePercent,
        @Column(name = "accreditation_project_required") Boolean projectRequired) {

    public Accreditation(String award, Credits credits, Integer minimumAttendancePercent, Boolean projectRequired) {
        this(award, credits.value(), credits.level(), credits.scheme(), minimumAttendancePercent, projectRequired);
    }

    public Credits credits() {
        return new Credits(creditValue, creditLevel, creditScheme);
    }
}
