package nl.spreiding.local.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import nl.spreiding.local.token.TokenSleutel;
import nl.spreiding.local.token.Tokens;

/**
 * Prints a development token for the local stack: {@code ./dev-token.sh provincie PV27}. It is signed with the
 * key pair the local stack created in its data folder ({@code jwt/}), whose public half the services trust; a
 * deployed Spreiding trusts only its identity provider, so these tokens are worthless there.
 */
public final class DevToken {

    static final String USAGE = """
            Usage: ./dev-token.sh ROL [ORGANISATIE] [--data-dir DIR] [--uren N]

              ROL          minister | provincie | gemeente | coa | beheerder
              ORGANISATIE  the CBS code to act for: required for provincie (PV27) and gemeente (GM0363);
                           minister acts for JENV and coa for COA unless you give another
              --data-dir   the local stack's data folder (default: .spreiding-local in the project folder)
              --uren N     how long the token is valid (default 8 hours)

            Example: curl -H "Authorization: Bearer $(./dev-token.sh minister)" ...
            """;

    private DevToken() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(token(args, Path.of(System.getProperty("spreiding.home", ".")).toAbsolutePath()));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static String token(String[] args, Path home) {
        Path data = home.resolve(".spreiding-local");
        String rol = null;
        String organisatie = null;
        long uren = 8;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> data = Path.of(waarde(args, ++i)).toAbsolutePath();
                case "--uren" -> uren = Long.parseLong(waarde(args, ++i));
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (rol == null) {
                        rol = args[i].toLowerCase(Locale.ROOT);
                    } else if (organisatie == null) {
                        organisatie = args[i].toUpperCase(Locale.ROOT);
                    } else {
                        throw new IllegalArgumentException("Onbekend argument " + args[i] + "\n\n" + USAGE);
                    }
                }
            }
        }
        if (rol == null) {
            throw new IllegalArgumentException(USAGE);
        }
        organisatie = organisatie(rol, organisatie);
        Path sleutels = data.resolve(LocalStack.TOKEN_FOLDER);
        if (!Files.isDirectory(sleutels)) {
            throw new IllegalArgumentException("Geen sleutels in " + sleutels + ": start de lokale stack eerst (./run-local.sh).");
        }
        return new Tokens(TokenSleutel.inMap(sleutels), Tokens.ISSUER)
                .sign(rol, organisatie, persoon(rol, organisatie), Duration.ofHours(uren));
    }

    private static String organisatie(String rol, String gegeven) {
        return switch (rol) {
            case Tokens.MINISTER -> gegeven == null ? "JENV" : gegeven;
            case Tokens.COA -> gegeven == null ? "COA" : gegeven;
            case Tokens.BEHEERDER -> gegeven;
            case Tokens.PROVINCIE -> vereist(gegeven, "PV\\d{2}", "provincie heeft een provinciecode nodig, bv. PV27");
            case Tokens.GEMEENTE -> vereist(gegeven, "GM\\d{4}", "gemeente heeft een gemeentecode nodig, bv. GM0363");
            default -> throw new IllegalArgumentException("Onbekende rol " + rol + "\n\n" + USAGE);
        };
    }

    private static String vereist(String code, String patroon, String melding) {
        if (code == null || !code.matches(patroon)) {
            throw new IllegalArgumentException(melding);
        }
        return code;
    }

    /** A recognisable name for who acts, recorded with every decision made with the token. */
    private static String persoon(String rol, String organisatie) {
        String domein = organisatie == null ? "spreiding" : organisatie.toLowerCase(Locale.ROOT);
        return rol + "@" + domein + ".example";
    }

    private static String waarde(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " heeft een waarde nodig\n\n" + USAGE);
        }
        return args[index];
    }
}
