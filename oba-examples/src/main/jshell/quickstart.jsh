// The README's first example, for JShell. Statements continue over lines with a trailing dot,
// since JShell runs a line as soon as it is a complete statement.
import java.time.LocalDate;
import java.util.List;
import org.obaframework.core.framework.*;
import org.obaframework.core.records.*;

Indicator risk = Indicator.builder().
    code("RISK-CARE").
    name(Label.of("Risk of entering care").with(Label.WELSH, "Risg o fynd i ofal")).
    definition(Label.of("How likely the child is to come into care")).
    scale(OrdinalScale.of("none", "low", "medium", "high")).
    polarity(Polarity.LOWER_IS_BETTER).
    ratedAt(RatedAt.CHILD).
    addServiceAreas("FS").
    addOutcomes(ExternalFrameworks.WALES_WELL_BEING.ref("PROTECTION")).
    build();

OutcomesFramework framework = OutcomesFramework.builder().
    code("DEMO").
    name(Label.of("Demo framework")).
    addServiceAreas(ServiceArea.of("FS", Label.of("Family support"))).
    addIndicators(risk).
    addProgrammes(Programme.builder().code("FS-1").name(Label.of("Family support")).
        serviceArea("FS").addIndicators("RISK-CARE").build()).
    addAllExternalFrameworks(ExternalFrameworks.ukNations()).
    build();

Subject child = Subject.child("C-0001").
    attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "LA-1")).
    build();
Episode episode = Episode.builder().id("E-0001").subject("C-0001").programme("FS-1").
    localAuthority("LA-1").start(LocalDate.of(2025, 4, 7)).build();
Review baseline = Review.builder().id("R-0001").episode("E-0001").kind(ReviewKind.BASELINE).
    assessedOn(LocalDate.of(2025, 4, 14)).rater(Rater.PRACTITIONER).
    addRatings(Rating.of("RISK-CARE", "high")).build();
Review later = Review.builder().id("R-0002").episode("E-0001").kind(ReviewKind.REVIEW).
    assessedOn(LocalDate.of(2025, 10, 13)).rater(Rater.PRACTITIONER).
    addRatings(Rating.of("RISK-CARE", "severe")).build();

RecordValidator.of(framework, LocalDate.of(2026, 3, 31)).
    validate(Records.of(List.of(child), List.of(episode), List.of(baseline, later))).
    forEach(System.out::println);
/exit
