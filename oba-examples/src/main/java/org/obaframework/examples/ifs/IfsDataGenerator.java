package org.obaframework.examples.ifs;

import static org.obaframework.examples.ifs.IfsFramework.ASB;
import static org.obaframework.examples.ifs.IfsFramework.CHILD_MENTAL_HEALTH;
import static org.obaframework.examples.ifs.IfsFramework.HOUSING;
import static org.obaframework.examples.ifs.IfsFramework.PARENTING;
import static org.obaframework.examples.ifs.IfsFramework.RISK_CARE;
import static org.obaframework.examples.ifs.IfsFramework.SCHOOL_ATTENDANCE;
import static org.obaframework.examples.ifs.IfsFramework.SCHOOL_EXCLUSION;
import static org.obaframework.examples.ifs.IfsFramework.SCHOOL_PROBLEMS;
import static org.obaframework.examples.ifs.IfsFramework.TENANCY_RISK;
import static org.obaframework.examples.ifs.IfsFramework.VIOLENCE_HOME;
import static org.obaframework.examples.ifs.IfsFramework.VULNERABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.json.FrameworkJson;
import org.obaframework.json.RecordsNdjson;
import org.obaframework.examples.files.AtomicFile;

/**
 * Generates the <b>synthetic</b> IFS records, seeded and deterministic, and writes the resources
 * {@link IfsData} loads: {@code framework.json} and {@code records.ndjson}.
 *
 * <pre>{@code
 * Records records = IfsDataGenerator.generate();   // the same records on every run
 * }</pre>
 *
 * <p>157 families in 6 local authorities (42, 35, 30, 24, 17 and 9 families), 239 adults and 484
 * children, in the financial year 2025-26. Each family has one episode of the IFS programme,
 * delivered in an existing tenancy (121 families), a tenancy managed by the charity (25) or a
 * residential unit (11, given residential support). The practitioner rates the family, each adult
 * and each child at a baseline review and at reviews about every 12 weeks, and at closure; some
 * children of 11 and over give their own view of their mental health, and some parents their own
 * view of their parenting. Ids are pseudonymous ({@code IFS-F001}, {@code IFS-F001-C2}).
 *
 * <p>The records are invented so that oba's computation reproduces the seed deck's figures to
 * the whole percent. Who is in each measure's population is planned by counts (quotas drawn at
 * random with a fixed seed), not by forcing results: 2 families moved away (excluded from the
 * better-off measures), 5 have only a baseline review (3 started in the last weeks of the year, 2
 * disengaged soon after the baseline: not paired), and 150 are judged; 6 young people of 16 or 17
 * left home during the support and were not assessed again (not paired, inside families that
 * are). The counts behind each percent are in {@code oba-examples/README.md}.
 */
public final class IfsDataGenerator {
  /** The seed of the random choices. */
  public static final long SEED = 20_250_401L;
  /** The resources' directory inside oba-examples. */
  public static final String RESOURCES = "src/main/resources/org/obaframework/examples/ifs";
  /** The framework document's file name. */
  public static final String FRAMEWORK_FILE = "framework.json";
  /** The records file's name. */
  public static final String RECORDS_FILE = "records.ndjson";

  /** The local authorities (synthetic codes) and their numbers of families. */
  static final List<String> LOCAL_AUTHORITIES =
      List.of("LA-1", "LA-2", "LA-3", "LA-4", "LA-5", "LA-6");
  private static final int[] FAMILIES_PER_LA = {42, 35, 30, 24, 17, 9};
  /** Families with 1, 2, ... 7 children: 157 families, 484 children. */
  private static final int[] FAMILIES_BY_CHILDREN = {22, 38, 41, 30, 16, 7, 3};

  static final int FAMILIES = 157;
  static final int TWO_ADULT_FAMILIES = 82;
  static final int EVICTED = 22;
  static final int AT_RISK = 121;
  static final int RESIDENTIAL_FROM_EVICTED = 7;
  static final int RESIDENTIAL_FROM_AT_RISK = 4;
  static final int MANAGED_FROM_AT_RISK = 10;
  static final int VIOLENCE = 74;
  static final int VULNERABLE_FAMILIES = 124;
  static final int CHILDREN_AT_RISK_OF_CARE = 184;
  static final int SCHOOL_PROBLEM_FAMILIES = 148;
  static final int MOVED_AWAY = 2;
  static final int LATE_STARTERS = 3;
  static final int DISENGAGED = 2;
  static final int TENANCY_SECURED = 128;
  static final int STABLE_HOME = 120;
  static final int MENTAL_HEALTH_IMPROVED = 60;
  static final int ATTENDANCE_ELIGIBLE = 100;
  static final int ATTENDANCE_IMPROVED = 52;
  static final int EXCLUSION_ELIGIBLE = 42;
  static final int NO_LONGER_EXCLUDED = 21;
  static final int LEFT_HOME = 6;

