package org.obaframework.core.testing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.CountingUnit;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.ExternalFramework;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.ExternalOutcome;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.MeasureRole;
import org.obaframework.core.framework.Nation;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Polarity;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Quadrant;
import org.obaframework.core.framework.RatedAt;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid oba definitions and records, built only through the public
 * API. Sizes are kept small (a few service areas, a dozen or two indicators, a handful of subjects)
 * so that hundreds of examples run in well under a second each.
 *
 * <p>Every generator is written as plain code over a {@link Draw}, so every choice is a draw from
 * QuickTheories' randomness source and failing examples still shrink.
 */
public final class Generators {
  /** The earliest as-of date generated; records go back at most about three years before it. */
  public static final LocalDate EARLIEST_AS_OF = LocalDate.of(2024, 1, 1);

  /** BCP 47 tags in canonical form, as {@link Label} keeps them. */
  public static final List<String> LANGUAGE_TAGS = List.of(
      "en", "cy", "gd", "ga", "en-GB", "en-US", "fr", "de", "pl", "ur", "pa", "so", "ar", "bn",
      "pt-BR", "zh-Hans", "zh-Hant-TW", "sr-Latn", "es-419", "he", "yi", "id", "nb", "gv", "kw",
      "sco", "fil", "de-CH-1996");

  private static final List<String> WORDS = List.of(
      "School", "attendance", "Risk", "of", "entering", "care", "Tenancy", "stable", "Family",
      "support", "Emotional", "well-being", "Presenoldeb", "yn", "yr", "ysgol", "Cymorth",
      "teuluoedd", "Sàbhailte", "Slàinte", "Ŵyr", "children's", "résumé", "家庭", "دعم", "🙂");

  private static final List<String> ATTRIBUTE_NAMES = List.of(
      Attributes.LOCAL_AUTHORITY, Attributes.NATION, Attributes.AGE_BAND, Attributes.SEX,
      Attributes.DISABILITY, Attributes.ETHNICITY, "school-phase");

  /** Short codes or bands, as attribute values must be: up to 32 characters, '+' allowed. */
  private static final List<String> ATTRIBUTE_VALUES = List.of(
      "LA-1", "LA-2", "LA-3", "WALES", "SCOTLAND", "0-4", "5-9", "10-15", "16-17", "16+", "F",
      "M", "Y", "N", "W1", "A2", "B3", "W06000015", "primary", "secondary", "band_2.b",
      "L" + "0".repeat(31));

  private Generators() {}

  // ---------------------------------------------------------------------------------------------
  // Value types

  /** Generates non-blank texts of one to four words, some of them not English or not Latin. */
  public static Gen<String> texts() {
    return in -> text(new Draw(in));
  }

  /**
   * Generates texts by language tag: one to five distinct canonical tags, each with a non-blank
   * text, in random order (English not always present, not always first).
   */
  public static Gen<Map<String, String>> labelTexts() {
    return in -> {
      Draw d = new Draw(in);
      Map<String, String> texts = new LinkedHashMap<>();
      for (String tag : d.some(LANGUAGE_TAGS, 1, 5)) {
        texts.put(tag, text(d));
      }
      return texts;
    };
  }

  /** Generates labels, in English alone or with other languages. */
  public static Gen<Label> labels() {
    return in -> label(new Draw(in));
  }

  /** Generates scales of all three kinds. */
  public static Gen<Scale> scales() {
    return in -> scale(new Draw(in));
  }

  /** Generates ordinal scales of two to six levels. */
  public static Gen<OrdinalScale> ordinalScales() {
    return in -> ordinalScale(new Draw(in));
  }

