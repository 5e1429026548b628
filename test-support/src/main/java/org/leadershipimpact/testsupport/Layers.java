package org.leadershipimpact.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The direction of dependencies in every service (docs/ARCHITECTURE.md, "Where things live"):
 * {@code rest/} → {@code service/} → entities at the package root, and both ends may use {@code api/},
 * the records clients send and the views services build. Each service's {@code LayersTest} holds its
 * own code to these rules with {@code ArchTests.in(Layers.class)}.
 */
public final class Layers {

    private static final String ROOT = "org.leadershipimpact.";
    private static final List<String> SERVICES = List.of("programmes", "projects", "evaluation", "gateway");

    private Layers() {
    }

    /** {@code rest/} is the edge: services, entities, reports and api records work without HTTP resources. */
    @ArchTest
    static final ArchRule nothingButRestUsesRest = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .because("rest -> service -> entities: the layers below the edge must not know it");

    @ArchTest
    static final ArchRule apiUsesNeitherSide = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..service..")
            .because("api holds the records both rest and service use, so it may import neither")
            // the gateway has no api records of its own
            .allowEmptyShould(true);

    /** Services meet only through events and HTTP; the shared code is platform's and tokens'. */
    @ArchTest
    static void noServiceTouchesAnother(JavaClasses classes) {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> ROOT + s + "..").toArray(String[]::new);
            noClasses()
                    .that().resideInAPackage(ROOT + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("services meet only through their events and APIs")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