  private static final String[] RISK = {"none", "low", "medium", "high"};
  private static final String[] HOUSING_LEVELS = {"stable", "warned", "at-risk", "evicted"};
  private static final String[] ASB_LEVELS = {"none", "low", "moderate", "serious"};
  private static final String[] WELL_BEING = {"poor", "fair", "good", "very-good"};
  private static final String[] AGE_BANDS = {"0-4", "5-10", "11-15", "16-17"};

  private static final LocalDate YEAR_START = IfsData.PERIOD.start();
  private static final LocalDate YEAR_END = IfsData.PERIOD.end();

  private IfsDataGenerator() {}

  /** Where a family stands at the end of the year. */
  private enum Course { JUDGED, MOVED_AWAY, LATE_STARTER, DISENGAGED }

  /** A child's plan: age band and the practitioner's ratings at baseline and at the end. */
  private static final class ChildPlan {
    final String id;
    final int ageBand;
    final String sex;
    boolean vulnerable;
    boolean vulnerableEnd;
    int riskCare;
    int riskCareEnd;
    int mentalHealth;
    int mentalHealthEnd;
    boolean schoolProblem;
    boolean schoolProblemEnd;
    int attendance;
    int attendanceEnd;
    boolean excluded;
    boolean excludedEnd;
    boolean leftHome;
    boolean ownView;

    ChildPlan(String id, int ageBand, String sex) {
      this.id = id;
      this.ageBand = ageBand;
      this.sex = sex;
    }

    boolean schoolAge() {
      return ageBand == 1 || ageBand == 2;
    }

    boolean mentalHealthRated() {
      return ageBand > 0;
    }
  }

  /** A family's plan. */
  private static final class FamilyPlan {
    final int index;
    final String id;
    Course course = Course.JUDGED;
    String localAuthority = "";
    String deliveryModel = IfsFramework.EXISTING_TENANCY;
    int adults = 1;
    final List<ChildPlan> children = new ArrayList<>();
    int housing;
    int housingEnd;
    int tenancyRisk;
    int tenancyRiskEnd;
    int asb;
    int asbEnd;
    boolean violence;
    int[] parenting = new int[0];
    int[] parentingEnd = new int[0];
    boolean parentView;
    boolean attendanceEligible;
    boolean exclusionEligible;

    FamilyPlan(int index) {
      this.index = index;
      this.id = String.format(Locale.ROOT, "IFS-F%03d", index + 1);
    }

    String adultId(int a) {
      return id + "-A" + (a + 1);
    }
  }

  /**
   * Generates the records: the same on every run.
   *
   * @return the records, valid against {@link IfsFramework#framework()} as of {@link
   *     IfsData#AS_OF}
   * @throws ValidationException if the records do not validate (a bug in the generator)
   * @throws IllegalStateException if the plan's quotas cannot be met (a bug in the generator)
   */
  public static Records generate() {
    Random random = new Random(SEED);
    List<FamilyPlan> families = new ArrayList<>();
    for (int i = 0; i < FAMILIES; i++) {
      families.add(new FamilyPlan(i));
    }
    plan(families, random);
    List<Subject> subjects = new ArrayList<>();
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    for (FamilyPlan family : families) {
      write(family, random, subjects, episodes, reviews);
    }
    Records records = Records.of(subjects, episodes, reviews);
    RecordValidator.of(IfsFramework.framework(), IfsData.AS_OF).check(records);
    return records;
  }

  // ---------------------------------------------------------------------------------------------
  // Planning: who is in which population, by counts.