  /** Generates links to outcomes of the four UK nations' frameworks. */
  public static Gen<OutcomeRef> outcomeRefs() {
    return in -> {
      Draw d = new Draw(in);
      ExternalFramework external = d.pick(ExternalFrameworks.ukNations());
      return external.ref(d.pick(external.outcomes()).code());
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Frameworks

  /** Generates the parts of valid frameworks. */
  public static Gen<FrameworkParts> frameworkParts() {
    return in -> frameworkParts(new Draw(in));
  }

  /** Generates valid frameworks. */
  public static Gen<OutcomesFramework> frameworks() {
    return frameworkParts().map(FrameworkParts::build);
  }

  /**
   * Returns the parts of a valid framework: 2-3 service areas, each with at least one indicator
   * rated at each level (child, family, adult) that belongs to that area alone, plus shared
   * indicators; 1-2 programmes per area, each naming at least one indicator of each level of its
   * area (so never none) and at least one measure drawing only on its indicators; every indicator
   * in at least one service area; measures of all roles, data development ones with distinct
   * priorities (not always consecutive); service outputs; links to the UK nations' frameworks and
   * sometimes to a local one.
   */
  public static FrameworkParts frameworkParts(Draw d) {
    String fwCode = d.pick("AFC", "oba-test", "FW.1", "LA_Plan-2026") + d.between(0, 9);
    Style area = Style.of(d, "SA", "AREA", "fs");
    Style ind = Style.of(d, "IND", "I", "ind");
    Style prog = Style.of(d, "PROG", "P", "ifs");
    Style meas = Style.of(d, "M", "MEAS", "pm");
    Style out = Style.of(d, "OUT", "SO", "res");

    List<ExternalFramework> externals = new ArrayList<>(ExternalFrameworks.ukNations());
    if (d.percent(30)) {
      externals.add(d.insertionPoint(externals.size()), localExternalFramework(d));
    }
    List<OutcomeRef> allOutcomes = new ArrayList<>();
    for (ExternalFramework external : externals) {
      for (ExternalOutcome outcome : external.outcomes()) {
        allOutcomes.add(external.ref(outcome.code()));
      }
    }

    int areaCount = d.between(2, 3);
    List<ServiceArea> areas = new ArrayList<>();
    for (int a = 0; a < areaCount; a++) {
      areas.add(ServiceArea.of(area.code(a), label(d)));
    }

    // Indicators: per area one of each level that belongs to that area alone, then shared extras.
    List<Indicator> indicators = new ArrayList<>();
    int next = 0;
    for (ServiceArea serviceArea : areas) {
      for (RatedAt level : RatedAt.values()) {
        indicators.add(indicator(d, ind.code(next++), level, List.of(serviceArea.code()),
            allOutcomes));
      }
    }
    int extras = d.between(0, 4);
    List<String> areaCodes = areas.stream().map(ServiceArea::code).toList();
    for (int e = 0; e < extras; e++) {
      indicators.add(indicator(d, ind.code(next++), d.pick(RatedAt.class),
          d.some(areaCodes, 1, 2), allOutcomes));
    }
    indicators = d.shuffled(indicators);

    // Programmes and the measures they report.
    List<Programme> programmes = new ArrayList<>();
    List<PerformanceMeasure> measures = new ArrayList<>();
    int nextProgramme = 0;
    int nextMeasure = 0;
    int priority = 0;
    for (ServiceArea serviceArea : areas) {
      int count = d.between(1, 2);
      for (int p = 0; p < count; p++) {
        List<Indicator> ofArea = indicators.stream()
            .filter(i -> i.serviceAreas().contains(serviceArea.code())).toList();
        List<String> chosen = new ArrayList<>();
        for (RatedAt level : RatedAt.values()) {
          chosen.add(d.pick(ofArea.stream().filter(i -> i.ratedAt() == level)
              .map(Indicator::code).toList()));
        }
        for (Indicator extra : d.some(ofArea, 0, ofArea.size())) {
          if (!chosen.contains(extra.code())) {
            chosen.add(extra.code());
          }
        }
        chosen = d.shuffled(chosen);
        List<String> programmeMeasures = new ArrayList<>();
        int measureCount = d.between(1, 2);
        for (int m = 0; m < measureCount; m++) {
          MeasureRole role = d.pick(MeasureRole.class);
          if (role == MeasureRole.DATA_DEVELOPMENT) {
            priority += d.between(1, 3); // distinct, not always consecutive
          }
          PerformanceMeasure measure = measure(d, meas.code(nextMeasure++), role, priority,
              d.some(chosen, 0, 2));
          measures.add(measure);
          programmeMeasures.add(measure.code());
        }
        Programme.Builder builder = Programme.builder()
            .code(prog.code(nextProgramme++))
            .name(label(d))
            .serviceArea(serviceArea.code())
            .addAllIndicators(chosen)
            .addAllMeasures(programmeMeasures);
        int models = d.between(0, 3);
        for (int m = 0; m < models; m++) {
          builder.addDeliveryModels(DeliveryModel.of(
              d.pick("EXISTING", "RES", "outreach", "group") + "-" + m, label(d)));
        }
        programmes.add(builder.build());
      }
    }
    // Measures no programme reports, drawing on any indicators.
    int free = d.between(0, 2);
    List<String> indicatorCodes = indicators.stream().map(Indicator::code).toList();
    for (int m = 0; m < free; m++) {
      MeasureRole role = d.pick(MeasureRole.class);
      if (role == MeasureRole.DATA_DEVELOPMENT) {
        priority += d.between(1, 3);
      }
      measures.add(measure(d, meas.code(nextMeasure++), role, priority,
          d.some(indicatorCodes, 0, 3)));
    }

    List<ServiceOutput> outputs = new ArrayList<>();
    int outputCount = d.between(0, 4);
    for (int o = 0; o < outputCount; o++) {
      outputs.add(ServiceOutput.of(out.code(o), label(d)));
    }

    return new FrameworkParts(fwCode, label(d), d.pick("1", "2", "2026.1"), d.shuffled(areas),
        indicators, d.shuffled(programmes), d.shuffled(measures), outputs, externals);
  }

  private static ExternalFramework localExternalFramework(Draw d) {
    ExternalFramework.Builder builder = ExternalFramework.builder()
        .code(d.pick("CARDIFF-PLAN", "LOCAL", "ECM-LOCAL"))
        .name(label(d))
        .source("Local children's plan, " + d.between(2020, 2026));
    if (d.bool()) {
      builder.nation(d.pick(Nation.class));
    }
    int outcomes = d.between(1, 4);
    for (int o = 0; o < outcomes; o++) {
      builder.addOutcomes(ExternalOutcome.of(d.pick("SAFE", "HOME", "LEARN") + o, label(d)));
    }
    return builder.build();
  }

  private static Indicator indicator(Draw d, String code, RatedAt level, List<String> areas,
      List<OutcomeRef> outcomes) {
    Indicator.Builder builder = Indicator.builder()
        .code(code)
        .name(label(d))
        .definition(label(d))
        .scale(scale(d))
        .polarity(d.pick(Polarity.class))
        .addAllServiceAreas(areas)
        .addAllOutcomes(d.some(outcomes, 0, 3));
    if (level != RatedAt.CHILD || d.bool()) {
      builder.ratedAt(level); // CHILD is the default: sometimes leave it unset
    }
    if (d.bool()) {
      builder.technicalDefinition(label(d));
    }
    if (d.bool()) {
      builder.version(d.pick("1", "2", "2025-09"));
    }
    return builder.build();
  }

  private static PerformanceMeasure measure(Draw d, String code, MeasureRole role, int priority,
      List<String> indicators) {
    PerformanceMeasure.Builder builder = PerformanceMeasure.builder()
        .code(code)
        .name(label(d))
        .quadrant(d.pick(Quadrant.class))
        .countingUnit(d.pick(CountingUnit.class))
        .addAllIndicators(indicators);
    if (role != MeasureRole.SECONDARY || d.bool()) {
      builder.role(role); // SECONDARY is the default: sometimes leave it unset
    }
    if (role == MeasureRole.DATA_DEVELOPMENT) {
      builder.priority(priority);
    }
    if (d.bool()) {
      builder.description(label(d));
    }
    return builder.build();
  }

  /** Returns a scale of any kind. */
  public static Scale scale(Draw d) {
    switch (d.between(0, 2)) {
      case 0:
        return d.bool()
            ? BinaryScale.YES_NO
            : BinaryScale.of(Label.of(d.pick("Evicted", "Attends", "Yes")),
                Label.of(d.pick("Not evicted", "Does not attend", "No")));
      case 1:
        return ordinalScale(d);
      default:
        return numericScale(d);
    }
  }

  /** Returns an ordinal scale of 2-6 levels with strictly increasing scores. */
  public static OrdinalScale ordinalScale(Draw d) {
    int size = d.between(2, 6);
    if (d.percent(25)) {
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        codes.add(d.pick("none", "low", "medium", "high", "very-high", "step") + "." + i);
      }
      return OrdinalScale.of(codes.toArray(String[]::new));
    }
    List<OrdinalLevel> levels = new ArrayList<>();
    int score = d.between(-5, 5);
    String prefix = d.pick("L", "step-", "", "lvl_");
    for (int i = 0; i < size; i++) {
      String code = prefix + (i + 1);
      Label label = Label.of(d.pick("Level", "Step", "Risk") + " " + (i + 1));
      if (d.bool()) {
        label = label.with(Label.WELSH, "Cam " + (i + 1));
      }
      levels.add(OrdinalLevel.of(code, label, score));
      score += d.between(1, 3);
    }
    return OrdinalScale.of(levels);
  }

  /** Returns a numeric scale: any numbers or whole numbers, between finite increasing bounds. */
  public static NumericScale numericScale(Draw d) {
    String unit = d.pick("%", "points", "days", "sessions");
    if (d.bool()) {
      long lower = d.pick(0, 1, -10, d.between(-50, 50));
      return NumericScale.wholeNumbers(unit, lower, lower + d.between(1, 60));
    }
    double lower = d.pick(0.0, -10.0, 0.5, d.between(-100, 100) / 4.0);
    double width = d.pick(0.5, 1.0, 100.0, d.between(1, 4000) / 8.0);
    return NumericScale.of(unit, lower, lower + width);
  }

  /** Returns a value that the scale accepts. */
  public static ScaleValue valueOn(Scale scale, Draw d) {
    if (scale instanceof BinaryScale) {
      return ScaleValue.of(d.bool());
    }
    if (scale instanceof OrdinalScale) {
      OrdinalLevel level = d.pick(((OrdinalScale) scale).levels());
      // A level by its code, or sometimes by its score, as a 1-10 journey is often recorded.
      return d.percent(20) ? ScaleValue.of(level.score()) : ScaleValue.level(level.code());
    }
    NumericScale numeric = (NumericScale) scale;
    double lower = numeric.lower();
    double upper = numeric.upper();
    if (numeric.isWholeNumbers()) {
      return ScaleValue.of((double) d.between((int) lower, (int) upper));
    }
    switch (d.between(0, 3)) {
      case 0:
        return ScaleValue.of(lower);
      case 1:
        return ScaleValue.of(upper);
      default:
        double fraction = d.between(0, 1000) / 1000.0;
        double value = lower + (upper - lower) * fraction;
        return ScaleValue.of(Math.max(lower, Math.min(upper, value)));
    }
  }

  /** Returns a value that the scale does not accept: of the wrong kind, or outside it. */
  public static ScaleValue offScale(Scale scale, Draw d) {
    if (scale instanceof BinaryScale) {
      return d.bool() ? ScaleValue.level("yes") : ScaleValue.of(d.between(0, 1));
    }
    if (scale instanceof OrdinalScale) {
      OrdinalScale ordinal = (OrdinalScale) scale;
      List<OrdinalLevel> levels = ordinal.levels();
      int lowest = levels.get(0).score();
      int highest = levels.get(levels.size() - 1).score();
      // A number is on the scale only when it is a level's score: take one that is none.
      List<Integer> gaps = new ArrayList<>();
      for (int s = lowest + 1; s < highest; s++) {
        int score = s;
        if (levels.stream().noneMatch(l -> l.score() == score)) {
          gaps.add(score);
        }
      }
      return switch (d.between(0, 5)) {
        case 0 -> ScaleValue.level("NOT-A-LEVEL");
        case 1 -> ScaleValue.of(highest + d.between(1, 10));
        case 2 -> ScaleValue.of(lowest - d.between(1, 10));
        case 3 -> ScaleValue.of(d.pick(levels).score() + d.pick(0.5, -0.25, 1e-9));
        case 4 -> gaps.isEmpty() ? ScaleValue.of(highest + 1.0) : ScaleValue.of(d.pick(gaps));
        default -> ScaleValue.of(true);
      };
    }
    NumericScale numeric = (NumericScale) scale;
    List<ScaleValue> off = new ArrayList<>(List.of(
        ScaleValue.of(numeric.upper() + d.between(1, 10) / 4.0),
        ScaleValue.of(numeric.lower() - d.between(1, 10) / 4.0),
        ScaleValue.of(numeric.upper() + 1e9),
        ScaleValue.level("L1"),
        ScaleValue.of(false)));
    if (numeric.isWholeNumbers()) {
      off.add(ScaleValue.of(numeric.lower() + 0.5));
    }
    return d.pick(off);
  }

  /** Returns a non-blank text. */
  public static String text(Draw d) {
    int words = d.between(1, 4);
    StringBuilder text = new StringBuilder(d.pick(WORDS));
    for (int w = 1; w < words; w++) {
      text.append(' ').append(d.pick(WORDS));
    }
    return text.toString();
  }

  /** Returns a label: English, or English and Welsh, or only non-English texts. */
  public static Label label(Draw d) {
    switch (d.between(0, 5)) {
      case 0:
        return Label.of(d.pick(LANGUAGE_TAGS), text(d));
      case 1:
        return Label.of(text(d)).with(Label.WELSH, text(d));
      default:
        return Label.of(text(d));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Records

  /** Generates valid record sets, each with the framework it is valid against. */
  public static Gen<RecordSet> recordSets() {
    return in -> {
      Draw d = new Draw(in);
      return recordSet(frameworkParts(d), d);
    };
  }

  /**
   * Returns valid records against a framework: 1-5 children and families (families with 1-4
   * adults and children), attributes with histories (values short codes, changes on or before the
   * as-of date), 0-3 episodes each (the first subject at least one), open and closed with or
   * without a closure reason, episodes of one subject in one programme never overlapping (the next
   * sometimes starting the day after the last ended), baselines by distinct raters, reviews dated
   * on or after their rater's baseline, at most one closure review per rater and follow-up
   * reviews, every date within its episode and on or before the as-of date, ratings at the right
   * level with values on the scale (ordinal levels by code or score) or not applicable or not
   * assessed. The first subject's first episode always has a baseline with a rated value.
   */
  public static RecordSet recordSet(FrameworkParts parts, Draw d) {
    OutcomesFramework framework = parts.build();
    LocalDate asOf = EARLIEST_AS_OF.plusDays(d.between(0, 900));
    List<Subject> subjects = new ArrayList<>();
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    String idPrefix = d.pick("", "LA1/", "urn:oba:", "x.");
    int nextEpisode = 0;
    int nextReview = 0;
    int subjectCount = d.between(1, 5);
    for (int s = 0; s < subjectCount; s++) {
      boolean family = s == 0 ? d.bool() : d.percent(40);
      String id = idPrefix + (family ? "F-" : "C-") + String.format("%04d", s);
      Subject.Builder builder = family ? Subject.family(id) : Subject.child(id);
      if (d.percent(70)) {
        builder.attributes(attributes(d, asOf));
      }
      if (family) {
        int members = d.between(1, 4);
        for (int m = 0; m < members; m++) {
          MemberRole role = d.pick(MemberRole.class);
          String memberId = id + "-" + (role == MemberRole.ADULT ? "A" : "C") + m;
          builder.addMembers(d.bool()
              ? Member.of(memberId, role)
              : Member.of(memberId, role, attributes(d, asOf)));
        }
      }
      Subject subject = builder.build();
      subjects.add(subject);

      int episodeCount = d.between(s == 0 ? 1 : 0, 3);
      // Episodes of one programme usually follow each other: the next may start the day after
      // the last one ended. Sometimes one starts while another of its programme is open (a
      // re-referral, a transfer): concurrent episodes are valid. Episodes of different
      // programmes may overlap.
      Map<String, LocalDate> nextStart = new HashMap<>();
      Set<String> ongoing = new HashSet<>();
      for (int e = 0; e < episodeCount; e++) {
        boolean first = s == 0 && e == 0;
        boolean concurrent = !first && d.percent(15);
        List<Programme> free = framework.programmes().stream()
            .filter(p -> concurrent || !ongoing.contains(p.code())).toList();
        if (free.isEmpty()) {
          break;
        }
        List<Programme> again = free.stream().filter(p -> nextStart.containsKey(p.code()))
            .toList();
        Programme programme = !again.isEmpty() && d.percent(50) ? d.pick(again) : d.pick(free);
        LocalDate earliest = concurrent ? null : nextStart.get(programme.code());
        LocalDate start = earliest == null
            ? asOf.minusDays(d.between(0, 730))
            : d.percent(40) ? earliest : plusDays(d, earliest, asOf);
        Episode.Builder eb = Episode.builder()
            .id("E-" + nextEpisode++)
            .subject(id)
            .programme(programme.code())
            .localAuthority("LA-" + d.between(1, 3))
            .start(start)
            .addAllServiceOutputs(d.some(
                framework.serviceOutputs().stream().map(ServiceOutput::code).toList(), 0, 2));
        if (!programme.deliveryModels().isEmpty() && d.percent(70)) {
          eb.deliveryModel(d.pick(programme.deliveryModels()).code());
        }
        if (d.bool()) {
          eb.end(plusDays(d, start, asOf));
          if (d.percent(80)) {
            eb.closureReason(d.pick(ClosureReason.class));
          }
        }
        Episode episode = eb.build();
        episodes.add(episode);
        if (episode.end().isPresent() && episode.end().get().isBefore(asOf)) {
          nextStart.put(programme.code(), episode.end().get().plusDays(1));
        } else {
          ongoing.add(programme.code());
        }

        // At most one baseline per rater; every other review by a rater is dated on or after
        // that rater's baseline (a rater without a baseline may review at any time).
        LocalDate last = episode.end().orElse(asOf);
        Map<Rater, LocalDate> baselines = new EnumMap<>(Rater.class);
        List<Rater> baselineRaters = d.some(List.of(Rater.values()), first ? 1 : 0, 2);
        for (Rater rater : baselineRaters) {
          LocalDate on = plusDays(d, start, last);
          baselines.put(rater, on);
          reviews.add(review(d, "R-" + nextReview++, subject, episode, programme, framework,
              ReviewKind.BASELINE, rater, on, asOf, first));
          first = false;
        }
        int later = d.between(0, 2);
        for (int r = 0; r < later; r++) {
          Rater rater = d.pick(Rater.class);
          LocalDate on = plusDays(d, baselines.getOrDefault(rater, start), last);
          reviews.add(review(d, "R-" + nextReview++, subject, episode, programme, framework,
              ReviewKind.REVIEW, rater, on, asOf, false));
        }
        if (episode.end().isPresent()) {
          LocalDate end = episode.end().get();
          if (d.percent(60)) {
            // One closure per rater: sometimes the practitioner's and the child's.
            for (Rater rater : d.some(List.of(Rater.values()), 1, 2)) {
              LocalDate from = baselines.getOrDefault(rater, start);
              LocalDate on = d.percent(70) ? end : plusDays(d, from, end);
              reviews.add(review(d, "R-" + nextReview++, subject, episode, programme,
                  framework, ReviewKind.CLOSURE, rater, on, asOf, false));
            }
          }
          if (end.isBefore(asOf) && d.percent(40)) {
            reviews.add(review(d, "R-" + nextReview++, subject, episode, programme, framework,
                ReviewKind.FOLLOW_UP, d.pick(Rater.class), plusDays(d, end.plusDays(1), asOf),
                asOf, false));
          }
        }
      }
    }
    return new RecordSet(parts, framework, asOf, subjects, d.shuffled(episodes),
        d.shuffled(reviews));
  }

  private static Review review(Draw d, String id, Subject subject, Episode episode,
      Programme programme, OutcomesFramework framework, ReviewKind kind, Rater rater,
      LocalDate assessedOn, LocalDate asOf, boolean forceRated) {
    Review.Builder builder = Review.builder()
        .id(id)
        .episode(episode.id())
        .kind(kind)
        .rater(rater)
        .assessedOn(assessedOn)
        .addAllRatings(ratings(d, subject, programme, framework, forceRated));
    if (d.bool()) {
      builder.recordedOn(plusDays(d, assessedOn, asOf));
    }
    return builder.build();
  }

  /**
   * Returns 1-6 ratings, each of a distinct indicator of the programme and person at the right
   * level: a child subject on child indicators; a family on family indicators, about a child member
   * on child indicators, about an adult member on adult indicators.
   */
  private static List<Rating> ratings(Draw d, Subject subject, Programme programme,
      OutcomesFramework framework, boolean forceRated) {
    List<Rating> possible = new ArrayList<>();
    for (Indicator indicator : framework.indicatorsOf(programme)) {
      for (String person : peopleAt(subject, indicator.ratedAt())) {
        Rating rating = rating(d, indicator, forceRated);
        possible.add(person.isEmpty() ? rating : rating.about(person));
      }
    }
    // Never empty: every programme has an indicator of each level, and a child can always be
    // rated on a child indicator, a family on a family indicator.
    return d.some(possible, 1, 6);
  }

  /** Returns a rating with a value on the scale (always when forced), or N/A or not assessed. */
  private static Rating rating(Draw d, Indicator indicator, boolean forceRated) {
    int status = forceRated ? 0 : d.between(0, 7);
    switch (status) {
      case 6:
        return Rating.notApplicable(indicator.code());
      case 7:
        return Rating.notAssessed(indicator.code());
      default:
        return Rating.of(indicator.code(), valueOn(indicator.scale(), d));
    }
  }

  /**
   * Returns the people of a subject that an indicator of a level can be rated for: the empty
   * string for the subject itself, otherwise members' ids.
   */
  public static List<String> peopleAt(Subject subject, RatedAt level) {
    if (subject.kind() == SubjectKind.CHILD) {
      return level == RatedAt.CHILD ? List.of("") : List.of();
    }
    if (level == RatedAt.FAMILY) {
      return List.of("");
    }
    MemberRole role = level == RatedAt.CHILD ? MemberRole.CHILD : MemberRole.ADULT;
    return subject.members().stream().filter(m -> m.role() == role).map(Member::id).toList();
  }

  /**
   * Returns attributes whose values are short codes, each changed up to twice, every change dated
   * on or before the as-of date (sometimes on it).
   */
  private static Attributes attributes(Draw d, LocalDate asOf) {
    Attributes attributes = Attributes.empty();
    for (String name : d.some(ATTRIBUTE_NAMES, 0, 4)) {
      LocalDate from = asOf.minusDays(d.pick(0, d.between(0, 1200)));
      if (d.bool()) {
        attributes = attributes.with(name, d.pick(ATTRIBUTE_VALUES));
      } else {
        attributes = attributes.withChange(name, d.pick(ATTRIBUTE_VALUES), from);
      }
      int changes = d.between(0, 2);
      for (int c = 0; c < changes && from.isBefore(asOf); c++) {
        from = plusDays(d, from.plusDays(1), asOf);
        attributes = attributes.withChange(name, d.pick(ATTRIBUTE_VALUES), from);
      }
    }
    return attributes;
  }

  /** Returns a date from {@code from} to {@code to}, both inclusive ({@code from} if reversed). */
  public static LocalDate plusDays(Draw d, LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(d.between(0, (int) days));
  }

  /** A way of writing the codes of one kind of item, chosen once per framework. */
  private record Style(String prefix, String separator) {
    static Style of(Draw d, String... prefixes) {
      return new Style(d.pick(prefixes), d.pick("-", "_", ".", ""));
    }

    String code(int index) {
      return prefix + separator + (index + 1);
    }
  }
}
