package nl.industriemonitor.data;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/** The endpoints a load balancer asks: live, and ready with the data version this instance serves. */
@QuarkusTest
class HealthEndpointTest {

    @Inject
    SnapshotHolder snapshots;

    @Test
    void readyReportsTheDataAndTheDatabase() {
        int version = (int) snapshots.current().version();
        given().get("/q/health/ready").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'data' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'data' }.data.version", equalTo(version))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void liveAnswersWithoutAnyCheck() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
