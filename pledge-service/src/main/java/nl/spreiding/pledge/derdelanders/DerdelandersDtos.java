package nl.spreiding.pledge.derdelanders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.spreiding.pledge.api.Codes;

/** What COA reports about derdelanders and what a municipality reads back: counts and dates only. */
public final class DerdelandersDtos {

    private DerdelandersDtos() {
    }

    /**
     * COA's count for one municipality on one date. A class, not a record, so that it can collect the names of
     * fields it does not know: they are refused (a name or an identifier must never be stored by accident).
     */
    @Schema(name = "DerdelandersMelding", description = "De telling van COA voor één gemeente op één datum: hoeveel "
            + "derdelanders de gemeente nog opvangt tot COA hen overneemt. Alleen een aantal en een datum: elk ander veld "
            + "(zoals een naam of nummer) wordt geweigerd.", example = """
            {"gemeentecode":"GM0014","peildatum":"2024-03-05","nogOverTePlaatsen":12}""")
    public static class Melding {

        @NotNull
        @Pattern(regexp = Codes.GEMEENTE, message = Codes.GEMEENTE_MELDING)
        @Schema(required = true, description = "CBS-code van de gemeente die hen opvangt", example = "GM0014")
        public String gemeentecode;

        @NotNull
        @Schema(required = true, description = "Datum van de telling; niet vóór 5 maart 2024 (registratie bij COA vanaf die "
                + "dag)", example = "2024-03-05")
        public LocalDate peildatum;

        @NotNull
        @Min(0)
        @Max(100000)
        @Schema(required = true, minimum = "0", maximum = "100000", description = "Aantal personen dat COA nog moet "
                + "overnemen", example = "12")
        public Integer nogOverTePlaatsen;

        @JsonIgnore
        private final List<String> onbekend = new ArrayList<>();

        @JsonAnySetter
        void onbekendVeld(String naam, Object waarde) {
            onbekend.add(naam);
        }

        public List<String> onbekendeVelden() {
            return List.copyOf(onbekend);
        }
    }

    @Schema(name = "DerdelandersTelling", description = "Een vastgelegde telling van COA.")
    public record MeldingDto(@Schema(description = "Id van de telling") UUID id,
            @Schema(description = "CBS-code van de provincie", example = "PV20") String provinciecode,
            @Schema(description = "CBS-code van de gemeente", example = "GM0014") String gemeentecode,
            @Schema(description = "Datum van de telling", example = "2024-03-05") LocalDate peildatum,
            @Schema(description = "Nog over te plaatsen", example = "12") int nogOverTePlaatsen,
            @Schema(description = "Wanneer gemeld (UTC)") Instant gemeldOp,
            @Schema(description = "Wie meldde (upn uit het token)") String gemeldDoor) {

        static MeldingDto van(DerdelandersMelding m) {
            return new MeldingDto(m.id, m.provinciecode, m.gemeentecode, m.peildatum, m.nogOverTePlaatsen, m.gemeldOp,
                    m.gemeldDoor);
        }
    }

    @Schema(name = "DerdelandersPlaatsdagen", description = "Een telling en de dagen waarop zij geldt.")
    public record RegelDto(@Schema(description = "Eerste dag", example = "2024-03-05") LocalDate van,
            @Schema(description = "Laatste dag", example = "2024-03-31") LocalDate tot,
            @Schema(description = "Dagen", example = "27") long dagen,
            @Schema(description = "Nog over te plaatsen", example = "12") int aantal,
            @Schema(description = "Aantal × dagen", example = "324") long plaatsdagen,
            @Schema(description = "De berekening in woorden") String toelichting) {

        static RegelDto van(Plaatsdagen.Regel r) {
            return new RegelDto(r.van(), r.tot(), r.dagen(), r.aantal(), r.plaatsdagen(), r.toelichting());
        }
    }

    @Schema(name = "DerdelandersOverzicht", description = "De tellingen van COA voor een gemeente en de declarabele "
            + "plaatsdagen: een telling geldt vanaf haar datum tot de volgende telling, de laatste tot en met 'tot'.")
    public record Overzicht(@Schema(description = "CBS-code van de gemeente", example = "GM0014") String gemeentecode,
            @Schema(description = "Laatste dag van de berekening", example = "2024-04-30") LocalDate tot,
            @Schema(description = "De geldende tellingen (de laatste per datum), oudste eerst") List<MeldingDto> tellingen,
            @Schema(description = "Per telling de plaatsdagen") List<RegelDto> regels,
            @Schema(description = "Declarabele plaatsdagen samen", example = "549") long plaatsdagen,
            @Schema(description = "De berekening in woorden") String toelichting) {
    }
}
