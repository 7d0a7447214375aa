package nl.spreiding.pledge.pagina;

import java.time.LocalDate;
import java.util.List;

import nl.spreiding.pledge.opgave.Doelgroep;
import nl.spreiding.pledge.overzicht.OverzichtDtos.Regel;
import nl.spreiding.pledge.pagina.Dekking.Stap;

/** What the three pages show, ready for the templates (no logic left for them but loops and ifs). */
public final class Weergaven {

    private Weergaven() {
    }

    /** The choices at the top of every page: cycle, target group, measure, and the date of the state shown. */
    public record Keuze(String cyclus, List<String> cycli, Doelgroep doelgroep, List<Doelgroep> doelgroepen,
            Maat maat, LocalDate peildatum) {

        /** The query string that keeps these choices on a link. */
        public String query() {
            return "cyclus=" + cyclus + "&doelgroep=" + doelgroep + "&maat=" + maat.name().toLowerCase();
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
            int procent) {
    }

    /** The column a table is sorted on, and its header text. */
    public record Kolom(String naam, String kop, boolean actief, String richting, String link, String ariaSort) {
    }

    public record Regietafel(Keuze keuze, String provinciecode, String naam, List<RegietafelRegel> regels,
            List<Kolom> kolommen, Totaal totaal, String planstatus, String zoek, boolean alleenTekort,
            String csvLink, int aantalGemeenten) {
    }

    public record Totaal(int opgave, int amvOpgave, int bestaandePlaatsen, int uitruil, int opgaveNaUitruil,
            int toegezegd, int amvToegezegd, int gerealiseerd, int saldo) {
    }

    public record Toezeggingregel(String locatie, Doelgroep doelgroep, int aantalPlaatsen, int aantalAmv,
            boolean duurzaam, String status, LocalDate beschikbaarVanaf) {
    }

    public record Realisatieregel(String locatie, Doelgroep doelgroep, int aantal, boolean duurzaam, LocalDate gemeldOp) {
    }

    public record Aanwijzingregel(int aantalPlaatsen, int aantalAmv, String status, LocalDate realisatieUiterlijk) {
    }

    public record Opgaveregel(Regel regel, String uitlegLink) {
    }

    public record Gemeente(Keuze keuze, String gemeentecode, String naam, String provinciecode, String provincienaam,
            List<Opgaveregel> opgaven, List<Toezeggingregel> toezeggingen, List<Realisatieregel> realisaties,
            List<Aanwijzingregel> aanwijzingen, Termijnen.Lijst termijnen, String icsLink) {
    }
}
