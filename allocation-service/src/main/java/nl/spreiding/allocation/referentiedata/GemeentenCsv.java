package nl.spreiding.allocation.referentiedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.spreiding.allocation.csv.CsvBestand;
import nl.spreiding.allocation.invoer.Invoergrenzen;
import nl.spreiding.allocation.csv.CsvGetal;
import nl.spreiding.platform.errors.DomainException.FieldError;
import nl.spreiding.platform.csv.CsvCel;
import nl.spreiding.platform.csv.CsvDialect;
import nl.spreiding.platform.csv.CsvSchrijver;
import nl.spreiding.platform.csv.Formulecel;

/**
 * The documented CSV layout of a reference year's municipalities (see README), read as a whole: a file is either
 * accepted completely or rejected with every problem, each named {@code regel[N].kolom}.
 */
final class GemeentenCsv {

    static final List<String> VERPLICHTE_KOLOMMEN = List.of("gemeentecode", "gemeentenaam", "provinciecode",
            "aantalInwoners", "peildatumInwoners");
    static final List<String> OPTIONELE_KOLOMMEN = List.of("sesWoaScore", "sesWoaJaargang", "bestaandeDuurzamePlaatsen",
            "peildatumBestaandePlaatsen");
    static final List<String> KOLOMMEN = concat(VERPLICHTE_KOLOMMEN, OPTIONELE_KOLOMMEN);

    static final int MAX_REGELS = 2_000;

    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");

    private GemeentenCsv() {
    }

    /** Thrown with every problem of a rejected file. */
    static final class Afgekeurd extends RuntimeException {
        final transient List<FieldError> problemen;

        Afgekeurd(List<FieldError> problemen) {
            super(problemen.size() + " problemen");
            this.problemen = problemen;
        }
    }

