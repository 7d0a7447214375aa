package nl.spreiding.platform.api;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The page a client asks for: {@code ?pagina=2&paginaGrootte=100}. Use with {@code @BeanParam @Valid}. */
public class Paginering {

    public static final int MAX_PAGINA_GROOTTE = 500;
    /** Far beyond any list here, and low enough that the offset of the page fits in an int. */
    public static final int MAX_PAGINA = 1_000_000;

    @QueryParam("pagina")
    @DefaultValue("1")
    @Min(1)
    @Max(MAX_PAGINA)
    @Parameter(description = "Paginanummer, vanaf 1 (ten hoogste 1.000.000); een pagina na de laatste is leeg", example = "1")
    int pagina = 1;

    @QueryParam("paginaGrootte")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_PAGINA_GROOTTE)
    @Parameter(description = "Aantal resultaten per pagina (1 tot en met 500)", example = "50")
    int paginaGrootte = 50;

    public Paginering() {
    }

    public Paginering(int pagina, int paginaGrootte) {
        this.pagina = pagina;
        this.paginaGrootte = paginaGrootte;
    }

    public int pagina() {
        return pagina;
    }

    public int paginaGrootte() {
        return paginaGrootte;
    }

    public int offset() {
        return (pagina - 1) * paginaGrootte;
    }
}
