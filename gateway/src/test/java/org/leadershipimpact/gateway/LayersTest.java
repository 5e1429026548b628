package org.leadershipimpact.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.leadershipimpact.testsupport.Layers;

@AnalyzeClasses(packages = "org.leadershipimpact.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchTests dependenciesPointOneWay = ArchTests.in(Layers.class);
}
