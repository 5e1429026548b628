package org.leadershipimpact.programmes;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.leadershipimpact.testsupport.RealInfrastructure;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service's topic is the history read models are rebuilt from: the broker must never expire its events. */
@QuarkusTest
class TopicRetentionTest {

    @Test
    void theServicesTopicKeepsItsEventsForEver() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "programmes.events");
            String retention = admin.describeConfigs(List.of(topic)).all().get().get(topic).get(TopicConfig.RETENTION_MS_CONFIG).value();
            assertEquals("-1", retention, "programmes.events' retention.ms");
        }
    }
}
