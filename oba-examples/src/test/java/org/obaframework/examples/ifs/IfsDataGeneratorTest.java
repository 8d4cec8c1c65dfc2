package org.obaframework.examples.ifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.RatingStatus;
import org.obaframework.core.records.RecordValidator;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;

class IfsDataGeneratorTest {
  private static final Path SHIPPED = Path.of(IfsDataGenerator.RESOURCES);

  @Test
  void shippedResourcesAreWhatTheGeneratorWritesNow() throws IOException {
    // If this fails after a change to the generator or the framework, run IfsDataGenerator.main.
    assertThat(Files.readString(SHIPPED.resolve(IfsDataGenerator.FRAMEWORK_FILE),
        StandardCharsets.UTF_8)).isEqualTo(IfsDataGenerator.frameworkJson());
    assertThat(Files.readString(SHIPPED.resolve(IfsDataGenerator.RECORDS_FILE),
        StandardCharsets.UTF_8)).isEqualTo(IfsDataGenerator.recordsNdjson());
  }

  @Test
  void theJarCarriesTheShippedBytes() throws IOException {
    for (String file : List.of(IfsDataGenerator.FRAMEWORK_FILE, IfsDataGenerator.RECORDS_FILE)) {
      try (InputStream in = IfsData.class.getResourceAsStream(
          "/org/obaframework/examples/ifs/" + file)) {
        assertThat(in).as(file).isNotNull();
        assertThat(in.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(SHIPPED.resolve(file)));
      }
    }
  }

  @Test
  void mainWritesTheSameBytesIntoTheDirectoryGiven(@TempDir Path directory) throws IOException {
    IfsDataGenerator.main(new String[] {directory.toString()});
    for (String file : List.of(IfsDataGenerator.FRAMEWORK_FILE, IfsDataGenerator.RECORDS_FILE)) {
      assertThat(Files.readAllBytes(directory.resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(SHIPPED.resolve(file)));
    }
  }

  @Test
  void theEmbeddedTextIsTheShippedText() throws IOException {
    assertThat(IfsData.frameworkJson()).isEqualTo(Files.readString(
        SHIPPED.resolve(IfsDataGenerator.FRAMEWORK_FILE), StandardCharsets.UTF_8));
    assertThat(IfsData.recordsNdjson()).isEqualTo(Files.readString(
        SHIPPED.resolve(IfsDataGenerator.RECORDS_FILE), StandardCharsets.UTF_8));
    assertThat(IfsData.records()).hasSize(157);
  }

  @Test
  void sixYoungPeopleWhoLeftHomeAreNotAssessedAfterTheBaseline() {
    Records records = IfsDataGenerator.generate();
    Set<String> notAssessed = records.reviews().stream()
        .flatMap(r -> r.ratings().stream())
        .filter(r -> r.status() == RatingStatus.NOT_ASSESSED)
        .map(r -> r.member().orElseThrow())
        .collect(Collectors.toSet());
    assertThat(notAssessed).hasSize(6);
    Map<String, String> bands = records.subjects().stream()
        .flatMap(s -> s.members().stream())
        .filter(m -> m.role() == MemberRole.CHILD)
        .collect(Collectors.toMap(Member::id,
            m -> m.attributes().latest(Attributes.AGE_BAND).orElseThrow()));
    assertThat(notAssessed).allMatch(id -> bands.get(id).equals("16-17"));
  }

  @Test
  void writesTheSameIdsWhateverTheDefaultLocale() {
    String shipped = IfsDataGenerator.recordsNdjson();
    Locale before = Locale.getDefault();
    try {
      // Arabic and Persian format %d with their own digits, unless told Locale.ROOT.
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(IfsDataGenerator.recordsNdjson()).isEqualTo(shipped);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void isDeterministic() {
    assertThat(IfsDataGenerator.recordsNdjson()).isEqualTo(IfsDataGenerator.recordsNdjson());
  }

  @Test
  void recordsPassTheValidatorWithNoProblems() {
    Records records = IfsDataGenerator.generate();
    assertThat(RecordValidator.of(IfsFramework.framework(), IfsData.AS_OF).validate(records))
        .isEmpty();
  }

  @Test
  void hasTheSeedsPeopleWithPseudonymousIdsOnly() {
    Records records = IfsDataGenerator.generate();
    assertThat(records.subjects()).hasSize(157)
        .allMatch(s -> s.kind() == SubjectKind.FAMILY);
    List<Member> members = records.subjects().stream().flatMap(s -> s.members().stream())
        .toList();
    assertThat(members.stream().filter(m -> m.role() == MemberRole.ADULT)).hasSize(239);
    assertThat(members.stream().filter(m -> m.role() == MemberRole.CHILD)).hasSize(484);
    Pattern family = Pattern.compile("IFS-F\\d{3}");
    assertThat(records.subjects()).extracting(Subject::id).allMatch(id -> family.matcher(id)
        .matches());
    assertThat(members).allMatch(m -> m.id().matches("IFS-F\\d{3}-[AC]\\d"));
    assertThat(records.episodes()).hasSize(157)
        .allMatch(e -> IfsData.PERIOD.contains(e.start()));
    assertThat(records.episodes().stream().map(e -> e.localAuthority()).distinct()).hasSize(6);
    assertThat(records.episodes().stream().map(e -> e.deliveryModel().orElseThrow()).distinct())
        .containsExactlyInAnyOrder(IfsFramework.EXISTING_TENANCY, IfsFramework.MANAGED_TENANCY,
            IfsFramework.RESIDENTIAL_UNIT);
    Map<String, Long> models = records.episodes().stream().collect(Collectors.groupingBy(
        e -> e.deliveryModel().orElseThrow(), Collectors.counting()));
    assertThat(models).containsExactlyInAnyOrderEntriesOf(Map.of(
        IfsFramework.EXISTING_TENANCY, 121L, IfsFramework.MANAGED_TENANCY, 25L,
        IfsFramework.RESIDENTIAL_UNIT, 11L));
    assertThat(records.episodes()).filteredOn(e -> e.serviceOutputs()
        .contains(IfsFramework.RESIDENTIAL_SUPPORT)).hasSize(11)
        .allMatch(e -> e.deliveryModel().orElseThrow().equals(IfsFramework.RESIDENTIAL_UNIT));
    Map<String, Long> areas = records.episodes().stream().collect(Collectors.groupingBy(
        e -> e.localAuthority(), Collectors.counting()));
    assertThat(areas).containsExactlyInAnyOrderEntriesOf(Map.of("LA-1", 42L, "LA-2", 35L,
        "LA-3", 30L, "LA-4", 24L, "LA-5", 17L, "LA-6", 9L));
    assertThat(records.reviews()).allMatch(r -> IfsData.PERIOD.contains(r.assessedOn())
        && IfsData.PERIOD.contains(r.recordedOn()));
  }
}
