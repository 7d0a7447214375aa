package nl.spreiding.platform.testapp;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.platform.security.Rollen;

/** Test-only resource: a province acts for itself, the minister for every province. */
@Path("/api/v1/provinciezaken/{provincie}")
@Produces(MediaType.APPLICATION_JSON)
public class ProvinciezaakResource {

    private final Aanvrager aanvrager;

    public ProvinciezaakResource(Aanvrager aanvrager) {
        this.aanvrager = aanvrager;
    }

    @POST
    @RolesAllowed({ Rollen.PROVINCIE, Rollen.MINISTER })
    public Map<String, String> behandel(@PathParam("provincie") String provincie) {
        aanvrager.vereistNamens(provincie, Rollen.MINISTER);
        return Map.of("door", aanvrager.naam(), "organisatie", aanvrager.organisatie().orElse("-"));
    }
}