  private static void plan(List<FamilyPlan> families, Random random) {
    List<FamilyPlan> order = shuffled(families, random);
    int next = 0;
    for (int la = 0; la < FAMILIES_PER_LA.length; la++) {
      for (int k = 0; k < FAMILIES_PER_LA[la]; k++) {
        order.get(next++).localAuthority = LOCAL_AUTHORITIES.get(la);
      }
    }
    take(families, TWO_ADULT_FAMILIES, random).forEach(f -> f.adults = 2);
    List<Integer> sizes = new ArrayList<>();
    for (int c = 0; c < FAMILIES_BY_CHILDREN.length; c++) {
      for (int k = 0; k < FAMILIES_BY_CHILDREN[c]; k++) {
        sizes.add(c + 1);
      }
    }
    Collections.shuffle(sizes, random);
    for (FamilyPlan family : families) {
      int size = sizes.get(family.index);
      for (int c = 0; c < size; c++) {
        // The eldest is always of school age, so that every family is assessed on school.
        int band = c == 0 ? 1 + random.nextInt(2) : ageBand(random);
        family.children.add(new ChildPlan(family.id + "-C" + (c + 1), band,
            random.nextBoolean() ? "F" : "M"));
      }
      family.parenting = new int[family.adults];
      family.parentingEnd = new int[family.adults];
    }

    // Courses: moved away, late starters, disengaged, judged.
    List<FamilyPlan> rest = shuffled(families, random);
    int at = 0;
    for (int k = 0; k < MOVED_AWAY; k++) {
      rest.get(at++).course = Course.MOVED_AWAY;
    }
    for (int k = 0; k < LATE_STARTERS; k++) {
      rest.get(at++).course = Course.LATE_STARTER;
    }
    for (int k = 0; k < DISENGAGED; k++) {
      rest.get(at++).course = Course.DISENGAGED;
    }
    List<FamilyPlan> judged = families.stream().filter(f -> f.course == Course.JUDGED).toList();

    // Housing at baseline and delivery models.
    List<FamilyPlan> housing = shuffled(families, random);
    for (int k = 0; k < housing.size(); k++) {
      FamilyPlan family = housing.get(k);
      family.housing = k < EVICTED ? 3 : k < EVICTED + AT_RISK ? 2 : 1;
      if (k < RESIDENTIAL_FROM_EVICTED
          || k >= EVICTED && k < EVICTED + RESIDENTIAL_FROM_AT_RISK) {
        family.deliveryModel = IfsFramework.RESIDENTIAL_UNIT;
      } else if (k < EVICTED
          || k >= EVICTED + RESIDENTIAL_FROM_AT_RISK
              && k < EVICTED + RESIDENTIAL_FROM_AT_RISK + MANAGED_FROM_AT_RISK) {
        family.deliveryModel = IfsFramework.MANAGED_TENANCY;
      }
      family.tenancyRisk = family.housing >= 2 ? (random.nextInt(10) < 7 ? 3 : 2)
          : 1 + random.nextInt(2);
      family.asb = random.nextInt(100) < 55 ? 3 : 2;
      for (int a = 0; a < family.adults; a++) {
        family.parenting[a] = random.nextInt(10) < 6 ? 0 : 1;
      }
    }
    take(families, VIOLENCE, random).forEach(f -> f.violence = true);

    // Vulnerable children, and risk of entering care among them.
    List<ChildPlan> vulnerable = new ArrayList<>();
    for (FamilyPlan family : take(families, VULNERABLE_FAMILIES, random)) {
      ChildPlan first = family.children.get(random.nextInt(family.children.size()));
      for (ChildPlan child : family.children) {
        child.vulnerable = child == first || random.nextBoolean();
        if (child.vulnerable) {
          vulnerable.add(child);
        }
      }
    }
    List<ChildPlan> atRisk = take(vulnerable, CHILDREN_AT_RISK_OF_CARE, random);
    for (FamilyPlan family : families) {
      for (ChildPlan child : family.children) {
        if (atRisk.contains(child)) {
          child.riskCare = random.nextInt(10) < 4 ? 3 : 2;
        } else {
          child.riskCare = child.vulnerable ? 1 : random.nextInt(10) < 7 ? 0 : 1;
        }
        child.mentalHealth = child.mentalHealthRated() ? wellBeing(random) : -1;
      }
    }

    // School problems, then attendance and exclusion problems among the families with them.
    List<FamilyPlan> schoolProblems = take(families, SCHOOL_PROBLEM_FAMILIES, random);
    for (FamilyPlan family : families) {
      List<ChildPlan> school = family.children.stream().filter(ChildPlan::schoolAge).toList();
      for (ChildPlan child : school) {
        child.attendance = 90 + random.nextInt(11);
      }
      if (schoolProblems.contains(family)) {
        ChildPlan first = school.get(random.nextInt(school.size()));
        for (ChildPlan child : school) {
          child.schoolProblem = child == first || random.nextInt(10) < 4;
        }
      }
    }
    List<FamilyPlan> judgedWithProblems =
        judged.stream().filter(schoolProblems::contains).toList();
    Set<FamilyPlan> attendance = new HashSet<>(take(judgedWithProblems, ATTENDANCE_ELIGIBLE,
        random));
    Set<FamilyPlan> exclusion = new HashSet<>(take(judgedWithProblems, EXCLUSION_ELIGIBLE,
        random));
    for (FamilyPlan family : schoolProblems) {
      if (family.course != Course.JUDGED) {
        if (random.nextInt(10) < 6) {
          attendance.add(family);
        }
        if (random.nextInt(4) == 0) {
          exclusion.add(family);
        }
      }
    }
    for (FamilyPlan family : families) {
      List<ChildPlan> problems =
          family.children.stream().filter(c -> c.schoolProblem).toList();
      if (attendance.contains(family)) {
        family.attendanceEligible = true;
        ChildPlan first = problems.get(random.nextInt(problems.size()));
        for (ChildPlan child : problems) {
          if (child == first || random.nextBoolean()) {
            child.attendance = 45 + random.nextInt(45);
          }
        }
      }
      if (exclusion.contains(family)) {
        family.exclusionEligible = true;
        ChildPlan first = problems.get(random.nextInt(problems.size()));
        for (ChildPlan child : problems) {
          child.excluded = child == first || random.nextInt(10) < 3;
        }
      }
    }

    // Children's and parents' own views, and young people who left home.
    for (FamilyPlan family : families) {
      boolean views = family.course != Course.LATE_STARTER && random.nextInt(100) < 65;
      for (ChildPlan child : family.children) {
        child.ownView = views && child.ageBand >= 2;
      }
      family.parentView = family.course != Course.LATE_STARTER && random.nextBoolean();
    }
    List<ChildPlan> leavers = new ArrayList<>();
    for (FamilyPlan family : shuffled(judged, random)) {
      if (leavers.size() < LEFT_HOME) {
        family.children.stream().filter(c -> c.ageBand == 3).findFirst().ifPresent(c -> {
          c.leftHome = true;
          c.ownView = false;
          leavers.add(c);
        });
      }
    }
    check(leavers.size() == LEFT_HOME, "young people who left home");

    outcomes(families, judged, random);
  }

