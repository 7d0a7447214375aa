package nl.spreiding.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.spreiding.allocation.gebeurtenissen.AllocatieGebeurtenissen;
import nl.spreiding.local.LocalKafka;
import nl.spreiding.local.LocalPostgres;
import nl.spreiding.local.ServiceProcess;
import nl.spreiding.testsupport.TopicProbe;
import nl.spreiding.local.token.TokenSleutel;
import nl.spreiding.local.token.Tokens;

/**
 * Two replicas of the packaged service against one database and one broker, as on Kubernetes: both migrate at start
 * (Flyway's lock lets one do it), both take writes, and their outbox relays together publish every event once.
 */
class TweeInstantiesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static final List<ServiceProcess> INSTANTIES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start(null, 0);
        postgres.ensureDatabase("allocation");
        kafka = LocalKafka.start(null);
        Path logs = Files.createDirectories(Path.of("target", "twee-instanties"));
        for (int i = 1; i <= 2; i++) {
            INSTANTIES.add(ServiceProcess.start("allocation-" + i, Path.of("target/quarkus-app/quarkus-run.jar"), vrijePoort(),
                    Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("allocation"),
                            "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                            "QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                            "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                            // Trust the tokens this JVM signs, as SpreidingTestInfrastructure does for @QuarkusTest.
                            "MP_JWT_VERIFY_PUBLICKEY", TokenSleutel.vanDezeJvm().publicKeyPem(),
                            "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER),
                    logs));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (ServiceProcess instantie : INSTANTIES) {
            while (!instantie.isReady()) {
                assertThat(instantie.isAlive()).as(instantie.name() + " stopped:\n" + instantie.logTail(30)).isTrue();
                assertThat(System.nanoTime()).as(instantie.name() + " not ready in time").isLessThan(deadline);
                Thread.sleep(300);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        INSTANTIES.forEach(i -> i.stop(Duration.ofSeconds(20)));
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void beideInstantiesNemenSchrijfverzoekenAanEnElkeGebeurtenisWordtEenKeerGepubliceerd() throws Exception {
        List<String> cycli = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            String cyclus = (2200 + 2 * n) + "-" + (2202 + 2 * n);
            ServiceProcess instantie = INSTANTIES.get(n % 2);
            HttpResponse<String> antwoord = HTTP.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + instantie.port() + "/api/v1/cycli"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + Tokens.minister())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"cyclus\":\"" + cyclus + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
            assertThat(antwoord.body()).contains("\"geopendDoor\":\"minister@minjenv.example\"");
            cycli.add(cyclus);
        }

        List<ConsumerRecord<String, byte[]>> records = new TopicProbe(kafka.bootstrapServers()).readUntil(AllocatieGebeurtenissen.TOPIC,
                rs -> rs.stream().map(ConsumerRecord::key).distinct().count() >= cycli.size(), Duration.ofSeconds(30));
        List<String> ids = records.stream().map(r -> TopicProbe.headers(r).get("ce_id")).toList();
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(cycli);
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);

        for (ServiceProcess instantie : INSTANTIES) {
            String lijst = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + instantie.port() + "/api/v1/cycli"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(lijst).contains(cycli.get(0), cycli.get(cycli.size() - 1));
        }
    }

    @Test
    void deVerpakteServiceWeigertSchrijvenZonderGeldigToken() throws Exception {
        ServiceProcess instantie = INSTANTIES.get(0);
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + instantie.port() + "/api/v1/cycli"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"cyclus\":\"2400-2402\"}"));
        HttpResponse<String> anoniem = HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anoniem.statusCode()).as(anoniem.body()).isEqualTo(401);
        assertThat(anoniem.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        HttpResponse<String> coa = HTTP.send(verzoek.header("Authorization", "Bearer " + Tokens.coa()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(coa.statusCode()).as(coa.body()).isEqualTo(403);
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
