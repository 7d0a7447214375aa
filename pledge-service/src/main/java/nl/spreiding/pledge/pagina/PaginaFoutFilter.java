package nl.spreiding.pledge.pagina;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.spreiding.platform.api.Problem;

/**
 * A person who follows a link to a page gets an HTML page when something is wrong, not problem+json: every problem
 * answered on a {@code /pagina} path is rendered as the error page, with the same status and the same Dutch words,
 * when the client asks for HTML (a browser does). Other clients, and every {@code /api} path, keep problem+json.
 */
public class PaginaFoutFilter {

    private final Template fout;
    private final PaginaConfig config;

    public PaginaFoutFilter(@Location("pagina/fout") Template fout, PaginaConfig config) {
        this.fout = fout;
        this.config = config;
    }

    /** What the error page shows: the problem, and what to do about it where we know. */
    public record Fout(Problem problem, boolean geenCyclus, boolean geenOpgave, String allocationSwaggerUi) {
    }

    @ServerResponseFilter
    public void naarHtml(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !opPagina(request.getUriInfo().getPath())
                || !wilHtml(request.getHeaderString(HttpHeaders.ACCEPT))) {
            return;
        }
        String html = fout.data("f", new Fout(problem, Paginas.GEEN_CYCLUS.equals(problem.type()),
                Paginas.GEEN_OPGAVE.equals(problem.type()), config.allocationUrl() + "/q/swagger-ui")).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    static boolean opPagina(String pad) {
        return pad.equals("/pagina") || pad.startsWith("/pagina/");
    }

    /** HTML named in Accept with a weight above 0 (a browser's {@code text/html,…,*}{@code /*;q=0.8}); not for {@code *}{@code /*} alone. */
    static boolean wilHtml(String accept) {
        if (accept == null) {
            return false;
        }
        for (String deel : List.of(accept.split(","))) {
            String[] stukken = deel.trim().split(";");
            if (stukken[0].trim().equalsIgnoreCase(MediaType.TEXT_HTML) || stukken[0].trim().equalsIgnoreCase("application/xhtml+xml")) {
                boolean nul = false;
                for (int i = 1; i < stukken.length; i++) {
                    String p = stukken[i].trim().replace(" ", "");
                    nul |= p.equals("q=0") || p.matches("q=0(\\.0*)?");
                }
                if (!nul) {
                    return true;
                }
            }
        }
        return false;
    }
}
