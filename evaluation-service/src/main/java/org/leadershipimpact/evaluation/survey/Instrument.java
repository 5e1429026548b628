package org.leadershipimpact.evaluation.survey;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.leadershipimpact.platform.SystemRecord;
import org.leadershipimpact.platform.paging.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A survey of a programme (or one cohort of it), tagged with the Kirkpatrick level it gives evidence for. */
@Entity
@Table(name = "instrument")
public class Instrument extends SystemRecord {

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(nullable = false)
    public String title;

    /** 1 reaction, 2 learning, 3 behaviour, 4 results. */
    @Column(name = "kirkpatrick_level", nullable = false)
    public int kirkpatrickLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Timing timing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Respondents respondents;

    @Column(name = "one_per_person", nullable = false)
    public boolean onePerPerson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstrumentStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question", joinColumns = @JoinColumn(name = "instrument_id"))
    @OrderColumn(name = "position")
    public List<Question> questions = new ArrayList<>();

    public static Instrument of(String systemCode) {
        Instrument instrument = new Instrument();
        instrument.identify(systemCode);
        instrument.status = InstrumentStatus.OPEN;
        return instrument;
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code.equals(code)).findFirst();
    }

    public static List<Instrument> ofProgramme(UUID programmeId) {
        return list("programmeId", Sort.by("id"), programmeId);
    }

    public static List<Instrument> page(PageRequest page, Collection<String> systems, UUID programmeId) {
        PageRequest.Keyset keyset = page.keysetWithin(systems)
                .and(programmeId != null, "programmeId = :programme", "programme", programmeId);
        return find(keyset.where(), Sort.by("id"), keyset.parameters()).page(0, page.fetchSize()).list();
    }
}
