package org.leadershipimpact.evaluation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.leadershipimpact.testsupport.RealInfrastructure;

/** Every test of this module runs against real PostgreSQL (database "evaluation") and real Kafka. */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
public class WithRealInfrastructure {
}