    static List<GemeenteRegel> lees(String tekst, int referentiejaar, Set<String> provinciecodes) {
        List<CsvBestand.Regel> regels = CsvBestand.lees(tekst);
        boolean decimaleKomma = CsvBestand.scheidingsteken(tekst) == ';';
        List<FieldError> problemen = new ArrayList<>();
        if (regels.isEmpty()) {
            throw new Afgekeurd(List.of(new FieldError("regel[1]", "het bestand is leeg; verwacht een kopregel met "
                    + String.join(",", KOLOMMEN))));
        }
        Map<String, Integer> kolom = kolommen(regels.get(0), problemen);
        if (!problemen.isEmpty()) {
            throw new Afgekeurd(problemen);
        }
        if (regels.size() == 1) {
            throw new Afgekeurd(List.of(new FieldError("regel[2]", "het bestand bevat geen gemeenten")));
        }
        if (regels.size() - 1 > MAX_REGELS) {
            throw new Afgekeurd(List.of(new FieldError("regel[" + regels.get(MAX_REGELS + 1).regelnummer() + "]",
                    "meer dan " + MAX_REGELS + " gemeenten")));
        }

        List<GemeenteRegel> gemeenten = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> namen = new HashMap<>();
        for (CsvBestand.Regel regel : regels.subList(1, regels.size())) {
            RegelLezer lezer = new RegelLezer(regel, kolom, decimaleKomma, problemen);
            if (regel.velden().size() != regels.get(0).velden().size()) {
                problemen.add(new FieldError("regel[" + regel.regelnummer() + "]", "heeft " + regel.velden().size()
                        + " velden, de kopregel " + regels.get(0).velden().size()));
                continue;
            }
            String code = lezer.tekst("gemeentecode", true);
            if (code != null && !GEMEENTECODE.matcher(code).matches()) {
                lezer.fout("gemeentecode", Invoergrenzen.citaat(code) + " is geen CBS-gemeentecode (GM + 4 cijfers)");
            } else if (code != null && codes.putIfAbsent(code, regel.regelnummer()) != null) {
                lezer.fout("gemeentecode", code + " komt al voor op regel " + codes.get(code));
            }
            String naam = lezer.tekst("gemeentenaam", true);
            String naamFout = naam == null ? null : Invoergrenzen.tekstFout(naam, Invoergrenzen.MAX_GEMEENTENAAM);
            if (naamFout != null) {
                lezer.fout("gemeentenaam", naamFout);
            } else if (naam != null && (Formulecel.begintAlsFormule(lezer.ruw("gemeentenaam")) || Formulecel.begintAlsFormule(naam))) {
                lezer.fout("gemeentenaam", "een naam mag niet beginnen met " + Formulecel.TEKENS
                        + ": een spreadsheet voert zo'n cel uit als formule");
            } else if (naam != null && namen.putIfAbsent(naam, regel.regelnummer()) != null) {
                lezer.fout("gemeentenaam", "'" + naam + "' komt al voor op regel " + namen.get(naam));
            }
            String provincie = lezer.tekst("provinciecode", true);
            if (provincie != null && !provinciecodes.contains(provincie)) {
                lezer.fout("provinciecode", "provincie " + Invoergrenzen.citaat(provincie) + " bestaat niet");
            }
            Long inwoners = lezer.geheelGetal("aantalInwoners", true, 1, Invoergrenzen.MAX_INWONERS);
            LocalDate peildatum = lezer.datum("peildatumInwoners", true);
            BigDecimal ses = lezer.decimaal("sesWoaScore");
            String sesFout = ses == null ? null : Invoergrenzen.sesWoaFout(ses);
            if (sesFout != null) {
                lezer.fout("sesWoaScore", sesFout);
            }
            Long jaargang = lezer.geheelGetal("sesWoaJaargang", false, 2000, Invoergrenzen.LAATSTE_JAAR);
            if (jaargang != null && jaargang > referentiejaar) {
                lezer.fout("sesWoaJaargang", "jaargang " + jaargang + " ligt na referentiejaar " + referentiejaar);
            }
            if (lezer.leeg("sesWoaScore") != lezer.leeg("sesWoaJaargang")) {
                lezer.fout(lezer.leeg("sesWoaScore") ? "sesWoaScore" : "sesWoaJaargang",
                        "sesWoaScore en sesWoaJaargang horen samen");
            }
            Long bestaande = lezer.geheelGetal("bestaandeDuurzamePlaatsen", false, 0, Invoergrenzen.MAX_PLAATSEN);
            LocalDate peildatumBestaande = lezer.datum("peildatumBestaandePlaatsen", false);
            if (lezer.leeg("bestaandeDuurzamePlaatsen") != lezer.leeg("peildatumBestaandePlaatsen")) {
                lezer.fout(lezer.leeg("bestaandeDuurzamePlaatsen") ? "bestaandeDuurzamePlaatsen" : "peildatumBestaandePlaatsen",
                        "bestaandeDuurzamePlaatsen en peildatumBestaandePlaatsen horen samen");
            }
            if (!lezer.heeftFouten()) {
                gemeenten.add(new GemeenteRegel(code, naam, provincie, inwoners, peildatum, ses,
                        jaargang == null ? null : jaargang.intValue(), bestaande == null ? null : bestaande.intValue(),
                        peildatumBestaande));
            }
        }
        if (!problemen.isEmpty()) {
            throw new Afgekeurd(problemen);
        }
        return gemeenten;
    }

    /** The import layout, so that an export reads back in as it is (in either dialect). */
    static CsvSchrijver schrijf(List<GemeenteRegel> gemeenten, CsvDialect dialect) {
        CsvSchrijver csv = new CsvSchrijver(dialect, KOLOMMEN);
        for (GemeenteRegel g : gemeenten) {
            csv.regel(CsvCel.tekst(g.gemeentecode()), CsvCel.tekst(g.gemeentenaam()), CsvCel.tekst(g.provinciecode()),
                    CsvCel.getal(g.aantalInwoners()), CsvCel.tekst(g.peildatumInwoners()), CsvCel.getal(g.sesWoaScore()),
                    CsvCel.getal(g.sesWoaJaargang()), CsvCel.getal(g.bestaandeDuurzamePlaatsen()),
                    CsvCel.tekst(g.peildatumBestaandePlaatsen()));
        }
        return csv;
    }

