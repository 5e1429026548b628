package org.leadershipimpact.projects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Programmes, cohorts, participants and organisations as programmes-service announced them. A project names them by id;
 * checking those ids against what this service has heard keeps it working when programmes-service is
 * down, at the price of a moment's delay after something new is created there.
 */
public final class KnownReferences {

    private KnownReferences() {
    }

    @Entity
    @Table(name = "known_programme")
    public static class KnownProgramme extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "system_code", nullable = false)
        public String systemCode;
        @Column(nullable = false)
        public String title;
    }

    @Entity
    @Table(name = "known_cohort")
    public static class KnownCohort extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "system_code", nullable = false)
        public String systemCode;
        @Column(name = "programme_id", nullable = false)
        public UUID programmeId;
    }

    @Entity
    @Table(name = "known_participant")
    public static class KnownParticipant extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "system_code", nullable = false)
        public String systemCode;
    }

    @Entity
    @Table(name = "known_organisation")
    public static class KnownOrganisation extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "system_code", nullable = false)
        public String systemCode;
        /** A withdrawn organisation stays a partner of the projects that named it, but cannot be named anew. */
        @Column(nullable = false)
        public boolean withdrawn;
    }
}
