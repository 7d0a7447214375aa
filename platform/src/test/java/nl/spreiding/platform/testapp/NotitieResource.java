package nl.spreiding.platform.testapp;

import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.ProblemException;
import nl.spreiding.platform.outbox.Outbox;

/** Test-only resource: writes a state change and its event in one transaction, or fails on request. */
@Path("/api/v1/notities")
@Produces(MediaType.APPLICATION_JSON)
public class NotitieResource {

    public static final String TOPIC = "spreiding.test.v1";
    public static final String TYPE = "nl.spreiding.test.notitie.geschreven";

    private final Outbox outbox;

    public NotitieResource(Outbox outbox) {
        this.outbox = outbox;
    }

    public record NieuweNotitie(@NotBlank String tekst, @Positive @Max(1000) int aantal) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Map<String, Object> schrijf(@Valid NieuweNotitie nieuw, @QueryParam("mislukt") boolean mislukt) {
        Notitie notitie = new Notitie();
        notitie.tekst = nieuw.tekst();
        notitie.aantal = nieuw.aantal();
        notitie.persist();
        outbox.record(TOPIC, TYPE, "notitie/" + notitie.id, "notitie/" + notitie.id,
                Map.of("id", notitie.id, "tekst", notitie.tekst));
        if (mislukt) {
            throw new IllegalStateException("failure after the event was recorded");
        }
        return Map.of("id", notitie.id);
    }

    @GET
    @Path("/{id}")
    public Notitie lees(@PathParam("id") long id) {
        Notitie notitie = Notitie.findById(id);
        if (notitie == null) {
            throw ProblemException.notFound("Notitie " + id + " bestaat niet.");
        }
        return notitie;
    }
}
