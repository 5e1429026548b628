package org.leadershipimpact.localstack.demo;

import org.leadershipimpact.localstack.demo.CaseStudy.Agreement;
import org.leadershipimpact.localstack.demo.CaseStudy.Cohort;
import org.leadershipimpact.localstack.demo.CaseStudy.CohortOf;
import org.leadershipimpact.localstack.demo.CaseStudy.Cost;
import org.leadershipimpact.localstack.demo.CaseStudy.Finish;
import org.leadershipimpact.localstack.demo.CaseStudy.IndependentEvaluation;
import org.leadershipimpact.localstack.demo.CaseStudy.LeadershipModel;
import org.leadershipimpact.localstack.demo.CaseStudy.Measure;
import org.leadershipimpact.localstack.demo.CaseStudy.MeasureOf;
import org.leadershipimpact.localstack.demo.CaseStudy.Milestone;
import org.leadershipimpact.localstack.demo.CaseStudy.Monthly;
import org.leadershipimpact.localstack.demo.CaseStudy.Org;
import org.leadershipimpact.localstack.demo.CaseStudy.Organisation;
import org.leadershipimpact.localstack.demo.CaseStudy.Participants;
import org.leadershipimpact.localstack.demo.CaseStudy.People;
import org.leadershipimpact.localstack.demo.CaseStudy.Programme;
import org.leadershipimpact.localstack.demo.CaseStudy.Project;
import org.leadershipimpact.localstack.demo.CaseStudy.Reaction;
import org.leadershipimpact.localstack.demo.CaseStudy.Role;
import org.leadershipimpact.localstack.demo.CaseStudy.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.leadershipimpact.localstack.demo.DemoLoader.fields;

/**
 * The five case studies of ../shared/seeds, as data for {@link CaseStudyLoader}. What the seeds state
 * (names, numbers of days, leaders and credits, the projects, 3,600 nights, £4m, 7%, the Surrey 500, the
 * £2m fund) is kept as stated; everything else (people, dates, attendance, answers, measurements, costs)
 * is invented by {@link Synthetic} and said to be so in each programme's aims.
 */
final class CaseStudies {

    /** Said in every programme's aims, so nobody mistakes the demo for real records. */
    static final String SYNTHETIC = " [Demo data: people, dates, attendance, survey answers, measurements, costs and the shares of benefits"
            + " attributed to the programme are invented"
            + " (seed " + Synthetic.SEED + "); figures quoted from the published case study are as published.]";

    static final String NATIONAL_FUND = "NHS England system leadership development fund (£2m, 23 areas)";
    /** The fund's £2m shared evenly over its 23 areas, in pence: the share per area is not published. */
    static final long FUND_SHARE_PENCE = Math.round(200_000_000 / 23.0);

    record HealthSystem(String code, String name, String kind, String region) {
    }

    static final List<HealthSystem> SYSTEMS = List.of(
            new HealthSystem("ELHCP", "East London Health and Care Partnership", "STP", "London"),
            new HealthSystem("HWE", "Hertfordshire and West Essex", "ICS", "East of England"),
            new HealthSystem("FRIMLEY", "Frimley Health and Care", "ICS", "South East"),
            new HealthSystem("SURREY", "Surrey Heartlands Health and Care Partnership", "ICS", "South East"));

    /** In the order the seeds give them; each ends with its programmes' evaluation records. */
    static final List<CaseStudy> ALL = List.of(stepneyAndWhitechapel(), towerHamlets(), stpWorkStreams(), hertfordshire(), frimley(),
            surreyHeartlands());

    private CaseStudies() {
    }

