package org.leadershipimpact.projects;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.leadershipimpact.testsupport.RealInfrastructure;

/** Every test of this module runs against real PostgreSQL (database "projects") and real Kafka. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "projects"))
public class WithRealInfrastructure {
}
