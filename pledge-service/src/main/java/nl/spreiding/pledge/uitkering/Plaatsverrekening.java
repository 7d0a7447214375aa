package nl.spreiding.pledge.uitkering;

import java.util.Map;

/**
 * The seam for crediting places between municipalities (Dronten lent 200 places to Kampen): per municipality the
 * places credited to it (+) or lent away (-) in a cycle. The counting rules of the law (issue 14.5–14.7) provide the
 * real one; until then {@link GeenVerrekening} credits nothing.
 */
public interface Plaatsverrekening {

    /** Municipality code → places credited (+) or lent (-); a municipality not in the map has 0. */
    Map<String, Integer> saldi(String cyclus);
}