    private static CaseStudy stepneyAndWhitechapel() {
        List<String> practices = List.of("Jubilee Street Practice", "Whitechapel Health Centre", "Stepney Green Surgery");
        LocalDate start = LocalDate.of(2010, 9, 1);
        List<Synthetic.Session> sessions = new ArrayList<>();
        for (int trimester = 0; trimester < 3; trimester++) {
            LocalDate from = start.plusMonths(4L * trimester);
            int days = trimester == 2 ? 2 : 3;
            for (int d = 0; d < days; d++) {
                int number = sessions.size() - trimester + 1;
                sessions.add(new Synthetic.Session("Leadership Insight day " + number, "LEADERSHIP_INSIGHT_DAY",
                        weekday(from.plusWeeks(3L * d + 1)), "Stepney Green"));
            }
            sessions.add(new Synthetic.Session("Leadership challenge, trimester " + (trimester + 1), "LEADERSHIP_CHALLENGE",
                    weekday(from.plusMonths(3).plusWeeks(2)), "Whitechapel"));
        }
        return new CaseStudy("Stepney and Whitechapel Network", "stepney-and-whitechapel", "ELHCP",
                organisations(List.of(new Organisation("NHS Tower Hamlets", "PCT"), new Organisation("Healthskills", "TRAINING_PROVIDER"),
                        new Organisation("Stepney and Whitechapel Network", "PRIMARY_CARE_NETWORK")), practices),
                List.of(new Programme(fields("title", "Stepney and Whitechapel Network clinical leadership programme", "kind", "CLINICAL_LEADERSHIP",
                                "aims", "A bespoke 12-month programme for the network's GPs, nurse practitioners and practice managers: eight"
                                        + " Leadership Insight days of half-day workshops and action learning (change management, commercial acumen,"
                                        + " business management, team development), a leadership challenge to close each trimester, and an"
                                        + " outcome-based COPD project." + SYNTHETIC,
                                "commissionerId", new Org("NHS Tower Hamlets"), "deliveryPartnerIds", List.of(new Org("Healthskills")),
                                "startDate", start.toString(), "endDate", start.plusMonths(12).minusDays(1).toString(), "capacity", 24,
                                "funding", fields("amountPence", 3_600_000L, "source", "NHS Tower Hamlets PCT"),
                                "targetProfessions", List.of("GP", "NURSE_PRACTITIONER", "PRACTICE_MANAGER"), "completionThresholdPercent", 75)),
                        new Cohort("Stepney and Whitechapel 2010-11", 24, start, start.plusMonths(12).minusDays(1), sessions,
                                new People(24, List.of(
                                        new Role("GP", "NHS_PRIMARY_CARE", practices, "GP partner"),
                                        new Role("NURSE_PRACTITIONER", "NHS_PRIMARY_CARE", practices, "Nurse practitioner"),
                                        new Role("PRACTICE_MANAGER", "NHS_PRIMARY_CARE", practices, "Practice manager")), List.of(4, 3, 3)),
                                false, true),
                        new Project(fields("title", "Outcome-based COPD service for the network",
                                "problem", "COPD care differs from practice to practice across the network, and exacerbations end in emergency admissions.",
                                "aim", "Commission and provide COPD care as one network, delivered by the end of the programme.", "theme", "COPD",
                                "originCohortId", new CohortOf(0), "leadParticipantIds", new Participants(0, 0, 1),
                                "teamParticipantIds", new Participants(0, 1, 6), "partnerOrganisationIds", List.of(new Org("Stepney and Whitechapel Network"))),
                                "IMPLEMENTATION",
                                List.of(new Milestone("Network COPD register agreed by all practices", LocalDate.of(2011, 1, 31), LocalDate.of(2011, 2, 14)),
                                        new Milestone("Pulmonary rehabilitation referral pathway live", LocalDate.of(2011, 6, 30), LocalDate.of(2011, 7, 4))),
                                List.of(fields("title", "Rescue packs for frequent exacerbators", "plan", "Offer rescue packs and a self-management"
                                        + " plan to patients with two or more exacerbations a year in one practice.", "prediction", "Fewer emergency admissions"
                                        + " from that practice within three months.", "doNotes", "Offered to 31 patients.", "studyNotes",
                                        "Admissions fell in that practice; uptake was good.", "act", "ADOPT")),
                                List.of(new Measure(fields("name", "COPD emergency admissions, network practices", "kind", "OUTCOME",
                                        "unit", "admissions a month", "direction", "DECREASE", "baseline", 38.0, "target", 28.0, "fixedBaselinePoints", 12),
                                        new Monthly(LocalDate.of(2009, 9, 1), 30, 38, 29, LocalDate.of(2011, 3, 1), 3.0))),
                                List.of()),
                        new LeadershipModel(0, true),
                        new Cost("PARTICIPANT_TIME", "Backfill for GP and nurse practitioner time on eight days", 2_880_000),
                        new Finish()));
    }

