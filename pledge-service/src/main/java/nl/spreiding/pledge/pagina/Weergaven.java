package nl.spreiding.pledge.pagina;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.overzicht.OverzichtDtos.Regel;
import nl.spreiding.pledge.pagina.Dekking.Stap;

/** What the three pages show, ready for the templates (no logic left for them but loops and ifs). */
public final class Weergaven {

    private Weergaven() {
    }

    /**
     * The choices at the top of every page: cycle, target group, measure, and the date of the state shown
     * ({@code peildatum}: today, or an earlier day from {@code eerste} on, the day the cycle's current task was set).
     */
    public record Keuze(String cyclus, List<String> cycli, Doelgroep doelgroep, List<Doelgroep> doelgroepen,
            Maat maat, LocalDate peildatum, LocalDate vandaag, LocalDate eerste) {

        /** The query string that keeps these choices on a link (the date only when it is not today). */
        public String query() {
            return "cyclus=" + cyclus + "&doelgroep=" + doelgroep + "&maat=" + maat.name().toLowerCase()
                    + (verleden() ? "&peildatum=" + peildatum : "");
        }

        /** The same choices at today's date. */
        public String queryVandaag() {
            return "cyclus=" + cyclus + "&doelgroep=" + doelgroep + "&maat=" + maat.name().toLowerCase();
        }

        public boolean verleden() {
            return peildatum.isBefore(vandaag);
        }

        /** The end of the day shown (the next day's start, Dutch time); null for today, which is the state now. */
        public Instant tot() {
            return verleden() ? peildatum.plusDays(1).atStartOfDay(Paginas.NL).toInstant() : null;
        }

        public Keuze metMaat(Maat andere) {
            return new Keuze(cyclus, cycli, doelgroep, doelgroepen, andere, peildatum, vandaag, eerste);
        }
    }

    /** Pledged or realised places against the task. */
    public enum Maat {
        TOEGEZEGD("toegezegd"), GEREALISEERD("gerealiseerd");

        private final String woord;

        Maat(String woord) {
            this.woord = woord;
        }

        public String woord() {
            return woord;
        }

        public static Maat van(String naam) {
            return naam == null ? TOEGEZEGD : valueOf(naam.toUpperCase());
        }
    }

    /** One municipality on the national map and in its table; {@code regel} null when it has no task in the group. */
    public record KaartGemeente(String code, String naam, String provinciecode, String pad, Stap stap, Integer procent,
            Regel regel, String label) {
    }

    public record KaartProvincie(String code, String naam, String pad) {
    }

    /** One province's bar: the four numbers and their widths (of 400 units, against the largest task). */
    public record ProvincieBalk(String code, String naam, int opgave, int toegezegd, int gerealiseerd, int tekort,
            int breedteOpgave, int breedteToegezegd, int breedteGerealiseerd, int breedteTekort, int y) {
    }

    public record Landelijk(Keuze keuze, List<KaartGemeente> gemeenten, List<KaartProvincie> provincies,
            List<ProvincieBalk> balken, int balkenHoogte, List<Stap> legenda, Stap geen, Termijnen.Lijst termijnen,
            String bron, String viewBox) {
    }

    /** One municipality at the regietafel. */
    public record RegietafelRegel(String code, String naam, Regel regel, String aanwijzing, LocalDate realisatieUiterlijk,
            int procent, String verrekendMet) {
    }

    /** The column a table is sorted on, and its header text. */
    public record Kolom(String naam, String kop, boolean actief, String richting, String link, String ariaSort) {
    }

    public record Regietafel(Keuze keuze, String provinciecode, String naam, List<RegietafelRegel> regels,
            List<Kolom> kolommen, Totaal totaal, String planstatus, String zoek, boolean alleenTekort,
            String csvLink, int aantalGemeenten) {
    }

    public record Totaal(int opgave, int amvOpgave, int bestaandePlaatsen, int uitruil, int opgaveNaUitruil,
            int toegezegd, int amvToegezegd, int gerealiseerd, int verrekend, int kansrijk, int nietMeegeteld, int saldo) {
    }

    /** One pledge, with whether it counts towards the task and, if not, why ({@code telling}). */
    public record Toezeggingregel(String locatie, Doelgroep doelgroep, int aantalPlaatsen, int aantalAmv,
            boolean duurzaam, String status, LocalDate beschikbaarVanaf, boolean telt, String telling) {
    }

    /** One crediting of the municipality: places in (from another municipality) or out (to one). */
    public record Verrekeningregel(String richting, String andereGemeente, int aantalPlaatsen, String status,
            LocalDate tot, boolean telt) {
    }

    /** The Ukrainian reception reported for one month: the latest report per location, summed. */
    public record Oekraineregel(String maand, int locaties, long capaciteit, long bezettingEindeMaand, long plaatsdagen) {
    }

    public record Realisatieregel(String locatie, Doelgroep doelgroep, int aantal, boolean duurzaam, LocalDate gemeldOp) {
    }

    public record Aanwijzingregel(int aantalPlaatsen, int aantalAmv, String status, LocalDate realisatieUiterlijk) {
    }

    public record Opgaveregel(Regel regel, String uitlegLink) {
    }

    public record Gemeente(Keuze keuze, String gemeentecode, String naam, String provinciecode, String provincienaam,
            List<Opgaveregel> opgaven, List<Toezeggingregel> toezeggingen, List<Realisatieregel> realisaties,
            List<Aanwijzingregel> aanwijzingen, List<Verrekeningregel> verrekeningen, Oekraineregel oekraine,
            Termijnen.Lijst termijnen, String icsLink) {
    }
}
