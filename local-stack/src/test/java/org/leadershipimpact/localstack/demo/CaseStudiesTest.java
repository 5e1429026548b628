package org.leadershipimpact.localstack.demo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseStudiesTest {

    @Test
    void everyOrganisationACaseStudyNamesIsOneItPutsIn() {
        for (CaseStudy caseStudy : CaseStudies.ALL) {
            List<String> named = new ArrayList<>();
            for (CaseStudy.Step step : caseStudy.steps()) {
                if (step instanceof CaseStudy.Programme p) {
                    organisationsIn(p.fields(), named);
                } else if (step instanceof CaseStudy.Project p) {
                    organisationsIn(p.fields(), named);
                } else if (step instanceof CaseStudy.Cohort c) {
                    c.people().roles().forEach(role -> named.addAll(role.organisations()));
                }
            }
            List<String> putIn = caseStudy.organisations().stream().map(CaseStudy.Organisation::name).toList();
            assertTrue(putIn.containsAll(named), caseStudy.heading() + " names " + named + " but puts in " + putIn);
        }
    }

    @Test
    void theSeedsFiveCaseStudiesAreLoadedInTheirOrderEachWithItsOwnInventions() {
        assertEquals(List.of("stepney-and-whitechapel", "tower-hamlets", "stp-work-streams", "hertfordshire", "frimley", "surrey-heartlands"),
                CaseStudies.ALL.stream().map(CaseStudy::seed).toList());
        assertTrue(CaseStudies.ALL.stream().allMatch(c -> c.steps().get(0) instanceof CaseStudy.Programme), "each starts with its programme");
    }

    private static void organisationsIn(Object value, List<String> named) {
        if (value instanceof CaseStudy.Org org) {
            named.add(org.name());
        }
        Stream<?> inside = value instanceof Map<?, ?> map ? map.values().stream() : value instanceof Collection<?> c ? c.stream() : Stream.empty();
        inside.forEach(v -> organisationsIn(v, named));
    }
}