    private static CaseStudy towerHamlets() {
        List<String> practices = List.of("Jubilee Street Practice", "Whitechapel Health Centre", "Stepney Green Surgery");
        LocalDate start = LocalDate.of(2006, 9, 1);
        List<Step> steps = new ArrayList<>();
        steps.add(new Programme(fields("title", "Tower Hamlets PCT clinical leadership programme", "kind", "CLINICAL_LEADERSHIP",
                "aims", "Co-produced with the PCT's in-house team to improve patient experience: clinicians and non-clinicians from"
                        + " commissioning, community and primary care, and the local authority, starting service improvement projects;"
                        + " action learning and master classes; an accredited pathway." + SYNTHETIC,
                "commissionerId", new Org("NHS Tower Hamlets"), "deliveryPartnerIds", List.of(new Org("Healthskills")), "startDate", start.toString(),
                "endDate", "2010-07-31", "funding", fields("amountPence", 16_000_000L, "source", "NHS Tower Hamlets PCT"),
                "completionThresholdPercent", 75,
                "accreditation", fields("award", "Certificate in Postgraduate Development in Effective Leadership for Health Service Improvement",
                        "credits", fields("value", 40, "level", 7, "scheme", "CATS"), "minimumAttendancePercent", 75, "projectRequired", true))));
        List<Role> roles = List.of(
                new Role("GP", "NHS_PRIMARY_CARE", practices, "GP"),
                new Role("PRACTICE_MANAGER", "NHS_PRIMARY_CARE", practices, "Practice manager"),
                new Role("NURSE", "NHS_COMMUNITY", List.of("Tower Hamlets community health services"), "Community nurse"),
                new Role("COMMISSIONER", "NHS_COMMISSIONING", List.of("NHS Tower Hamlets"), "PEC member"),
                new Role("SOCIAL_WORKER", "LOCAL_AUTHORITY", List.of("London Borough of Tower Hamlets"), "Senior social worker"));
        for (int year = 0; year < 4; year++) {
            LocalDate from = start.plusYears(year);
            List<Synthetic.Session> sessions = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                boolean masterclass = s % 2 == 0;
                sessions.add(new Synthetic.Session((masterclass ? "Master class " : "Action learning set ") + (s / 2 + 1),
                        masterclass ? "MASTERCLASS" : "ACTION_LEARNING", weekday(from.plusWeeks(5L * s + 2)), "Mile End"));
            }
            steps.add(new Cohort("Year " + (year + 1) + " (" + from.getYear() + "-" + (from.getYear() + 1) % 100 + ")", 20, from,
                    from.plusMonths(10), sessions, new People(20, year == 0 ? roles.subList(0, 4) : roles,
                    year == 0 ? List.of(3, 2, 2, 1) : List.of(3, 2, 2, 1, 1)), true, true));
        }
        String[][] projects = {
                {"Solo: an intranet-based referral network for all clinical departments", "OTHER"},
                {"Promoting the PCT continence service to primary care", "CONTINENCE"},
                {"A multi-agency working model for children's services", "CHILDRENS_SERVICES"}};
        for (int p = 0; p < projects.length; p++) {
            steps.add(new Project(fields("title", projects[p][0], "theme", projects[p][1],
                    "aim", "A service improvement project started by programme participants.", "originCohortId", new CohortOf(p),
                    "leadParticipantIds", new Participants(p, p, p + 1), "teamParticipantIds", new Participants(p, 5, 9)),
                    p == 1 ? "SUSTAINING" : "IMPLEMENTATION", List.of(), List.of(), p != 1 ? List.of() : List.of(new Measure(
                            fields("name", "Referrals from primary care to the continence service", "kind", "PROCESS",
                                    "unit", "referrals a month", "direction", "INCREASE", "baseline", 22.0, "fixedBaselinePoints", 12),
                            new Monthly(LocalDate.of(2007, 1, 1), 30, 22, 31, LocalDate.of(2008, 4, 1), 3.0))),
                    List.of()));
        }
        steps.add(new IndependentEvaluation(fields("evaluator", "Independent evaluator commissioned by NHS Tower Hamlets",
                "reportedOn", "2010-06-30", "method", "Independent evaluation, separate from Healthskills, of participants' and PCT"
                        + " Directors' views (the evaluator and date are not published; this record's details are invented)",
                "findings", "Received extremely positive comments from both participants and the PCT Directors.")));
        steps.add(new Finish());
        return new CaseStudy("Tower Hamlets PCT clinical leadership programme", "tower-hamlets", "ELHCP",
                organisations(List.of(new Organisation("NHS Tower Hamlets", "PCT"), new Organisation("Healthskills", "TRAINING_PROVIDER"),
                        new Organisation("London Borough of Tower Hamlets", "LOCAL_AUTHORITY"),
                        new Organisation("Tower Hamlets community health services", "NHS_TRUST")), practices),
                steps);
    }

    private static CaseStudy stpWorkStreams() {
        LocalDate start = LocalDate.of(2017, 6, 1);
        List<Step> steps = new ArrayList<>();
        steps.add(new Programme(fields("title", "STP work-stream leadership development", "kind", "WORK_STREAM_DEVELOPMENT",
                "aims", "A pilot endorsed by NHS England to test approaches to system leadership: develop team cohesion, a shared"
                        + " mission and learning from working together on key priorities, so that each work-stream leadership group works"
                        + " effectively and makes greater progress towards its goals." + SYNTHETIC,
                "commissionerId", new Org("East London Health and Care Partnership"), "deliveryPartnerIds", List.of(new Org("The Staff College")),
                "startDate", start.toString(), "endDate", "2018-03-31",
                "funding", fields("amountPence", 4_500_000L, "source", "NHS England system leadership pilot"), "completionThresholdPercent", 60)));
        String trust = "East London NHS Foundation Trust";
        String[] streams = {"Medicines Optimisation work-stream", "Diabetes work-stream", "End of Life Care stakeholder group"};
        for (int s = 0; s < streams.length; s++) {
            List<Synthetic.Session> sessions = new ArrayList<>();
            sessions.add(new Synthetic.Session("Diagnostic at the leadership group's meeting", "DIAGNOSTIC", weekday(start.plusWeeks(2 + s)), "Stratford"));
            for (int d = 0; d < 4; d++) {
                sessions.add(new Synthetic.Session("Development session " + (d + 1), "DEVELOPMENT", weekday(start.plusMonths(2L * d + 2).plusWeeks(s)), "Stratford"));
            }
            steps.add(new Cohort(streams[s], 12, start, LocalDate.of(2018, 3, 31), sessions, new People(10, List.of(
                    new Role(s == 0 ? "PHARMACIST" : "CONSULTANT", "NHS_ACUTE", List.of(trust), "Clinical lead"),
                    new Role("COMMISSIONER", "NHS_COMMISSIONING", List.of("East London Health and Care Partnership"), "Work-stream manager"),
                    new Role(s == 2 ? "VOLUNTARY_SECTOR_WORKER" : "GP", s == 2 ? "VOLUNTARY" : "NHS_PRIMARY_CARE",
                            List.of(s == 2 ? "St Joseph's Hospice" : trust), s == 2 ? "Hospice lead" : "Clinical director")), List.of(2, 1, 1)),
                    false, true));
        }
        steps.add(new Project(fields("title", "End of Life Care becomes an STP work-stream",
                "theme", "END_OF_LIFE", "aim", "A proposal to the STP Board, and a plan towards the priorities agreed with its mandate.",
                "originCohortId", new CohortOf(2), "leadParticipantIds", new Participants(2, 0, 1)), "CLOSED",
                List.of(new Milestone("Proposal to become a formal STP work-stream accepted by the STP Board", LocalDate.of(2018, 1, 31),
                        LocalDate.of(2018, 1, 18))), List.of(), List.of(), List.of()));
        // the seeds say leaders felt so unanimously: every answer agrees
        steps.add(new Reaction(fields("title", "How the sessions worked for you",
                "kirkpatrickLevel", 1, "audience", "PARTICIPANTS", "timing", "POST", "respondents", "IDENTIFIED",
                "questions", List.of(
                        fields("code", "DEVELOPED", "text", "I personally developed from attending the sessions", "type", "LIKERT_5",
                                "dimension", "Personal development"),
                        fields("code", "PRACTICE", "text", "I learnt things I will put into practice in other parts of my work",
                                "type", "LIKERT_5", "dimension", "Transfer to work"))),
                List.of(new Agreement("DEVELOPED", 0.55), new Agreement("PRACTICE", 0.45))));
        steps.add(new Finish());
        return new CaseStudy("STP work-stream development", "stp-work-streams", "ELHCP",
                List.of(new Organisation("The Staff College", "TRAINING_PROVIDER"),
                        new Organisation("East London Health and Care Partnership", "STP"), new Organisation(trust, "NHS_TRUST"),
                        new Organisation("St Joseph's Hospice", "VOLUNTARY_SECTOR")),
                steps);
    }

    private static CaseStudy hertfordshire() {
        List<String> practices = List.of("Hertford Road Surgery", "Lea Valley Medical Centre", "Stevenage Old Town Practice");
        LocalDate start = LocalDate.of(2011, 10, 1);
        List<Synthetic.Session> sessions = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            sessions.add(new Synthetic.Session("Whole system workshop " + (s + 1), s == 0 ? "RESIDENTIAL" : "WORKSHOP",
                    weekday(start.plusMonths(2L * s).plusDays(10)), "The King's Fund, London"));
        }
        return new CaseStudy("Hertfordshire Whole System Leadership programme", "hertfordshire", "HWE",
                organisations(List.of(new Organisation("The King's Fund", "TRAINING_PROVIDER"),
                        new Organisation("Bedfordshire and Hertfordshire Local Medical Committee", "OTHER")), practices),
                List.of(new Programme(fields("title", "Whole System Leadership programme (Hertfordshire GPs)",
                                "kind", "SYSTEM_LEADERSHIP", "aims", "Leading change across a local health economy: building relationships, influencing"
                                        + " and negotiating with colleagues from other sectors, setting direction for many stakeholders, and building"
                                        + " business cases on clinical, organisational and financial data, through real local projects." + SYNTHETIC,
                                "commissionerId", new Org("Bedfordshire and Hertfordshire Local Medical Committee"),
                                "deliveryPartnerIds", List.of(new Org("The King's Fund")), "startDate", start.toString(), "endDate", "2012-09-30",
                                "capacity", 12, "targetProfessions", List.of("GP"), "funding", fields("amountPence", 6_000_000L, "source", "Local health economy"),
                                "completionThresholdPercent", 70)),
                        new Cohort("Hertfordshire GPs 2011-12", 12, start, LocalDate.of(2012, 9, 30), sessions,
                                new People(12, List.of(new Role("GP", "NHS_PRIMARY_CARE", practices, "GP")), List.of(1)), false, true),
                        new Project(fields("title", "Community-based heart failure service, East and North Hertfordshire",
                                "theme", "HEART_FAILURE", "problem", "Patients are discharged with their medications, struggle at home, become unwell and"
                                        + " end up back in hospital for costly and protracted stays; there is no community-based heart failure system.",
                                "aim", "A whole-system heart failure service with long-term support at home.",
                                "originCohortId", new CohortOf(0), "leadParticipantIds", new Participants(0, 0, 2), "teamParticipantIds", new Participants(0, 2, 6)),
                                "IMPLEMENTATION",
                                List.of(new Milestone("Ideas for heart failure care presented to stakeholders, hospital clinicians included",
                                                LocalDate.of(2012, 3, 31), LocalDate.of(2012, 3, 20)),
                                        new Milestone("Formal business case for the service redesign", LocalDate.of(2012, 11, 30), null)),
                                List.of(),
                                List.of(new Measure(fields("name", "Heart failure emergency readmissions within 30 days", "kind", "OUTCOME",
                                        "unit", "readmissions a month", "direction", "DECREASE", "baseline", 26.0, "fixedBaselinePoints", 12),
                                        new Monthly(LocalDate.of(2011, 1, 1), 30, 26, 19, LocalDate.of(2012, 6, 1), 2.5))),
                                List.of()),
                        new Project(fields("title", "End-of-life care for people with dementia",
                                "theme", "DEMENTIA", "aim", "People with dementia get appropriate end-of-life care in the right environment while fully"
                                        + " supported, with the information ready for whichever clinician walks through the door.",
                                "originCohortId", new CohortOf(0), "leadParticipantIds", new Participants(0, 6, 8)),
                                "SCOPING", List.of(), List.of(), List.of(), List.of()),
                        new Finish()));
    }

    private static CaseStudy frimley() {
        List<String> practices = List.of("Camberley Health Centre", "Farnborough Medical Practice");
        String trust = "Frimley Health NHS Foundation Trust";
        String ics = "Frimley Health and Care ICS";
        LocalDate start = LocalDate.of(2017, 9, 1);
        List<Step> steps = new ArrayList<>();
        steps.add(new Programme(fields("title", "Frimley Health and Care 2020 leadership development programme", "kind", "SYSTEM_LEADERSHIP",
                "aims", "100 leaders from across health, care and other public services (GPs, consultants, therapists, nurses, social"
                        + " workers, managers, the police and the army) join forces at residential and day events, and lead change"
                        + " challenges across the system." + SYNTHETIC,
                "commissionerId", new Org(ics), "startDate", start.toString(), "endDate", "2019-03-31", "capacity", 100,
                "funding", fields("amountPence", FUND_SHARE_PENCE, "source", NATIONAL_FUND), "completionThresholdPercent", 66)));
        List<Role> roles = List.of(
                new Role("GP", "NHS_PRIMARY_CARE", practices, "GP"),
                new Role("CONSULTANT", "NHS_ACUTE", List.of(trust), "Consultant"),
                new Role("THERAPIST", "NHS_COMMUNITY", List.of(trust), "Therapy lead"),
                new Role("NURSE", "NHS_ACUTE", List.of(trust), "Ward manager"),
                new Role("SOCIAL_WORKER", "SOCIAL_CARE", List.of("Surrey Heath Borough Council"), "Social worker"),
                new Role("MANAGER", "NHS_ACUTE", List.of(trust, ics), "Service manager"),
                new Role("POLICE_OFFICER", "OTHER_PUBLIC_SECTOR", List.of("Thames Valley Police"), "Inspector"),
                new Role("ARMED_FORCES", "OTHER_PUBLIC_SECTOR", List.of("British Army, Aldershot Garrison"), "Medical officer"));
        int cohorts = 4;
        for (int c = 0; c < cohorts; c++) {
            LocalDate from = start.plusMonths(4L * c);
            List<Synthetic.Session> sessions = List.of(
                    new Synthetic.Session("Opening residential", "RESIDENTIAL", weekday(from.plusDays(7)), "Wokefield Park"),
                    new Synthetic.Session("Change challenge day 1", "WORKSHOP", weekday(from.plusMonths(1).plusDays(7)), "Frimley Park"),
                    new Synthetic.Session("Change challenge day 2", "WORKSHOP", weekday(from.plusMonths(2).plusDays(7)), "Frimley Park"),
                    new Synthetic.Session("Action learning", "ACTION_LEARNING", weekday(from.plusMonths(3).plusDays(7)), "Wexham Park"),
                    new Synthetic.Session("Change challenge day 3", "WORKSHOP", weekday(from.plusMonths(4).plusDays(7)), "Frimley Park"),
                    new Synthetic.Session("Closing residential", "RESIDENTIAL", weekday(from.plusMonths(6).minusDays(7)), "Wokefield Park"));
            steps.add(new Cohort("Cohort " + (c + 1), 25, from, from.plusMonths(6), sessions,
                    new People(25, roles, List.of(3, 3, 2, 4, 3, 4, 1, 1)), false, true));
        }
        String[][] innovations = {
                {"Redesign of the low risk chest pain pathway for Frimley and Wexham hospitals", "URGENT_CARE"},
                {"Frailty education across the whole ICS", "FRAILTY"},
                {"A website for families of children with ADHD or ASD symptoms", "CHILDRENS_SERVICES"},
                {"Improved access to primary care for people with additional communication needs", "PRIMARY_CARE_ACCESS"},
                {"The Red Bag across the whole system", "FRAILTY"}};
        for (int i = 0; i < innovations.length; i++) {
            int cohort = i % cohorts;
            steps.add(new Project(fields("title", innovations[i][0], "theme", innovations[i][1],
                    "aim", "One of the programme's published innovations.", "originCohortId", new CohortOf(cohort),
                    "leadParticipantIds", new Participants(cohort, i, i + 1), "teamParticipantIds", new Participants(cohort, 10, 14)),
                    i == 3 ? "SCOPING" : "SUSTAINING", List.of(), List.of(), i != 0 ? List.of() : List.of(new Measure(
                            fields("name", "Low risk chest pain admissions", "kind", "OUTCOME",
                                    "unit", "admissions a month", "direction", "DECREASE", "baseline", 64.0, "target", 45.0, "fixedBaselinePoints", 12),
                            new Monthly(LocalDate.of(2017, 1, 1), 30, 64, 48, LocalDate.of(2018, 5, 1), 4.0))),
                    List.of()));
        }
        for (int c = 0; c < cohorts; c++) {
            steps.add(new LeadershipModel(c, false));
        }
        steps.add(new Cost("DELIVERY", "Residential and day events", 9_500_000));
        steps.add(new Cost("BACKFILL", "Backfill for clinical participants", 6_000_000));
        steps.add(new Finish());
        return new CaseStudy("Frimley Health and Care 2020 leadership development programme", "frimley", "FRIMLEY",
                organisations(List.of(new Organisation(trust, "NHS_TRUST"), new Organisation(ics, "ICS"),
                        new Organisation("Surrey Heath Borough Council", "LOCAL_AUTHORITY"), new Organisation("Thames Valley Police", "POLICE"),
                        new Organisation("British Army, Aldershot Garrison", "ARMED_FORCES")), practices),
                steps);
    }

    private static CaseStudy surreyHeartlands() {
        List<String> practices = List.of("Guildford Town Surgery", "Waverley Health Centre", "Epsom Downs Practice");
        String academy = "Surrey Heartlands Academy";
        String ics = "Surrey Heartlands ICS";
        String royalSurrey = "Royal Surrey County Hospital NHS Foundation Trust";
        String council = "Surrey County Council";
        LocalDate start = LocalDate.of(2018, 4, 1);
        List<Role> roles = List.of(
                new Role("GP", "NHS_PRIMARY_CARE", practices, "GP"),
                new Role("CONSULTANT", "NHS_ACUTE", List.of(royalSurrey), "Consultant"),
                new Role("NURSE", "NHS_COMMUNITY", List.of("Surrey community health services"), "Community matron"),
                new Role("MIDWIFE", "NHS_ACUTE", List.of(royalSurrey), "Midwife"),
                new Role("SOCIAL_WORKER", "SOCIAL_CARE", List.of(council), "Social worker"),
                new Role("MANAGER", "NHS_COMMISSIONING", List.of(ics), "Programme manager"));
        List<Synthetic.Session> academySessions = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            academySessions.add(new Synthetic.Session(s % 2 == 0 ? "Spreading innovation workshop" : "Network event",
                    s % 2 == 0 ? "WORKSHOP" : "NETWORK_EVENT", weekday(start.plusMonths(2L * s).plusDays(12)), "Guildford"));
        }
        // 7% fewer referrals from October 2018; the months and counts are invented around the published 7%
        LocalDate adviceLine = LocalDate.of(2018, 10, 1);
        String referrals = "GP referrals to outpatients, Guildford and Waverley";
        List<Step> steps = new ArrayList<>(List.of(
                new Programme(fields("title", "Surrey Heartlands Academy",
                        "kind", "SYSTEM_LEADERSHIP", "aims", "A virtual network that supports future leaders and trains colleagues across the"
                                + " system to find, adopt and spread innovation and best practice beyond organisational boundaries, and to reduce"
                                + " unwarranted clinical variation." + SYNTHETIC,
                        "commissionerId", new Org(ics), "deliveryPartnerIds", List.of(new Org(academy)), "startDate", start.toString(), "endDate", "2019-03-31",
                        "funding", fields("amountPence", FUND_SHARE_PENCE, "source", NATIONAL_FUND), "completionThresholdPercent", 66)),
                new Cohort("Academy fellows 2018-19", 40, start, LocalDate.of(2019, 3, 31), academySessions,
                        new People(40, roles, List.of(2, 1, 2, 1, 1, 1)), false, true),
                new Project(fields("title", "Advice and guidance telephone service for GPs, Guildford and Waverley",
                        "theme", "PRIMARY_CARE_ACCESS", "aim", "GPs get specialist advice by telephone instead of referring to outpatients.",
                        "originCohortId", new CohortOf(0), "leadParticipantIds", new Participants(0, 0, 1), "teamParticipantIds", new Participants(0, 1, 5)),
                        "SUSTAINING", List.of(), List.of(),
                        List.of(new Measure(fields("name", referrals, "kind", "OUTCOME", "unit", "referrals a month", "direction", "DECREASE",
                                "baseline", 5200.0, "rebaseDates", List.of(adviceLine.toString())),
                                new Monthly(LocalDate.of(2017, 4, 1), 36, 5200, 5200 * 0.93, adviceLine, 90))),
                        // every attribution, confidence and unit value below is invented for the demo: the case study publishes none
                        List.of(fields("category", "ACTIVITY", "description",
                                        "A seven per cent decrease in GP referrals to outpatients across Guildford and Waverley", "value", 7,
                                        "unit", "% fewer GP referrals", "periodStart", "2018-10-01", "periodEnd", "2019-03-31", "cashable", false,
                                        "evidenceLevel", "SELF_REPORTED", "attribution", invented(40, "EXPERTS_ESTIMATE", 60, "Clinical commissioning leads")),
                                fields("category", "FINANCIAL", "description",
                                        "Outpatient referrals avoided, valued from the referrals chart", "derivedFromMeasureId", new MeasureOf(referrals),
                                        "unitValue", 120, "unitValueSource", "Invented for the demo: a first outpatient attendance at an NHS reference cost",
                                        "recurrence", "MONTHLY", "periodStart", adviceLine.toString(), "periodEnd", "2020-03-31", "cashable", false,
                                        "evidenceLevel", "AUDITED", "attribution", invented(40, "EXPERTS_ESTIMATE", 60, "Clinical commissioning leads")))),
                new Project(fields("title", "A team dedicated to people over 65: seeing patients earlier at home",
                        "theme", "FRAILTY", "aim", "Avoid unnecessary nights in hospital for people over 65.",
                        "originCohortId", new CohortOf(0), "leadParticipantIds", new Participants(0, 2, 3), "teamParticipantIds", new Participants(0, 5, 9)),
                        "SUSTAINING", List.of(), List.of(),
                        List.of(new Measure(fields("name", "Hospital bed nights, people over 65 (emergency admissions)",
                                "kind", "OUTCOME", "unit", "bed nights a month", "direction", "DECREASE", "baseline", 3100.0, "fixedBaselinePoints", 12),
                                new Monthly(LocalDate.of(2017, 4, 1), 36, 3100, 2800, LocalDate.of(2018, 4, 1), 60))),
                        List.of(fields("category", "CAPACITY", "description",
                                        "3,600 unnecessary nights in hospital avoided by seeing people over 65 earlier at home", "value", 3600,
                                        "unit", "hospital nights avoided", "periodStart", "2018-04-01", "periodEnd", "2019-03-31", "cashable", false,
                                        "evidenceLevel", "SELF_REPORTED",
                                        "attribution", invented(25, "MANAGERS_ESTIMATE", 80, "Over-65s team service managers")),
                                // no unit value for the nights: the £4m below is what they released, and valuing both would count it twice
                                fields("category", "FINANCIAL", "description",
                                        "Around £4 million freed up to be reinvested", "value", 4_000_000, "unit", "GBP",
                                        "periodStart", "2018-04-01", "periodEnd", "2019-03-31", "cashable", true, "evidenceLevel", "SELF_REPORTED",
                                        "attribution", invented(25, "MANAGERS_ESTIMATE", 80, "Over-65s team service managers")))),
                new Project(fields("title", "A 24/7 advice line for pregnant women", "theme", "MATERNITY",
                        "aim", "Help reduce stillbirth and perinatal death rates.", "originCohortId", new CohortOf(0),
                        "leadParticipantIds", new Participants(0, 3, 4)), "SUSTAINING", List.of(), List.of(), List.of(), List.of()),
                new Cost("DELIVERY", "Academy network events and workshops", 4_200_000),
                new Finish()));

        LocalDate launch = LocalDate.of(2019, 6, 1);
        steps.add(new Programme(fields("title", "Surrey 500", "kind", "SYSTEM_LEADERSHIP",
                "aims", "A new system leadership programme developed with the Surrey Heartlands Workforce Action Board: leadership"
                        + " training for 500 staff across Surrey Heartlands." + SYNTHETIC,
                "commissionerId", new Org("Surrey Heartlands Workforce Action Board"), "deliveryPartnerIds", List.of(new Org(academy)),
                "startDate", launch.toString(), "endDate", "2020-05-31",
                "capacity", 500, "funding", fields("amountPence", 30_000_000L, "source", "Surrey Heartlands Workforce Action Board"),
                "completionThresholdPercent", 66)));
        for (int c = 0; c < 4; c++) {
            LocalDate from = launch.plusMonths(2L * c);
            List<Synthetic.Session> sessions = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                sessions.add(new Synthetic.Session("System leadership module " + (s + 1), s == 0 ? "RESIDENTIAL" : "WORKSHOP",
                        weekday(from.plusMonths(s).plusDays(9)), c % 2 == 0 ? "Guildford" : "Epsom"));
            }
            steps.add(new Cohort("Surrey 500 cohort " + (c + 1), 50, from, from.plusMonths(6), sessions,
                    new People(50, roles, List.of(2, 2, 3, 1, 2, 2)), false, c < 2));
            if (c == 0) {
                // the first cohort is surveyed before the next one runs: the order its answers were invented in
                steps.add(new LeadershipModel(0, false));
            }
        }
        return new CaseStudy("Surrey Heartlands Academy and the Surrey 500", "surrey-heartlands", "SURREY",
                organisations(List.of(new Organisation(academy, "TRAINING_PROVIDER"), new Organisation(ics, "ICS"),
                        new Organisation(royalSurrey, "NHS_TRUST"), new Organisation("Surrey community health services", "NHS_TRUST"),
                        new Organisation(council, "LOCAL_AUTHORITY"), new Organisation("Surrey Heartlands Workforce Action Board", "OTHER")),
                        practices),
                steps);
    }

    /** The named organisations, then the GP practices. */
    private static List<Organisation> organisations(List<Organisation> named, List<String> practices) {
        return Stream.concat(named.stream(), practices.stream().map(name -> new Organisation(name, "GP_PRACTICE"))).toList();
    }

    /** The same date, or the Monday after when it falls at a weekend: programmes meet on weekdays. */
    private static LocalDate weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** An attribution of a benefit to the programme, as a panel would estimate it a few weeks after the academy's year. */
    private static Map<String, Object> invented(int share, String method, int confidence, String estimatedBy) {
        return fields("share", share, "method", method, "confidence", confidence, "estimatedBy", estimatedBy,
                "estimatedOn", "2019-05-15");
    }
}