    private static Map<String, Integer> kolommen(CsvBestand.Regel kop, List<FieldError> problemen) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < kop.velden().size(); i++) {
            String naam = kop.velden().get(i).trim();
            if (!KOLOMMEN.contains(naam)) {
                problemen.add(new FieldError("regel[1]." + naam, "onbekende kolom; bekend zijn " + String.join(",", KOLOMMEN)));
            } else if (index.putIfAbsent(naam, i) != null) {
                problemen.add(new FieldError("regel[1]." + naam, "kolom komt twee keer voor"));
            }
        }
        Set<String> ontbrekend = new HashSet<>(VERPLICHTE_KOLOMMEN);
        ontbrekend.removeAll(index.keySet());
        ontbrekend.stream().sorted().forEach(k -> problemen.add(new FieldError("regel[1]." + k, "verplichte kolom ontbreekt")));
        return index;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> alles = new ArrayList<>(a);
        alles.addAll(b);
        return List.copyOf(alles);
    }

    /** Reads the typed fields of one line and collects its problems. */
    private static final class RegelLezer {
        private final CsvBestand.Regel regel;
        private final Map<String, Integer> kolom;
        private final boolean decimaleKomma;
        private final List<FieldError> problemen;
        private final int problemenVooraf;

        RegelLezer(CsvBestand.Regel regel, Map<String, Integer> kolom, boolean decimaleKomma, List<FieldError> problemen) {
            this.regel = regel;
            this.kolom = kolom;
            this.decimaleKomma = decimaleKomma;
            this.problemen = problemen;
            this.problemenVooraf = problemen.size();
        }

        boolean heeftFouten() {
            return problemen.size() > problemenVooraf;
        }

        void fout(String naam, String reden) {
            problemen.add(new FieldError("regel[" + regel.regelnummer() + "]." + naam, reden));
        }

        boolean leeg(String naam) {
            Integer i = kolom.get(naam);
            return i == null || i >= regel.velden().size() || regel.velden().get(i).isBlank();
        }

        /** The field as in the file, not trimmed; empty if absent. */
        String ruw(String naam) {
            Integer i = kolom.get(naam);
            return i == null || i >= regel.velden().size() ? "" : regel.velden().get(i);
        }

        String tekst(String naam, boolean verplicht) {
            if (leeg(naam)) {
                if (verplicht) {
                    fout(naam, "is verplicht");
                }
                return null;
            }
            return regel.velden().get(kolom.get(naam)).trim();
        }

        Long geheelGetal(String naam, boolean verplicht, long minimum, long maximum) {
            String waarde = tekst(naam, verplicht);
            if (waarde == null) {
                return null;
            }
            try {
                if (waarde.length() > Invoergrenzen.MAX_GETAL_TEKENS) {
                    throw new CsvGetal.Ongeldig(Invoergrenzen.citaat(waarde) + " is geen geheel getal van " + minimum
                            + " tot en met " + maximum);
                }
                long getal = CsvGetal.geheel(waarde);
                if (getal < minimum || getal > maximum) {
                    fout(naam, "moet " + minimum + " tot en met " + maximum + " zijn, is " + getal);
                    return null;
                }
                return getal;
            } catch (CsvGetal.Ongeldig e) {
                fout(naam, e.getMessage());
                return null;
            }
        }

        BigDecimal decimaal(String naam) {
            String waarde = tekst(naam, false);
            if (waarde == null) {
                return null;
            }
            try {
                // Short texts only: a number of thousands of digits is no score and would be slow to read.
                if (waarde.length() > Invoergrenzen.MAX_GETAL_TEKENS) {
                    throw new CsvGetal.Ongeldig(Invoergrenzen.citaat(waarde) + " is geen decimaal getal");
                }
                return CsvGetal.decimaal(waarde, decimaleKomma);
            } catch (CsvGetal.Ongeldig e) {
                fout(naam, e.getMessage());
                return null;
            }
        }

        LocalDate datum(String naam, boolean verplicht) {
            String waarde = tekst(naam, verplicht);
            if (waarde == null) {
                return null;
            }
            try {
                LocalDate datum = LocalDate.parse(waarde);
                if (!Invoergrenzen.isRedelijk(datum)) {
                    fout(naam, waarde + " ligt niet tussen " + Invoergrenzen.EERSTE_JAAR + " en " + Invoergrenzen.LAATSTE_JAAR);
                    return null;
                }
                return datum;
            } catch (DateTimeParseException e) {
                fout(naam, Invoergrenzen.citaat(waarde) + " is geen datum (JJJJ-MM-DD)");
                return null;
            }
        }
    }
}