  /** The practitioner's ratings at the latest review. */
  private static void outcomes(List<FamilyPlan> families, List<FamilyPlan> judged,
      Random random) {
    // Everyone starts from where they were; the judged families' outcomes are then planned.
    for (FamilyPlan family : families) {
      family.housingEnd = family.housing;
      family.tenancyRiskEnd = Math.max(0, family.tenancyRisk - random.nextInt(2));
      family.asbEnd = Math.max(2, family.asb - random.nextInt(2));
      for (int a = 0; a < family.adults; a++) {
        family.parentingEnd[a] = Math.min(3, family.parenting[a] + random.nextInt(3));
      }
      for (ChildPlan child : family.children) {
        child.vulnerableEnd = child.vulnerable;
        child.riskCareEnd = random.nextInt(10) < 6 ? Math.max(0, child.riskCare
            - 1 - random.nextInt(2)) : child.riskCare;
        if (child.vulnerable && child.riskCareEnd <= 1 && random.nextInt(10) < 6) {
          child.vulnerableEnd = false;
        }
        child.mentalHealthEnd = child.mentalHealth;
        child.attendanceEnd = child.attendance;
        child.excludedEnd = child.excluded;
      }
    }

    List<FamilyPlan> secured = take(judged, TENANCY_SECURED, random);
    List<FamilyPlan> stable = take(secured, STABLE_HOME, random);
    List<FamilyPlan> notSecured = judged.stream().filter(f -> !secured.contains(f)).toList();
    for (FamilyPlan family : judged) {
      if (secured.contains(family)) {
        family.tenancyRiskEnd = 0;
        family.asbEnd = random.nextInt(10) < 6 ? 0 : 1;
        // Secured but not yet stable: rent arrears or other warnings remain.
        family.housingEnd = stable.contains(family) ? 0 : 1;
      } else if (notSecured.indexOf(family) % 2 == 0) {
        // Behaviour continues: ASB moderate or serious, the home still at risk.
        family.asbEnd = 2 + random.nextInt(2);
        family.tenancyRiskEnd = 2 + random.nextInt(2);
        family.housingEnd = random.nextInt(4) == 0 ? 3 : 2;
      } else {
        // Behaviour reduced, but the landlord still sees a risk.
        family.asbEnd = random.nextInt(2);
        family.tenancyRiskEnd = 1 + random.nextInt(2);
        family.housingEnd = 1;
      }
    }

    // Mental health: one child improves in each family that is better off; none elsewhere.
    List<FamilyPlan> mentalHealth = take(judged, MENTAL_HEALTH_IMPROVED, random);
    for (FamilyPlan family : judged) {
      List<ChildPlan> rated = family.children.stream()
          .filter(c -> c.mentalHealthRated() && !c.leftHome).toList();
      if (mentalHealth.contains(family)) {
        ChildPlan first = rated.get(random.nextInt(rated.size()));
        for (ChildPlan child : rated) {
          if (child == first || random.nextInt(10) < 3) {
            child.mentalHealth = Math.min(child.mentalHealth, 2);
            child.mentalHealthEnd = Math.min(3, child.mentalHealth + 1 + random.nextInt(2));
          }
        }
      } else {
        for (ChildPlan child : rated) {
          child.mentalHealthEnd = random.nextInt(10) < 7 ? child.mentalHealth
              : Math.max(0, child.mentalHealth - 1);
        }
      }
    }

    // Attendance: an eligible child improves by 10 points or more in each family better off.
    List<FamilyPlan> eligible = judged.stream().filter(f -> f.attendanceEligible).toList();
    check(eligible.size() == ATTENDANCE_ELIGIBLE, "families with an attendance problem");
    List<FamilyPlan> improved = take(eligible, ATTENDANCE_IMPROVED, random);
    for (FamilyPlan family : eligible) {
      List<ChildPlan> low = family.children.stream()
          .filter(c -> c.schoolAge() && c.attendance < IfsMeasures.ATTENDANCE_THRESHOLD)
          .toList();
      ChildPlan first = low.get(random.nextInt(low.size()));
      for (ChildPlan child : low) {
        if (improved.contains(family) && (child == first || random.nextBoolean())) {
          child.attendanceEnd = Math.min(100, child.attendance
              + IfsMeasures.ATTENDANCE_IMPROVEMENT + random.nextInt(25));
        } else {
          child.attendanceEnd = Math.max(0, Math.min(100, child.attendance
              - 6 + random.nextInt(IfsMeasures.ATTENDANCE_IMPROVEMENT + 5)));
        }
      }
    }

    // Exclusion: in the families better off, every child who had been excluded no longer is.
    List<FamilyPlan> excludedFamilies =
        judged.stream().filter(f -> f.exclusionEligible).toList();
    check(excludedFamilies.size() == EXCLUSION_ELIGIBLE, "families with an exclusion");
    List<FamilyPlan> included = take(excludedFamilies, NO_LONGER_EXCLUDED, random);
    for (FamilyPlan family : excludedFamilies) {
      List<ChildPlan> excluded = family.children.stream().filter(c -> c.excluded).toList();
      ChildPlan still = excluded.get(random.nextInt(excluded.size()));
      for (ChildPlan child : excluded) {
        child.excludedEnd = !included.contains(family) && (child == still || random.nextBoolean());
      }
    }

    for (FamilyPlan family : families) {
      for (ChildPlan child : family.children) {
        child.schoolProblemEnd = child.schoolProblem
            && (child.excludedEnd || child.attendanceEnd < IfsMeasures.ATTENDANCE_THRESHOLD
                || random.nextInt(10) < 3);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writing the records.

  private static void write(FamilyPlan family, Random random, List<Subject> subjects,
      List<Episode> episodes, List<Review> reviews) {
    List<Member> members = new ArrayList<>();
    for (int a = 0; a < family.adults; a++) {
      members.add(Member.of(family.adultId(a), MemberRole.ADULT));
    }
    for (ChildPlan child : family.children) {
      members.add(Member.of(child.id, MemberRole.CHILD, Attributes.empty()
          .with(Attributes.AGE_BAND, AGE_BANDS[child.ageBand])
          .with(Attributes.SEX, child.sex)));
    }
    subjects.add(Subject.family(family.id)
        .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, family.localAuthority))
        .addAllMembers(members)
        .build());

    // Dates: start, baseline, reviews about every 12 weeks, end.
    LocalDate start;
    LocalDate baseline;
    Optional<LocalDate> end = Optional.empty();
    Optional<ClosureReason> reason = Optional.empty();
    List<LocalDate> later = new ArrayList<>();
    switch (family.course) {
      case LATE_STARTER:
        start = date(2026, 2, 2).plusDays(random.nextInt(40));
        baseline = start.plusDays(3 + random.nextInt(12));
        break;
      case DISENGAGED:
        start = YEAR_START.plusDays(30 + random.nextInt(200));
        baseline = start.plusDays(5 + random.nextInt(16));
        end = Optional.of(baseline.plusDays(10 + random.nextInt(30)));
        reason = Optional.of(ClosureReason.UNPLANNED);
        break;
      default:
        start = YEAR_START.plusDays(random.nextInt(214));
        baseline = start.plusDays(random.nextInt(10) == 0 ? 29 + random.nextInt(17)
            : 3 + random.nextInt(22));
        LocalDate limit = YEAR_END;
        if (family.course == Course.MOVED_AWAY) {
          LocalDate moved = baseline.plusDays(80 + random.nextInt(80));
          end = Optional.of(moved.isAfter(YEAR_END) ? YEAR_END.minusDays(5) : moved);
          reason = Optional.of(ClosureReason.MOVED_AWAY);
        } else if (random.nextInt(100) < 60) {
          LocalDate closing = baseline.plusDays(150 + random.nextInt(150));
          if (!closing.isAfter(YEAR_END.minusDays(3))) {
            end = Optional.of(closing);
            reason = Optional.of(random.nextInt(100) < 8 ? ClosureReason.UNPLANNED
                : ClosureReason.PLANNED);
          }
        }
        if (end.isPresent()) {
          limit = end.get();
        }
        LocalDate next = baseline.plusDays(gap(random));
        while (next.isBefore(limit)) {
          later.add(next);
          next = next.plusDays(gap(random));
        }
        if (end.isPresent()) {
          later.add(end.get());
        } else if (later.isEmpty()) {
          later.add(YEAR_END.minusDays(random.nextInt(6)));
        }
        break;
    }
    Episode.Builder episode = Episode.builder()
        .id(family.id + "-E1")
        .subject(family.id)
        .programme(IfsFramework.PROGRAMME)
        .localAuthority(family.localAuthority)
        .deliveryModel(family.deliveryModel)
        .start(start)
        .addServiceOutputs(IfsFramework.INTENSIVE_SUPPORT);
    if (family.deliveryModel.equals(IfsFramework.RESIDENTIAL_UNIT)) {
      episode.addServiceOutputs(IfsFramework.RESIDENTIAL_SUPPORT);
    }
    end.ifPresent(episode::end);
    reason.ifPresent(episode::closureReason);
    episodes.add(episode.build());

    String episodeId = family.id + "-E1";
    int[] counter = {0};
    int steps = later.size();
    reviews.add(review(family, episodeId, counter, ReviewKind.BASELINE, baseline,
        Rater.PRACTITIONER, random, practitioner(family, 0, steps)));
    for (int k = 1; k <= steps; k++) {
      boolean closure = k == steps && end.isPresent();
      reviews.add(review(family, episodeId, counter,
          closure ? ReviewKind.CLOSURE : ReviewKind.REVIEW, later.get(k - 1),
          Rater.PRACTITIONER, random, practitioner(family, k, steps)));
    }

    // The children's own view of their mental health, at the baseline and later reviews.
    List<ChildPlan> viewers = family.children.stream().filter(c -> c.ownView).toList();
    if (!viewers.isEmpty()) {
      LocalDate own = baseline.plusDays(random.nextInt(8));
      LocalDate first = steps > 0 ? later.get(0) : end.orElse(YEAR_END);
      if (own.isAfter(first)) {
        own = baseline;
      }
      reviews.add(review(family, episodeId, counter, ReviewKind.BASELINE, own,
          Rater.CHILD_OR_YOUNG_PERSON, random, ownView(viewers, 0, steps, random)));
      for (int k = 1; k <= steps; k++) {
        boolean closure = k == steps && end.isPresent();
        reviews.add(review(family, episodeId, counter,
            closure ? ReviewKind.CLOSURE : ReviewKind.REVIEW, later.get(k - 1),
            Rater.CHILD_OR_YOUNG_PERSON, random, ownView(viewers, k, steps, random)));
      }
    }
    // A parent's own view of their parenting, at the baseline and the last review.
    if (family.parentView) {
      List<Rating> first = new ArrayList<>();
      List<Rating> last = new ArrayList<>();
      for (int a = 0; a < family.adults; a++) {
        first.add(Rating.of(PARENTING, WELL_BEING[Math.min(3, family.parenting[a] + 1)])
            .about(family.adultId(a)));
        last.add(Rating.of(PARENTING, WELL_BEING[Math.min(3, family.parentingEnd[a] + 1)])
            .about(family.adultId(a)));
      }
      reviews.add(review(family, episodeId, counter, ReviewKind.BASELINE, baseline,
          Rater.PARENT_OR_CARER, random, first));
      if (steps > 0) {
        boolean closure = end.isPresent();
        reviews.add(review(family, episodeId, counter,
            closure ? ReviewKind.CLOSURE : ReviewKind.REVIEW, later.get(steps - 1),
            Rater.PARENT_OR_CARER, random, last));
      }
    }
  }

  /** The practitioner's ratings at step k of steps (0 = baseline), moving towards the end. */
  private static List<Rating> practitioner(FamilyPlan family, int k, int steps) {
    List<Rating> ratings = new ArrayList<>();
    ratings.add(Rating.of(HOUSING, HOUSING_LEVELS[step(family.housing, family.housingEnd, k,
        steps)]));
    ratings.add(Rating.of(TENANCY_RISK, RISK[step(family.tenancyRisk, family.tenancyRiskEnd, k,
        steps)]));
    ratings.add(Rating.of(ASB, ASB_LEVELS[step(family.asb, family.asbEnd, k, steps)]));
    if (k == 0) {
      ratings.add(Rating.of(VIOLENCE_HOME, family.violence));
    }
    for (int a = 0; a < family.adults; a++) {
      ratings.add(Rating.of(PARENTING, WELL_BEING[step(family.parenting[a],
          family.parentingEnd[a], k, steps)]).about(family.adultId(a)));
    }
    for (ChildPlan child : family.children) {
      if (k > 0 && child.leftHome) {
        for (String indicator : List.of(RISK_CARE, VULNERABLE, CHILD_MENTAL_HEALTH,
            SCHOOL_PROBLEMS, SCHOOL_ATTENDANCE, SCHOOL_EXCLUSION)) {
          ratings.add(Rating.notAssessed(indicator).about(child.id));
        }
        continue;
      }
      boolean half = 2 * k >= steps && k > 0;
      ratings.add(Rating.of(RISK_CARE, RISK[step(child.riskCare, child.riskCareEnd, k, steps)])
          .about(child.id));
      ratings.add(Rating.of(VULNERABLE, half ? child.vulnerableEnd : child.vulnerable)
          .about(child.id));
      ratings.add((child.mentalHealthRated()
          ? Rating.of(CHILD_MENTAL_HEALTH, WELL_BEING[step(child.mentalHealth,
              child.mentalHealthEnd, k, steps)])
          : Rating.notApplicable(CHILD_MENTAL_HEALTH)).about(child.id));
      if (child.schoolAge()) {
        ratings.add(Rating.of(SCHOOL_PROBLEMS, half ? child.schoolProblemEnd
            : child.schoolProblem).about(child.id));
        ratings.add(Rating.of(SCHOOL_ATTENDANCE, step(child.attendance, child.attendanceEnd, k,
            steps)).about(child.id));
        ratings.add(Rating.of(SCHOOL_EXCLUSION, k == steps && k > 0 ? child.excludedEnd
            : child.excluded).about(child.id));
      } else {
        for (String indicator : List.of(SCHOOL_PROBLEMS, SCHOOL_ATTENDANCE, SCHOOL_EXCLUSION)) {
          ratings.add(Rating.notApplicable(indicator).about(child.id));
        }
      }
    }
    return ratings;
  }

  /** The children's own view: close to the practitioner's, sometimes a level apart. */
  private static List<Rating> ownView(List<ChildPlan> viewers, int k, int steps,
      Random random) {
    List<Rating> ratings = new ArrayList<>();
    for (ChildPlan child : viewers) {
      int value = step(child.mentalHealth, child.mentalHealthEnd, k, steps)
          + (random.nextInt(4) == 0 ? 1 : 0);
      ratings.add(Rating.of(CHILD_MENTAL_HEALTH, WELL_BEING[Math.min(3, value)])
          .about(child.id));
    }
    return ratings;
  }

  private static Review review(FamilyPlan family, String episode, int[] counter,
      ReviewKind kind, LocalDate assessed, Rater rater, Random random, List<Rating> ratings) {
    counter[0]++;
    LocalDate recorded = assessed.plusDays(random.nextInt(8));
    if (recorded.isAfter(YEAR_END)) {
      recorded = YEAR_END;
    }
    return Review.builder()
        .id(family.id + "-R" + String.format(Locale.ROOT, "%02d", counter[0]))
        .episode(episode)
        .kind(kind)
        .assessedOn(assessed)
        .recordedOn(recorded)
        .rater(rater)
        .addAllRatings(ratings)
        .build();
  }

  /** The value at step k of steps, moving evenly from a baseline value to an end value. */
  private static int step(int from, int to, int k, int steps) {
    if (steps == 0 || k == 0) {
      return from;
    }
    return from + (int) Math.round((to - from) * (double) k / steps);
  }

  private static int gap(Random random) {
    // About every 12 weeks; one review in eight comes late.
    return random.nextInt(8) == 0 ? 100 + random.nextInt(21) : 70 + random.nextInt(29);
  }

  private static int ageBand(Random random) {
    int r = random.nextInt(100);
    return r < 25 ? 0 : r < 60 ? 1 : r < 90 ? 2 : 3;
  }

  private static int wellBeing(Random random) {
    int r = random.nextInt(100);
    return r < 30 ? 0 : r < 75 ? 1 : r < 95 ? 2 : 3;
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** Takes n items at random, in their original order. */
  private static <T> List<T> take(List<T> items, int n, Random random) {
    check(items.size() >= n, n + " of " + items.size() + " items");
    Set<T> chosen = new HashSet<>(shuffled(items, random).subList(0, n));
    return items.stream().filter(chosen::contains).toList();
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("IFS generator plan failed: " + what);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The resources.

  /**
   * Returns the framework document, as shipped in {@code framework.json}.
   *
   * @return the JSON text
   */
  public static String frameworkJson() {
    return FrameworkJson.standard().write(IfsFramework.framework());
  }

  /**
   * Returns the records, one per line, as shipped in {@code records.ndjson}.
   *
   * @return the NDJSON text
   */
  public static String recordsNdjson() {
    return RecordsNdjson.standard().write(generate());
  }

  /**
   * Writes {@code framework.json} and {@code records.ndjson} into a directory.
   *
   * @param directory the directory, created if missing
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void writeResources(Path directory) {
    try {
      Files.createDirectories(directory);
      AtomicFile.write(directory.resolve(FRAMEWORK_FILE), frameworkJson());
      AtomicFile.write(directory.resolve(RECORDS_FILE), recordsNdjson());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the IFS resources to " + directory, e);
    }
  }

  /**
   * (Re)writes the shipped resources: into the directory given as the first argument, or else
   * {@code oba-examples/src/main/resources/org/obaframework/examples/ifs} when run from the
   * repository's root, or {@code src/main/resources/...} when run from {@code oba-examples}.
   *
   * @param args an optional directory
   */
  public static void main(String[] args) {
    Path directory;
    if (args.length > 0) {
      directory = Path.of(args[0]);
    } else if (Files.isDirectory(Path.of("oba-examples", "src"))) {
      directory = Path.of("oba-examples").resolve(RESOURCES);
    } else {
      directory = Path.of(RESOURCES);
    }
    writeResources(directory);
    System.out.println("Wrote " + directory.resolve(FRAMEWORK_FILE) + " and "
        + directory.resolve(RECORDS_FILE));
  }
}
