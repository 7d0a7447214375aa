package nl.spreiding.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules inside a service (ARCHITECTURE.md, "Rules inside a service"), as ArchUnit rules that every service's
 * {@code ArchitectuurTest} checks against its own main classes. Platform classes are named by their class name, as
 * this module must not depend on the platform (the platform's own tests use this module).
 */
public final class ArchitectuurRegels {

    /** The package of every service's events: topic, type names, payload records, publishers and consumers. */
    public static final String GEBEURTENISSEN = "gebeurtenissen";

    /** A CloudEvents type of ours ({@code nl.spreiding.verdeling.vastgesteld}) or a topic ({@code spreiding.pledge.v1}). */
    static final Pattern TYPE_OF_TOPIC = Pattern.compile("^(nl\\.spreiding\\.[a-z]+(\\.[a-z-]+)+|spreiding\\.[a-z]+\\.v\\d+(\\.[a-z-]+)?)$");

    private static final String OUTBOX = "nl.spreiding.platform.outbox.Outbox";
    private static final String INBOX = "nl.spreiding.platform.inbox.EventInbox";
    private static final String PROBLEM_EXCEPTION = "nl.spreiding.platform.api.ProblemException";
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "list", "stream", "count", "update", "delete");

    private ArchitectuurRegels() {
    }

    /** The main classes of one service (or of any package), without its tests. */
    public static JavaClasses klassenVan(String basisPakket) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basisPakket);
    }

    /** No two feature packages of a service depend on each other in a circle. */
    public static ArchRule geenPakketCycli(String basisPakket) {
        return slices().matching(basisPakket + ".(**)").should().beFreeOfCycles()
                .because("a feature package must be readable without the package that uses it");
    }

    /** Resources translate HTTP to a call and back: no SQL or query strings, no transactions, no outbox. */
    public static ArchRule resourcesZonderPersistentie(String basisPakket) {
        return noClasses().that().resideInAPackage(basisPakket + "..").and().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.narayana.jta.QuarkusTransaction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(OUTBOX)
                .orShould().callMethodWhere(panacheQuery())
                .because("persistence belongs in Panache entities or repositories, the transaction in the domain service");
    }

    /** Only the gebeurtenissen package touches Kafka, messaging, the outbox and the inbox. */
    public static ArchRule alleenGebeurtenissenRaaktKafka(String basisPakket) {
        return noClasses().that().resideInAPackage(basisPakket + "..")
                .and().resideOutsideOfPackage(basisPakket + "." + GEBEURTENISSEN + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.smallrye.reactive.messaging..",
                        "org.eclipse.microprofile.reactive.messaging..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(OUTBOX)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(INBOX)
                .because("a reader finds every event of a service in its gebeurtenissen package");
    }

    /** No constant outside the gebeurtenissen package holds a topic or an event type. */
    public static ArchRule typenEnTopicsAlleenInGebeurtenissen(String basisPakket) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(basisPakket + "..")
                .and().areDeclaredInClassesThat().resideOutsideOfPackage(basisPakket + "." + GEBEURTENISSEN + "..")
                .and().haveModifier(JavaModifier.STATIC).and().haveModifier(JavaModifier.FINAL)
                .and().haveRawType(String.class)
                .should(houdtGeenTypeOfTopic())
                .allowEmptyShould(true)
                .because("a type or topic named in two places drifts apart");
    }

    /** Domain code throws domain exceptions; only the edge ({@code api} package, resources) speaks HTTP problems. */
    public static ArchRule alleenDeRandGooitProblemen(String basisPakket) {
        return noClasses().that().resideInAPackage(basisPakket + "..")
                .and().resideOutsideOfPackage(basisPakket + ".api..")
                .and().haveSimpleNameNotEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName(PROBLEM_EXCEPTION)
                .because("the domain does not know HTTP; one mapper at the edge turns its exceptions into problem+json");
    }

    /** Time comes from the one injectable {@link Clock}, so that tests and rehearsals can move it. */
    public static ArchRule tijdKomtVanDeKlok(String basisPakket) {
        return noClasses().that().resideInAPackage(basisPakket + "..")
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("the platform produces one java.time.Clock that every service injects");
    }

    /** A core package that holds the law's calculation imports nothing but the JDK and itself. */
    public static ArchRule kernZonderFramework(String kernPakket) {
        return classes().that().resideInAPackage(kernPakket)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", kernPakket)
                .because("the calculation is read, tested and reasoned about without a framework");
    }

    private static DescribedPredicate<JavaMethodCall> panacheQuery() {
        return new DescribedPredicate<>("a Panache query with a query string") {
            @Override
            public boolean test(JavaMethodCall call) {
                var target = call.getTarget();
                return PANACHE_QUERIES.contains(target.getName())
                        && !target.getRawParameterTypes().isEmpty()
                        && target.getRawParameterTypes().get(0).isEquivalentTo(String.class)
                        && (target.getOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                                || target.getOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase"));
            }
        };
    }

    private static ArchCondition<JavaField> houdtGeenTypeOfTopic() {
        return new ArchCondition<>("hold no topic or event type") {
            @Override
            public void check(JavaField veld, ConditionEvents events) {
                Object waarde = waardeVan(veld);
                if (waarde instanceof String tekst && TYPE_OF_TOPIC.matcher(tekst).matches()) {
                    events.add(SimpleConditionEvent.violated(veld, veld.getFullName() + " holds \"" + tekst
                            + "\", which belongs in the " + GEBEURTENISSEN + " package"));
                }
            }
        };
    }

    private static Object waardeVan(JavaField veld) {
        try {
            Field field = veld.reflect();
            field.setAccessible(true);
            return field.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // a class that cannot be initialised outside Quarkus holds no constant we can read
        }
    }
}
