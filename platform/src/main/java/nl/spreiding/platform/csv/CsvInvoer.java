package nl.spreiding.platform.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.spreiding.platform.api.Problem;
import nl.spreiding.platform.api.ProblemException;

/**
 * Reads an uploaded CSV file as UTF-8, strictly. A lenient decoder turns the bytes of a file that Dutch Excel saved
 * as "CSV (puntkomma gescheiden)" (Windows-1252) into replacement characters and stores {@code S�dwest-Frysl�n};
 * this one refuses the file and names the line of the first byte that is not UTF-8. Take the request body as
 * {@code byte[]} so that nothing decodes it before.
 */
public final class CsvInvoer {

    private CsvInvoer() {
    }

    /**
     * @return the text of the file (a byte order mark stays; the CSV reader skips it)
     * @throws ProblemException 400 with {@code regel[N]} for the first byte sequence that is not UTF-8
     */
    public static String alsUtf8(byte[] inhoud) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(inhoud);
        CharBuffer uit = CharBuffer.allocate(inhoud.length);
        CoderResult resultaat = decoder.decode(in, uit, true);
        if (resultaat.isError()) {
            throw geenUtf8(inhoud, in.position());
        }
        resultaat = decoder.flush(uit);
        if (resultaat.isError()) {
            throw geenUtf8(inhoud, in.position());
        }
        return uit.flip().toString();
    }

    private static ProblemException geenUtf8(byte[] inhoud, int positie) {
        int regel = 1;
        int begin = 0;
        for (int i = 0; i < positie; i++) {
            if (inhoud[i] == '\n') {
                regel++;
                begin = i + 1;
            }
        }
        String reden = String.format("byte 0x%02X op positie %d van de regel is geen UTF-8; sla het bestand op als "
                + "'CSV UTF-8 (door komma's gescheiden)' of kies bij het opslaan de tekenset UTF-8",
                inhoud[positie] & 0xFF, positie - begin + 1);
        return ProblemException.invalid("Het bestand is geen UTF-8 (regel " + regel + "). Het is waarschijnlijk "
                + "opgeslagen in Windows-1252 of een andere tekenset.", List.of(new Problem.InvalidParam("regel[" + regel
                        + "]", reden)));
    }
}
