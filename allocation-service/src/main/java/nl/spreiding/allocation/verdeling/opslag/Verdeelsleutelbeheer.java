package nl.spreiding.allocation.verdeling.opslag;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.allocation.verdeling.Afronding;
import nl.spreiding.allocation.verdeling.Correctie;
import nl.spreiding.allocation.verdeling.Correctiebron;
import nl.spreiding.allocation.verdeling.OngeldigeCorrectie;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.platform.errors.DomainException;

/**
 * Defines a new key version: a correction function from a documented family with its parameters and its source, so
 * that a new rule is data and needs no release. Each definition is a new version of its code (the next after the
 * highest built-in or stored one), never a change to an existing one.
 */
@ApplicationScoped
public class Verdeelsleutelbeheer {

    /** The columns are numeric(12,6): at most 6 decimals and 6 digits before the point. */
    private static final int MAX_DECIMALEN = 6;
    private static final int MAX_CIJFERS_VOOR_DE_KOMMA = 6;

    /** A requested definition, as the API receives it; the family decides which parameters it needs. */
    public record Definitie(String code, String omschrijving, String rechtsgrond, String familie, BigDecimal a,
            BigDecimal minimum, BigDecimal maximum, List<Correctie.Band> banden, Afronding afronding, Afronding amvAfronding,
            Correctiebron.Soort bronSoort, String bronTekst, LocalDate bronDatum, String bronUrl) {
    }

    private final Clock clock;

    public Verdeelsleutelbeheer(Clock clock) {
        this.clock = clock;
    }

    /** Validates and stores the definition as the next version of its code; concurrent definitions of one code queue. */
    @Transactional
    public Verdeelsleutel legVast(Definitie d, String door) {
        Objects.requireNonNull(d, "definitie");
        Verdeelsleutel voorlopig = sleutel(d, 1);
        // One definition of a code at a time, so two requests never claim the same version number.
        VerdeelsleutelVersie.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) as slot")
                .setParameter(1, "verdeelsleutel:" + d.code()).getSingleResult();
        Verdeelsleutel sleutel = new Verdeelsleutel(voorlopig.code(), Verdeelsleutels.hoogsteVersie(d.code()) + 1,
                voorlopig.omschrijving(), voorlopig.rechtsgrond(), voorlopig.correctie(), voorlopig.afronding(),
                voorlopig.amvAfronding(), null, null, voorlopig.correctiebron());

        VerdeelsleutelVersie v = new VerdeelsleutelVersie();
        v.code = sleutel.code();
        v.versie = sleutel.versie();
        v.omschrijving = sleutel.omschrijving();
        v.rechtsgrond = sleutel.rechtsgrond();
        VerdeelsleutelVertaling.schrijf(sleutel.correctie(), v);
        v.afronding = sleutel.afronding();
        v.amvAfronding = sleutel.amvAfronding();
        v.bronSoort = sleutel.correctiebron().soort();
        v.bronTekst = sleutel.correctiebron().tekst();
        v.bronDatum = sleutel.correctiebron().datum();
        v.bronUrl = sleutel.correctiebron().url();
        v.vastgelegdOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        v.vastgelegdDoor = door;
        v.persist();
        return sleutel;
    }

    /** The domain objects check the function and its source; their complaints become a 400 naming the field. */
    private static Verdeelsleutel sleutel(Definitie d, int versie) {
        try {
            controleerGetal(d.a(), "correctie.a");
            controleerGetal(d.minimum(), "correctie.minimum");
            controleerGetal(d.maximum(), "correctie.maximum");
            if (d.banden() != null) {
                for (int i = 0; i < d.banden().size(); i++) {
                    Correctie.Band band = d.banden().get(i);
                    if (band != null) {
                        controleerGetal(band.vanaf(), "correctie.banden[" + i + "].vanaf");
                        controleerGetal(band.tot(), "correctie.banden[" + i + "].tot");
                        controleerGetal(band.factor(), "correctie.banden[" + i + "].factor");
                    }
                }
            }
            controleerOverbodig(d);
            Correctie correctie = VerdeelsleutelVertaling.correctie(d.familie(), d.a(), d.minimum(), d.maximum(), d.banden());
            Correctiebron bron = new Correctiebron(d.bronSoort(), d.bronTekst(), d.bronDatum(), d.bronUrl());
            Afronding amv = d.amvAfronding() != null ? d.amvAfronding() : d.afronding();
            if (amv.somIsExact() && !d.afronding().somIsExact()) {
                throw new OngeldigeCorrectie("amvAfronding", "AMV-afronding " + amv + " vereist een afronding van de opgave "
                        + "die precies optelt tot het totaal (GROOTSTE_OVERSCHOT), niet " + d.afronding());
            }
            return new Verdeelsleutel(d.code(), versie, d.omschrijving(), d.rechtsgrond(), correctie, d.afronding(), amv,
                    null, null, bron);
        } catch (OngeldigeCorrectie e) {
            throw DomainException.invalid("De definitie van de verdeelsleutel is ongeldig.", e.veld(), e.getMessage());
        }
    }

    /** A parameter the family does not use is a mistake in the request, never silently dropped. */
    private static void controleerOverbodig(Definitie d) {
        List<String> gebruikt = switch (d.familie()) {
            case "GEEN" -> List.of();
            case "LINEAIR" -> List.of("a");
            case "BEGRENSD_LINEAIR" -> List.of("a", "minimum", "maximum");
            case "SES_BANDEN" -> List.of("banden");
            default -> null;
        };
        if (gebruikt == null) {
            return;
        }
        List<String> overbodig = new ArrayList<>();
        if (d.a() != null && !gebruikt.contains("a")) {
            overbodig.add("a");
        }
        if (d.minimum() != null && !gebruikt.contains("minimum")) {
            overbodig.add("minimum");
        }
        if (d.maximum() != null && !gebruikt.contains("maximum")) {
            overbodig.add("maximum");
        }
        if (d.banden() != null && !gebruikt.contains("banden")) {
            overbodig.add("banden");
        }
        if (!overbodig.isEmpty()) {
            throw new OngeldigeCorrectie("correctie." + overbodig.get(0), "wordt niet gebruikt door de familie " + d.familie()
                    + "; laat weg wat de familie niet kent (" + String.join(", ", overbodig) + ")");
        }
    }

    private static void controleerGetal(BigDecimal waarde, String veld) {
        if (waarde == null) {
            return;
        }
        BigDecimal kaal = waarde.stripTrailingZeros();
        if (Math.max(kaal.scale(), 0) > MAX_DECIMALEN || kaal.precision() - kaal.scale() > MAX_CIJFERS_VOOR_DE_KOMMA) {
            throw new OngeldigeCorrectie(veld, "ten hoogste " + MAX_CIJFERS_VOOR_DE_KOMMA + " cijfers voor en "
                    + MAX_DECIMALEN + " na de komma, niet " + waarde.toPlainString());
        }
    }
}
