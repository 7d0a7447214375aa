package nl.spreiding.platform;

import io.quarkus.test.common.QuarkusTestResource;
import nl.spreiding.testsupport.SpreidingTestInfrastructure;

/** Registers the shared PostgreSQL + Kafka test resource for every test of this module. */
@QuarkusTestResource(SpreidingTestInfrastructure.class)
public class PlatformTestResources {
}
