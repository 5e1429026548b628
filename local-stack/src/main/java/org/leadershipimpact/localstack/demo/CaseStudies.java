package org.leadershipimpact.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.leadershipimpact.localstack.demo.DemoLoader.fields;

/**
 * The five case studies of ../shared/seeds as records in the platform. What the seeds state (names,
 * numbers of days, leaders and credits, the projects, 3,600 nights, £4m, 7%, the Surrey 500, the £2m
 * fund) is kept as stated; everything else (people, dates, attendance, answers, measurements, costs)
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

    static final List<String> HLM_DIMENSIONS = List.of("HLM1", "HLM2", "HLM3", "HLM4", "HLM5", "HLM6", "HLM7", "HLM8", "HLM9");
    private static final List<String> PROJECT_STAGES = List.of("IDEA", "SCOPING", "IMPLEMENTATION", "SUSTAINING", "CLOSED");

    private final DemoLoader api;
    private final java.io.PrintStream out;

    CaseStudies(DemoLoader api, java.io.PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** Every case study, in the order the seeds give them; each ends with its programmes' evaluation records. */
    void load() {
        api.system("ELHCP", "East London Health and Care Partnership", "STP", "London");
        api.system("HWE", "Hertfordshire and West Essex", "ICS", "East of England");
        api.system("FRIMLEY", "Frimley Health and Care", "ICS", "South East");
        api.system("SURREY", "Surrey Heartlands Health and Care Partnership", "ICS", "South East");
        stepneyAndWhitechapel();
        towerHamlets();
        stpWorkStreams();
        hertfordshire();
        frimley();
        surreyHeartlands();
    }

    private void stepneyAndWhitechapel() {
        out.println("  Stepney and Whitechapel Network ...");
        Synthetic invent = new Synthetic("stepney-and-whitechapel");
        String pct = api.organisation("ELHCP", "NHS Tower Hamlets", "PCT");
        String healthskills = api.organisation("ELHCP", "Healthskills", "TRAINING_PROVIDER");
        String network = api.organisation("ELHCP", "Stepney and Whitechapel Network", "PRIMARY_CARE_NETWORK");
        List<String> practices = practices("ELHCP", "Jubilee Street Practice", "Whitechapel Health Centre", "Stepney Green Surgery");
        LocalDate start = LocalDate.of(2010, 9, 1);
        String programme = api.programme("ELHCP", fields("systemCode", "ELHCP",
                "title", "Stepney and Whitechapel Network clinical leadership programme", "kind", "CLINICAL_LEADERSHIP",
                "aims", "A bespoke 12-month programme for the network's GPs, nurse practitioners and practice managers: eight"
                        + " Leadership Insight days of half-day workshops and action learning (change management, commercial acumen,"
                        + " business management, team development), a leadership challenge to close each trimester, and an"
                        + " outcome-based COPD project." + SYNTHETIC,
                "commissionerId", pct, "deliveryPartnerIds", List.of(healthskills), "startDate", start.toString(),
                "endDate", start.plusMonths(12).minusDays(1).toString(), "capacity", 24,
                "funding", fields("amountPence", 3_600_000L, "source", "NHS Tower Hamlets PCT"),
                "targetProfessions", List.of("GP", "NURSE_PRACTITIONER", "PRACTICE_MANAGER"), "completionThresholdPercent", 75));
        String cohort = api.cohort(programme, "Stepney and Whitechapel 2010-11", 24, start, start.plusMonths(12).minusDays(1));
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
        List<Synthetic.Person> people = invent.people(24, List.of(
                new Synthetic.Role("GP", "NHS_PRIMARY_CARE", practices, "GP partner"),
                new Synthetic.Role("NURSE_PRACTITIONER", "NHS_PRIMARY_CARE", practices, "Nurse practitioner"),
                new Synthetic.Role("PRACTICE_MANAGER", "NHS_PRIMARY_CARE", practices, "Practice manager")), List.of(4, 3, 3));
        Cohort run = runCohort(invent, "ELHCP", programme, cohort, api.sessions(cohort, sessions), people, false, true);
        String lead = run.participantIds.get(0);
        String copd = api.project(programme, fields("systemCode", "ELHCP", "title", "Outcome-based COPD service for the network",
                "problem", "COPD care differs from practice to practice across the network, and exacerbations end in emergency admissions.",
                "aim", "Commission and provide COPD care as one network, delivered by the end of the programme.", "theme", "COPD",
                "originProgrammeId", programme, "originCohortId", cohort, "leadParticipantIds", List.of(lead),
                "teamParticipantIds", run.participantIds.subList(1, 6), "partnerOrganisationIds", List.of(network)),
                "IMPLEMENTATION", PROJECT_STAGES);
        api.milestone(copd, "Network COPD register agreed by all practices", LocalDate.of(2011, 1, 31), LocalDate.of(2011, 2, 14));
        api.milestone(copd, "Pulmonary rehabilitation referral pathway live", LocalDate.of(2011, 6, 30), LocalDate.of(2011, 7, 4));
        api.pdsaCycle(copd, fields("title", "Rescue packs for frequent exacerbators", "plan", "Offer rescue packs and a self-management"
                + " plan to patients with two or more exacerbations a year in one practice.", "prediction", "Fewer emergency admissions"
                + " from that practice within three months.", "doNotes", "Offered to 31 patients.", "studyNotes",
                "Admissions fell in that practice; uptake was good.", "act", "ADOPT"));
        api.measure(copd, fields("projectId", copd, "name", "COPD emergency admissions, network practices", "kind", "OUTCOME",
                "unit", "admissions a month", "direction", "DECREASE", "baseline", 38.0, "target", 28.0, "fixedBaselinePoints", 12),
                invent.monthly(LocalDate.of(2009, 9, 1), 30, 38, 29, LocalDate.of(2011, 3, 1), 3.0));
        hlm(invent, programme, null, run);
        api.cost(programme, "PARTICIPANT_TIME", "Backfill for GP and nurse practitioner time on eight days", 2_880_000);
        api.finishProgramme(programme);
    }

    private void towerHamlets() {
        out.println("  Tower Hamlets PCT clinical leadership programme ...");
        Synthetic invent = new Synthetic("tower-hamlets");
        String pct = api.organisation("ELHCP", "NHS Tower Hamlets", "PCT");
        String healthskills = api.organisation("ELHCP", "Healthskills", "TRAINING_PROVIDER");
        String council = api.organisation("ELHCP", "London Borough of Tower Hamlets", "LOCAL_AUTHORITY");
        String community = api.organisation("ELHCP", "Tower Hamlets community health services", "NHS_TRUST");
        List<String> practices = practices("ELHCP", "Jubilee Street Practice", "Whitechapel Health Centre", "Stepney Green Surgery");
        LocalDate start = LocalDate.of(2006, 9, 1);
        String programme = api.programme("ELHCP", fields("systemCode", "ELHCP",
                "title", "Tower Hamlets PCT clinical leadership programme", "kind", "CLINICAL_LEADERSHIP",
                "aims", "Co-produced with the PCT's in-house team to improve patient experience: clinicians and non-clinicians from"
                        + " commissioning, community and primary care, and the local authority, starting service improvement projects;"
                        + " action learning and master classes; an accredited pathway." + SYNTHETIC,
                "commissionerId", pct, "deliveryPartnerIds", List.of(healthskills), "startDate", start.toString(),
                "endDate", "2010-07-31", "funding", fields("amountPence", 16_000_000L, "source", "NHS Tower Hamlets PCT"),
                "completionThresholdPercent", 75,
                "accreditation", fields("award", "Certificate in Postgraduate Development in Effective Leadership for Health Service Improvement",
                        "credits", fields("value", 40, "level", 7, "scheme", "CATS"), "minimumAttendancePercent", 75, "projectRequired", true)));
        List<Synthetic.Role> roles = List.of(
                new Synthetic.Role("GP", "NHS_PRIMARY_CARE", practices, "GP"),
                new Synthetic.Role("PRACTICE_MANAGER", "NHS_PRIMARY_CARE", practices, "Practice manager"),
                new Synthetic.Role("NURSE", "NHS_COMMUNITY", List.of(community), "Community nurse"),
                new Synthetic.Role("COMMISSIONER", "NHS_COMMISSIONING", List.of(pct), "PEC member"),
                new Synthetic.Role("SOCIAL_WORKER", "LOCAL_AUTHORITY", List.of(council), "Senior social worker"));
        List<Cohort> runs = new ArrayList<>();
        for (int year = 0; year < 4; year++) {
            LocalDate from = start.plusYears(year);
            String name = "Year " + (year + 1) + " (" + from.getYear() + "-" + (from.getYear() + 1) % 100 + ")";
            String cohort = api.cohort(programme, name, 20, from, from.plusMonths(10));
            List<Synthetic.Session> sessions = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                boolean masterclass = s % 2 == 0;
                sessions.add(new Synthetic.Session((masterclass ? "Master class " : "Action learning set ") + (s / 2 + 1),
                        masterclass ? "MASTERCLASS" : "ACTION_LEARNING", weekday(from.plusWeeks(5L * s + 2)), "Mile End"));
            }
            List<Synthetic.Person> people = invent.people(20, year == 0 ? roles.subList(0, 4) : roles,
                    year == 0 ? List.of(3, 2, 2, 1) : List.of(3, 2, 2, 1, 1));
            runs.add(runCohort(invent, "ELHCP", programme, cohort, api.sessions(cohort, sessions), people, true, true));
        }
        String[][] projects = {
                {"Solo: an intranet-based referral network for all clinical departments", "OTHER"},
                {"Promoting the PCT continence service to primary care", "CONTINENCE"},
                {"A multi-agency working model for children's services", "CHILDRENS_SERVICES"}};
        for (int p = 0; p < projects.length; p++) {
            Cohort run = runs.get(p);
            String project = api.project(programme, fields("systemCode", "ELHCP", "title", projects[p][0], "theme", projects[p][1],
                    "aim", "A service improvement project started by programme participants.", "originProgrammeId", programme,
                    "originCohortId", run.cohort, "leadParticipantIds", List.of(run.participantIds.get(p)),
                    "teamParticipantIds", run.participantIds.subList(5, 9)), p == 1 ? "SUSTAINING" : "IMPLEMENTATION", PROJECT_STAGES);
            if (p == 1) {
                api.measure(project, fields("projectId", project, "name", "Referrals from primary care to the continence service",
                        "kind", "PROCESS", "unit", "referrals a month", "direction", "INCREASE", "baseline", 22.0, "fixedBaselinePoints", 12),
                        invent.monthly(LocalDate.of(2007, 1, 1), 30, 22, 31, LocalDate.of(2008, 4, 1), 3.0));
            }
        }
        api.independentEvaluation(programme, fields("evaluator", "Independent evaluator commissioned by NHS Tower Hamlets",
                "reportedOn", "2010-06-30", "method", "Independent evaluation, separate from Healthskills, of participants' and PCT"
                        + " Directors' views (the evaluator and date are not published; this record's details are invented)",
                "findings", "Received extremely positive comments from both participants and the PCT Directors."));
        api.finishProgramme(programme);
    }

    private void stpWorkStreams() {
        out.println("  STP work-stream development ...");
        Synthetic invent = new Synthetic("stp-work-streams");
        String college = api.organisation("ELHCP", "The Staff College", "TRAINING_PROVIDER");
        String partnership = api.organisation("ELHCP", "East London Health and Care Partnership", "STP");
        String trust = api.organisation("ELHCP", "East London NHS Foundation Trust", "NHS_TRUST");
        String hospice = api.organisation("ELHCP", "St Joseph's Hospice", "VOLUNTARY_SECTOR");
        LocalDate start = LocalDate.of(2017, 6, 1);
        String programme = api.programme("ELHCP", fields("systemCode", "ELHCP", "title", "STP work-stream leadership development",
                "kind", "WORK_STREAM_DEVELOPMENT",
                "aims", "A pilot endorsed by NHS England to test approaches to system leadership: develop team cohesion, a shared"
                        + " mission and learning from working together on key priorities, so that each work-stream leadership group works"
                        + " effectively and makes greater progress towards its goals." + SYNTHETIC,
                "commissionerId", partnership, "deliveryPartnerIds", List.of(college), "startDate", start.toString(), "endDate", "2018-03-31",
                "funding", fields("amountPence", 4_500_000L, "source", "NHS England system leadership pilot"), "completionThresholdPercent", 60));
        String[] streams = {"Medicines Optimisation work-stream", "Diabetes work-stream", "End of Life Care stakeholder group"};
        List<Cohort> runs = new ArrayList<>();
        for (int s = 0; s < streams.length; s++) {
            String cohort = api.cohort(programme, streams[s], 12, start, LocalDate.of(2018, 3, 31));
            List<Synthetic.Session> sessions = new ArrayList<>();
            sessions.add(new Synthetic.Session("Diagnostic at the leadership group's meeting", "DIAGNOSTIC", weekday(start.plusWeeks(2 + s)), "Stratford"));
            for (int d = 0; d < 4; d++) {
                sessions.add(new Synthetic.Session("Development session " + (d + 1), "DEVELOPMENT", weekday(start.plusMonths(2L * d + 2).plusWeeks(s)), "Stratford"));
            }
            List<Synthetic.Person> people = invent.people(10, List.of(
                    new Synthetic.Role(s == 0 ? "PHARMACIST" : "CONSULTANT", "NHS_ACUTE", List.of(trust), "Clinical lead"),
                    new Synthetic.Role("COMMISSIONER", "NHS_COMMISSIONING", List.of(partnership), "Work-stream manager"),
                    new Synthetic.Role(s == 2 ? "VOLUNTARY_SECTOR_WORKER" : "GP", s == 2 ? "VOLUNTARY" : "NHS_PRIMARY_CARE",
                            List.of(s == 2 ? hospice : trust), s == 2 ? "Hospice lead" : "Clinical director")), List.of(2, 1, 1));
            runs.add(runCohort(invent, "ELHCP", programme, cohort, api.sessions(cohort, sessions), people, false, true));
        }
        Cohort endOfLife = runs.get(2);
        String project = api.project(programme, fields("systemCode", "ELHCP", "title", "End of Life Care becomes an STP work-stream",
                "theme", "END_OF_LIFE", "aim", "A proposal to the STP Board, and a plan towards the priorities agreed with its mandate.",
                "originProgrammeId", programme, "originCohortId", endOfLife.cohort, "leadParticipantIds", List.of(endOfLife.participantIds.get(0))),
                "CLOSED", PROJECT_STAGES);
        api.milestone(project, "Proposal to become a formal STP work-stream accepted by the STP Board", LocalDate.of(2018, 1, 31), LocalDate.of(2018, 1, 18));
        String reaction = api.instrument(programme, fields("programmeId", programme, "title", "How the sessions worked for you",
                "kirkpatrickLevel", 1, "audience", "PARTICIPANTS", "timing", "POST", "respondents", "IDENTIFIED",
                "questions", List.of(
                        fields("code", "DEVELOPED", "text", "I personally developed from attending the sessions", "type", "LIKERT_5",
                                "dimension", "Personal development"),
                        fields("code", "PRACTICE", "text", "I learnt things I will put into practice in other parts of my work",
                                "type", "LIKERT_5", "dimension", "Transfer to work"))));
        api.awaitEvaluation(programme, runs.stream().mapToInt(run -> run.enrolments.size()).sum());
        for (Cohort run : runs) {
            for (JsonNode enrolment : run.enrolments) {
                // the seeds say leaders felt so unanimously: every answer agrees
                api.respond(reaction, enrolment.get("id").asText(), List.of(
                        fields("question", "DEVELOPED", "number", invent.chance(0.55) ? 5 : 4),
                        fields("question", "PRACTICE", "number", invent.chance(0.45) ? 5 : 4)));
            }
        }
        api.finishProgramme(programme);
    }

    private void hertfordshire() {
        out.println("  Hertfordshire Whole System Leadership programme ...");
        Synthetic invent = new Synthetic("hertfordshire");
        String kingsFund = api.organisation("HWE", "The King's Fund", "TRAINING_PROVIDER");
        String lmc = api.organisation("HWE", "Bedfordshire and Hertfordshire Local Medical Committee", "OTHER");
        List<String> practices = practices("HWE", "Hertford Road Surgery", "Lea Valley Medical Centre", "Stevenage Old Town Practice");
        LocalDate start = LocalDate.of(2011, 10, 1);
        String programme = api.programme("HWE", fields("systemCode", "HWE", "title", "Whole System Leadership programme (Hertfordshire GPs)",
                "kind", "SYSTEM_LEADERSHIP", "aims", "Leading change across a local health economy: building relationships, influencing"
                        + " and negotiating with colleagues from other sectors, setting direction for many stakeholders, and building"
                        + " business cases on clinical, organisational and financial data, through real local projects." + SYNTHETIC,
                "commissionerId", lmc, "deliveryPartnerIds", List.of(kingsFund), "startDate", start.toString(), "endDate", "2012-09-30",
                "capacity", 12, "targetProfessions", List.of("GP"), "funding", fields("amountPence", 6_000_000L, "source", "Local health economy"),
                "completionThresholdPercent", 70));
        String cohort = api.cohort(programme, "Hertfordshire GPs 2011-12", 12, start, LocalDate.of(2012, 9, 30));
        List<Synthetic.Session> sessions = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            sessions.add(new Synthetic.Session("Whole system workshop " + (s + 1), s == 0 ? "RESIDENTIAL" : "WORKSHOP",
                    weekday(start.plusMonths(2L * s).plusDays(10)), "The King's Fund, London"));
        }
        List<Synthetic.Person> people = invent.people(12, List.of(new Synthetic.Role("GP", "NHS_PRIMARY_CARE", practices, "GP")), List.of(1));
        Cohort run = runCohort(invent, "HWE", programme, cohort, api.sessions(cohort, sessions), people, false, true);
        String heart = api.project(programme, fields("systemCode", "HWE", "title", "Community-based heart failure service, East and North Hertfordshire",
                "theme", "HEART_FAILURE", "problem", "Patients are discharged with their medications, struggle at home, become unwell and"
                        + " end up back in hospital for costly and protracted stays; there is no community-based heart failure system.",
                "aim", "A whole-system heart failure service with long-term support at home.", "originProgrammeId", programme,
                "originCohortId", cohort, "leadParticipantIds", run.participantIds.subList(0, 2), "teamParticipantIds", run.participantIds.subList(2, 6)),
                "IMPLEMENTATION", PROJECT_STAGES);
        api.milestone(heart, "Ideas for heart failure care presented to stakeholders, hospital clinicians included", LocalDate.of(2012, 3, 31), LocalDate.of(2012, 3, 20));
        api.milestone(heart, "Formal business case for the service redesign", LocalDate.of(2012, 11, 30), null);
        api.measure(heart, fields("projectId", heart, "name", "Heart failure emergency readmissions within 30 days", "kind", "OUTCOME",
                "unit", "readmissions a month", "direction", "DECREASE", "baseline", 26.0, "fixedBaselinePoints", 12),
                invent.monthly(LocalDate.of(2011, 1, 1), 30, 26, 19, LocalDate.of(2012, 6, 1), 2.5));
        api.project(programme, fields("systemCode", "HWE", "title", "End-of-life care for people with dementia",
                "theme", "DEMENTIA", "aim", "People with dementia get appropriate end-of-life care in the right environment while fully"
                        + " supported, with the information ready for whichever clinician walks through the door.",
                "originProgrammeId", programme, "originCohortId", cohort, "leadParticipantIds", run.participantIds.subList(6, 8)),
                "SCOPING", PROJECT_STAGES);
        api.finishProgramme(programme);
    }

    private void frimley() {
        out.println("  Frimley Health and Care 2020 leadership development programme ...");
        Synthetic invent = new Synthetic("frimley");
        String trust = api.organisation("FRIMLEY", "Frimley Health NHS Foundation Trust", "NHS_TRUST");
        String ics = api.organisation("FRIMLEY", "Frimley Health and Care ICS", "ICS");
        String council = api.organisation("FRIMLEY", "Surrey Heath Borough Council", "LOCAL_AUTHORITY");
        String police = api.organisation("FRIMLEY", "Thames Valley Police", "POLICE");
        String army = api.organisation("FRIMLEY", "British Army, Aldershot Garrison", "ARMED_FORCES");
        List<String> practices = practices("FRIMLEY", "Camberley Health Centre", "Farnborough Medical Practice");
        LocalDate start = LocalDate.of(2017, 9, 1);
        String programme = api.programme("FRIMLEY", fields("systemCode", "FRIMLEY",
                "title", "Frimley Health and Care 2020 leadership development programme", "kind", "SYSTEM_LEADERSHIP",
                "aims", "100 leaders from across health, care and other public services (GPs, consultants, therapists, nurses, social"
                        + " workers, managers, the police and the army) join forces at residential and day events, and lead change"
                        + " challenges across the system." + SYNTHETIC,
                "commissionerId", ics, "startDate", start.toString(), "endDate", "2019-03-31", "capacity", 100,
                "funding", fields("amountPence", FUND_SHARE_PENCE, "source", NATIONAL_FUND), "completionThresholdPercent", 66));
        List<Synthetic.Role> roles = List.of(
                new Synthetic.Role("GP", "NHS_PRIMARY_CARE", practices, "GP"),
                new Synthetic.Role("CONSULTANT", "NHS_ACUTE", List.of(trust), "Consultant"),
                new Synthetic.Role("THERAPIST", "NHS_COMMUNITY", List.of(trust), "Therapy lead"),
                new Synthetic.Role("NURSE", "NHS_ACUTE", List.of(trust), "Ward manager"),
                new Synthetic.Role("SOCIAL_WORKER", "SOCIAL_CARE", List.of(council), "Social worker"),
                new Synthetic.Role("MANAGER", "NHS_ACUTE", List.of(trust, ics), "Service manager"),
                new Synthetic.Role("POLICE_OFFICER", "OTHER_PUBLIC_SECTOR", List.of(police), "Inspector"),
                new Synthetic.Role("ARMED_FORCES", "OTHER_PUBLIC_SECTOR", List.of(army), "Medical officer"));
        List<Cohort> runs = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            LocalDate from = start.plusMonths(4L * c);
            String cohort = api.cohort(programme, "Cohort " + (c + 1), 25, from, from.plusMonths(6));
            List<Synthetic.Session> sessions = List.of(
                    new Synthetic.Session("Opening residential", "RESIDENTIAL", weekday(from.plusDays(7)), "Wokefield Park"),
                    new Synthetic.Session("Change challenge day 1", "WORKSHOP", weekday(from.plusMonths(1).plusDays(7)), "Frimley Park"),
                    new Synthetic.Session("Change challenge day 2", "WORKSHOP", weekday(from.plusMonths(2).plusDays(7)), "Frimley Park"),
                    new Synthetic.Session("Action learning", "ACTION_LEARNING", weekday(from.plusMonths(3).plusDays(7)), "Wexham Park"),
                    new Synthetic.Session("Change challenge day 3", "WORKSHOP", weekday(from.plusMonths(4).plusDays(7)), "Frimley Park"),
                    new Synthetic.Session("Closing residential", "RESIDENTIAL", weekday(from.plusMonths(6).minusDays(7)), "Wokefield Park"));
            runs.add(runCohort(invent, "FRIMLEY", programme, cohort, api.sessions(cohort, sessions),
                    invent.people(25, roles, List.of(3, 3, 2, 4, 3, 4, 1, 1)), false, true));
        }
        String[][] innovations = {
                {"Redesign of the low risk chest pain pathway for Frimley and Wexham hospitals", "URGENT_CARE"},
                {"Frailty education across the whole ICS", "FRAILTY"},
                {"A website for families of children with ADHD or ASD symptoms", "CHILDRENS_SERVICES"},
                {"Improved access to primary care for people with additional communication needs", "PRIMARY_CARE_ACCESS"},
                {"The Red Bag across the whole system", "FRAILTY"}};
        for (int i = 0; i < innovations.length; i++) {
            Cohort run = runs.get(i % runs.size());
            String project = api.project(programme, fields("systemCode", "FRIMLEY", "title", innovations[i][0], "theme", innovations[i][1],
                    "aim", "One of the programme's published innovations.", "originProgrammeId", programme, "originCohortId", run.cohort,
                    "leadParticipantIds", List.of(run.participantIds.get(i)), "teamParticipantIds", run.participantIds.subList(10, 14)),
                    i == 3 ? "SCOPING" : "SUSTAINING", PROJECT_STAGES);
            if (i == 0) {
                api.measure(project, fields("projectId", project, "name", "Low risk chest pain admissions", "kind", "OUTCOME",
                        "unit", "admissions a month", "direction", "DECREASE", "baseline", 64.0, "target", 45.0, "fixedBaselinePoints", 12),
                        invent.monthly(LocalDate.of(2017, 1, 1), 30, 64, 48, LocalDate.of(2018, 5, 1), 4.0));
            }
        }
        for (Cohort run : runs) {
            hlm(invent, programme, run.cohort, run);
        }
        api.cost(programme, "DELIVERY", "Residential and day events", 9_500_000);
        api.cost(programme, "BACKFILL", "Backfill for clinical participants", 6_000_000);
        api.finishProgramme(programme);
    }

    private void surreyHeartlands() {
        out.println("  Surrey Heartlands Academy and the Surrey 500 ...");
        Synthetic invent = new Synthetic("surrey-heartlands");
        String academy = api.organisation("SURREY", "Surrey Heartlands Academy", "TRAINING_PROVIDER");
        String ics = api.organisation("SURREY", "Surrey Heartlands ICS", "ICS");
        String royalSurrey = api.organisation("SURREY", "Royal Surrey County Hospital NHS Foundation Trust", "NHS_TRUST");
        String community = api.organisation("SURREY", "Surrey community health services", "NHS_TRUST");
        String council = api.organisation("SURREY", "Surrey County Council", "LOCAL_AUTHORITY");
        String board = api.organisation("SURREY", "Surrey Heartlands Workforce Action Board", "OTHER");
        List<String> practices = practices("SURREY", "Guildford Town Surgery", "Waverley Health Centre", "Epsom Downs Practice");
        LocalDate start = LocalDate.of(2018, 4, 1);
        String programme = api.programme("SURREY", fields("systemCode", "SURREY", "title", "Surrey Heartlands Academy",
                "kind", "SYSTEM_LEADERSHIP", "aims", "A virtual network that supports future leaders and trains colleagues across the"
                        + " system to find, adopt and spread innovation and best practice beyond organisational boundaries, and to reduce"
                        + " unwarranted clinical variation." + SYNTHETIC,
                "commissionerId", ics, "deliveryPartnerIds", List.of(academy), "startDate", start.toString(), "endDate", "2019-03-31",
                "funding", fields("amountPence", FUND_SHARE_PENCE, "source", NATIONAL_FUND), "completionThresholdPercent", 66));
        List<Synthetic.Role> roles = List.of(
                new Synthetic.Role("GP", "NHS_PRIMARY_CARE", practices, "GP"),
                new Synthetic.Role("CONSULTANT", "NHS_ACUTE", List.of(royalSurrey), "Consultant"),
                new Synthetic.Role("NURSE", "NHS_COMMUNITY", List.of(community), "Community matron"),
                new Synthetic.Role("MIDWIFE", "NHS_ACUTE", List.of(royalSurrey), "Midwife"),
                new Synthetic.Role("SOCIAL_WORKER", "SOCIAL_CARE", List.of(council), "Social worker"),
                new Synthetic.Role("MANAGER", "NHS_COMMISSIONING", List.of(ics), "Programme manager"));
        String fellows = api.cohort(programme, "Academy fellows 2018-19", 40, start, LocalDate.of(2019, 3, 31));
        List<Synthetic.Session> academySessions = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            academySessions.add(new Synthetic.Session(s % 2 == 0 ? "Spreading innovation workshop" : "Network event",
                    s % 2 == 0 ? "WORKSHOP" : "NETWORK_EVENT", weekday(start.plusMonths(2L * s).plusDays(12)), "Guildford"));
        }
        Cohort run = runCohort(invent, "SURREY", programme, fellows, api.sessions(fellows, academySessions),
                invent.people(40, roles, List.of(2, 1, 2, 1, 1, 1)), false, true);
        String advice = api.project(programme, fields("systemCode", "SURREY", "title", "Advice and guidance telephone service for GPs, Guildford and Waverley",
                "theme", "PRIMARY_CARE_ACCESS", "aim", "GPs get specialist advice by telephone instead of referring to outpatients.",
                "originProgrammeId", programme, "originCohortId", fellows, "leadParticipantIds", List.of(run.participantIds.get(0)),
                "teamParticipantIds", run.participantIds.subList(1, 5)), "SUSTAINING", PROJECT_STAGES);
        // 7% fewer referrals from October 2018; the months and counts are invented around the published 7%
        LocalDate adviceLine = LocalDate.of(2018, 10, 1);
        String referrals = api.measure(advice, fields("projectId", advice, "name", "GP referrals to outpatients, Guildford and Waverley",
                "kind", "OUTCOME", "unit", "referrals a month", "direction", "DECREASE", "baseline", 5200.0,
                "rebaseDates", List.of(adviceLine.toString())),
                invent.monthly(LocalDate.of(2017, 4, 1), 36, 5200, 5200 * 0.93, adviceLine, 90));
        // every attribution, confidence and unit value below is invented for the demo: the case study publishes none
        api.benefit(advice, fields("projectId", advice, "category", "ACTIVITY", "description",
                "A seven per cent decrease in GP referrals to outpatients across Guildford and Waverley", "value", 7,
                "unit", "% fewer GP referrals", "periodStart", "2018-10-01", "periodEnd", "2019-03-31", "cashable", false,
                "evidenceLevel", "SELF_REPORTED", "attribution", invented(40, "EXPERTS_ESTIMATE", 60, "Clinical commissioning leads")));
        api.benefit(advice, fields("projectId", advice, "category", "FINANCIAL", "description",
                "Outpatient referrals avoided, valued from the referrals chart", "derivedFromMeasureId", referrals,
                "unitValue", 120, "unitValueSource", "Invented for the demo: a first outpatient attendance at an NHS reference cost",
                "recurrence", "MONTHLY", "periodStart", adviceLine.toString(), "periodEnd", "2020-03-31", "cashable", false,
                "evidenceLevel", "AUDITED", "attribution", invented(40, "EXPERTS_ESTIMATE", 60, "Clinical commissioning leads")));
        String olderPeople = api.project(programme, fields("systemCode", "SURREY", "title", "A team dedicated to people over 65: seeing patients earlier at home",
                "theme", "FRAILTY", "aim", "Avoid unnecessary nights in hospital for people over 65.", "originProgrammeId", programme,
                "originCohortId", fellows, "leadParticipantIds", List.of(run.participantIds.get(2)),
                "teamParticipantIds", run.participantIds.subList(5, 9)), "SUSTAINING", PROJECT_STAGES);
        api.measure(olderPeople, fields("projectId", olderPeople, "name", "Hospital bed nights, people over 65 (emergency admissions)",
                "kind", "OUTCOME", "unit", "bed nights a month", "direction", "DECREASE", "baseline", 3100.0, "fixedBaselinePoints", 12),
                invent.monthly(LocalDate.of(2017, 4, 1), 36, 3100, 2800, LocalDate.of(2018, 4, 1), 60));
        api.benefit(olderPeople, fields("projectId", olderPeople, "category", "CAPACITY", "description",
                "3,600 unnecessary nights in hospital avoided by seeing people over 65 earlier at home", "value", 3600,
                "unit", "hospital nights avoided", "periodStart", "2018-04-01", "periodEnd", "2019-03-31", "cashable", false,
                "evidenceLevel", "SELF_REPORTED",
                "attribution", invented(25, "MANAGERS_ESTIMATE", 80, "Over-65s team service managers")));
        // no unit value for the nights: the £4m below is what they released, and valuing both would count it twice
        api.benefit(olderPeople, fields("projectId", olderPeople, "category", "FINANCIAL", "description",
                "Around £4 million freed up to be reinvested", "value", 4_000_000, "unit", "GBP",
                "periodStart", "2018-04-01", "periodEnd", "2019-03-31", "cashable", true, "evidenceLevel", "SELF_REPORTED",
                "attribution", invented(25, "MANAGERS_ESTIMATE", 80, "Over-65s team service managers")));
        api.project(programme, fields("systemCode", "SURREY", "title", "A 24/7 advice line for pregnant women", "theme", "MATERNITY",
                "aim", "Help reduce stillbirth and perinatal death rates.", "originProgrammeId", programme, "originCohortId", fellows,
                "leadParticipantIds", List.of(run.participantIds.get(3))), "SUSTAINING", PROJECT_STAGES);
        api.cost(programme, "DELIVERY", "Academy network events and workshops", 4_200_000);
        api.finishProgramme(programme);

        LocalDate launch = LocalDate.of(2019, 6, 1);
        String surrey500 = api.programme("SURREY", fields("systemCode", "SURREY", "title", "Surrey 500", "kind", "SYSTEM_LEADERSHIP",
                "aims", "A new system leadership programme developed with the Surrey Heartlands Workforce Action Board: leadership"
                        + " training for 500 staff across Surrey Heartlands." + SYNTHETIC,
                "commissionerId", board, "deliveryPartnerIds", List.of(academy), "startDate", launch.toString(), "endDate", "2020-05-31",
                "capacity", 500, "funding", fields("amountPence", 30_000_000L, "source", "Surrey Heartlands Workforce Action Board"),
                "completionThresholdPercent", 66));
        for (int c = 0; c < 4; c++) {
            LocalDate from = launch.plusMonths(2L * c);
            String cohort = api.cohort(surrey500, "Surrey 500 cohort " + (c + 1), 50, from, from.plusMonths(6));
            List<Synthetic.Session> sessions = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                sessions.add(new Synthetic.Session("System leadership module " + (s + 1), s == 0 ? "RESIDENTIAL" : "WORKSHOP",
                        weekday(from.plusMonths(s).plusDays(9)), c % 2 == 0 ? "Guildford" : "Epsom"));
            }
            Cohort cohortRun = runCohort(invent, "SURREY", surrey500, cohort, api.sessions(cohort, sessions),
                    invent.people(50, roles, List.of(2, 2, 3, 1, 2, 2)), false, c < 2);
            if (c == 0) {
                hlm(invent, surrey500, cohort, cohortRun);
            }
        }
    }

    private List<String> practices(String system, String... names) {
        return java.util.Arrays.stream(names).map(name -> api.organisation(system, name, "GP_PRACTICE")).toList();
    }

    /** One cohort's enrolments and its people's ids, in the order they were invented. */
    private record Cohort(String cohort, List<String> participantIds, List<JsonNode> enrolments, List<JsonNode> completed) {
    }

    /**
     * Registers the people, enrols them, takes every register (a few withdraw half-way), and, when
     * the cohort has finished, completes those who attended enough.
     */
    private Cohort runCohort(Synthetic invent, String system, String programme, String cohort, List<String> sessions,
            List<Synthetic.Person> people, boolean accredited, boolean finished) {
        Map<String, String> ids = api.participants(system, people);
        List<String> participantIds = people.stream().map(person -> ids.get(person.email())).toList();
        Map<String, String> pathways = new LinkedHashMap<>();
        participantIds.forEach(id -> pathways.put(id, accredited && invent.chance(0.45) ? "ACCREDITED" : "CORE"));
        Map<String, JsonNode> enrolled = api.enrolments(programme, cohort, participantIds, pathways);
        List<JsonNode> enrolments = participantIds.stream().map(enrolled::get).toList();
        int[] present = new int[enrolments.size()];
        int[] withdrawsAfter = new int[enrolments.size()];
        double[] commitment = new double[enrolments.size()];
        for (int e = 0; e < enrolments.size(); e++) {
            commitment[e] = invent.commitment();
            withdrawsAfter[e] = invent.chance(0.04) ? sessions.size() / 2 : sessions.size();
        }
        for (int s = 0; s < sessions.size(); s++) {
            Map<JsonNode, String> marks = new LinkedHashMap<>();
            for (int e = 0; e < enrolments.size(); e++) {
                String mark = invent.mark(commitment[e]);
                if (s < withdrawsAfter[e]) {
                    marks.put(enrolments.get(e), mark);
                    present[e] += mark.equals("PRESENT") ? 1 : 0;
                }
            }
            if (finished || s < sessions.size() / 2) {
                api.register(sessions.get(s), marks);
            }
        }
        List<JsonNode> completed = new ArrayList<>();
        for (int e = 0; e < enrolments.size(); e++) {
            JsonNode enrolment = enrolments.get(e);
            boolean submitted = invent.chance(0.85);
            if (withdrawsAfter[e] < sessions.size()) {
                if (!enrolment.path("status").asText().equals("WITHDRAWN")) {
                    api.withdraw(enrolment);
                }
            } else if (finished && present[e] * 100 >= threshold(programme) * sessions.size()) {
                api.complete(enrolment, submitted);
                completed.add(enrolment);
            }
        }
        return new Cohort(cohort, participantIds, enrolments, completed);
    }

    private final Map<String, Integer> thresholds = new LinkedHashMap<>();

    private int threshold(String programme) {
        return thresholds.computeIfAbsent(programme, id -> api.programmeThreshold(id));
    }

    /** The Healthcare Leadership Model before (most enrolled people) and after (most who completed). */
    private void hlm(Synthetic invent, String programme, String cohort, Cohort run) {
        api.awaitEvaluation(programme, run.enrolments.size());
        List<String> pair = api.leadershipModelSurvey(programme, cohort);
        for (JsonNode enrolment : run.enrolments) {
            double self = invent.gaussian(2.9, 0.45);
            double gain = invent.gaussian(0.55, 0.3);
            boolean before = invent.chance(0.92);
            boolean after = run.completed.contains(enrolment) && invent.chance(0.85);
            List<Map<String, Object>> pre = new ArrayList<>();
            List<Map<String, Object>> post = new ArrayList<>();
            for (String question : HLM_DIMENSIONS) {
                double dimension = invent.gaussian(0, 0.25);
                pre.add(fields("question", question, "number", invent.likert(self + dimension)));
                post.add(fields("question", question, "number", invent.likert(self + dimension + gain)));
            }
            if (before) {
                api.respond(pair.get(0), enrolment.get("id").asText(), pre);
            }
            if (after) {
                api.respond(pair.get(1), enrolment.get("id").asText(), post);
            }
        }
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
