package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.obaframework.core.records.Attributes;
import org.obaframework.core.records.ClosureReason;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Member;
import org.obaframework.core.records.MemberRole;
import org.obaframework.core.records.Rater;
import org.obaframework.core.records.Rating;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.ReviewKind;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectKind;

/** Records for the tests of the records formats: a golden batch and random batches by seed. */
final class RecordSamples {
  static final String GOLDEN = "/org/obaframework/json/records-golden.json";
  static final String GOLDEN_NDJSON = "/org/obaframework/json/records-golden.ndjson";

  private RecordSamples() {}

  static String resource(String name) throws IOException {
    try (InputStream in = RecordSamples.class.getResourceAsStream(name)) {
      assertThat(in).as("resource " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Records has no equals: equal when their three lists are. */
  static void assertSame(Records actual, Records expected) {
    assertThat(actual.subjects()).isEqualTo(expected.subjects());
    assertThat(actual.episodes()).isEqualTo(expected.episodes());
    assertThat(actual.reviews()).isEqualTo(expected.reviews());
  }

  static Records golden() {
    Subject child = Subject.child("C-0001")
        .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "W06000015")
            .with(Attributes.AGE_BAND, "5-9")
            .withChange(Attributes.AGE_BAND, "10-15", LocalDate.of(2024, 9, 1)))
        .build();
    Subject family = Subject.family("F-0002")
        .attributes(Attributes.empty().withChange(Attributes.NATION, "WALES",
            LocalDate.of(2023, 1, 1)))
        .addMembers(Member.of("F-0002/1", MemberRole.ADULT),
            Member.of("F-0002/2", MemberRole.CHILD,
                Attributes.empty().with(Attributes.SEX, "F")))
        .build();
    Episode open = Episode.builder().id("E-1").subject("C-0001").programme("IFS")
        .localAuthority("W06000015").deliveryModel("HOME").start(LocalDate.of(2024, 4, 2))
        .addServiceOutputs("SAFETY-PLAN", "PARENTING-COURSE").build();
    Episode closed = Episode.builder().id("E-2").subject("F-0002").programme("IFS")
        .localAuthority("W06000015").start(LocalDate.of(2023, 5, 10))
        .end(LocalDate.of(2024, 1, 31)).closureReason(ClosureReason.PLANNED).build();
    Review baseline = Review.builder().id("R-1").episode("E-1").kind(ReviewKind.BASELINE)
        .assessedOn(LocalDate.of(2024, 4, 2)).recordedOn(LocalDate.of(2024, 4, 5))
        .rater(Rater.PRACTITIONER)
        .addRatings(Rating.of("SAFE-AT-HOME", false), Rating.of("EMOTIONAL-WELLBEING", "STUCK"),
            Rating.of("SCHOOL-ATTENDANCE", 87.5), Rating.notApplicable("PLACEMENT-MOVES"))
        .build();
    Review closure = Review.builder().id("R-2").episode("E-2").kind(ReviewKind.CLOSURE)
        .assessedOn(LocalDate.of(2024, 1, 31)).rater(Rater.JOINT)
        .addRatings(Rating.of("TENANCY-AT-RISK", true),
            Rating.of("SAFE-AT-HOME", true).about("F-0002/2"),
            Rating.notAssessed("EMOTIONAL-WELLBEING").about("F-0002/2"),
            Rating.of("PLACEMENT-MOVES", 2).about("F-0002/2"))
        .build();
    return Records.of(List.of(child, family), List.of(open, closed), List.of(baseline, closure));
  }

  /** A random, groupable batch: each episode's subject and each review's episode are listed. */
  static Records random(long seed) {
    Random r = new Random(seed);
    List<Subject> subjects = new ArrayList<>();
    List<Episode> episodes = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    int subjectCount = r.nextInt(4);
    for (int s = 0; s < subjectCount; s++) {
      String subjectId = "S" + s + (r.nextBoolean() ? "" : ":x/" + r.nextInt(100));
      boolean isFamily = r.nextBoolean();
      Subject.Builder subject = isFamily ? Subject.family(subjectId) : Subject.child(subjectId);
      subject.attributes(attributes(r));
      List<String> memberIds = new ArrayList<>();
      if (isFamily) {
        for (int m = 0; m < r.nextInt(3); m++) {
          String memberId = subjectId + "-m" + m;
          memberIds.add(memberId);
          subject.addMembers(Member.of(memberId,
              r.nextBoolean() ? MemberRole.ADULT : MemberRole.CHILD, attributes(r)));
        }
      }
      subjects.add(subject.build());
      for (int e = 0; e < r.nextInt(3); e++) {
        String episodeId = subjectId + "-e" + e;
        LocalDate start = LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12),
            1 + r.nextInt(28));
        Episode.Builder episode = Episode.builder().id(episodeId).subject(subjectId)
            .programme(pick(r, "IFS", "FOSTERING", "P.1")).localAuthority("LA" + r.nextInt(5))
            .start(start);
        if (r.nextBoolean()) {
          episode.deliveryModel(pick(r, "HOME", "GROUP"));
        }
        if (r.nextBoolean()) {
          episode.end(start.plusDays(r.nextInt(400)));
          if (r.nextBoolean()) {
            episode.closureReason(ClosureReason.values()[r.nextInt(ClosureReason.values().length)]);
          }
        }
        for (int o = 0; o < r.nextInt(3); o++) {
          episode.addServiceOutputs("OUT-" + o);
        }
        episodes.add(episode.build());
        for (int v = 0; v < r.nextInt(3); v++) {
          LocalDate assessed = start.plusDays(r.nextInt(300));
          Review.Builder review = Review.builder().id(episodeId + "-r" + v).episode(episodeId)
              .kind(ReviewKind.values()[r.nextInt(ReviewKind.values().length)])
              .assessedOn(assessed).rater(Rater.values()[r.nextInt(Rater.values().length)]);
          if (r.nextBoolean()) {
            review.recordedOn(assessed.plusDays(r.nextInt(30)));
          }
          for (int g = 0; g < r.nextInt(5); g++) {
            Rating rating = rating(r, "IND-" + g);
            if (!memberIds.isEmpty() && r.nextBoolean()) {
              rating = rating.about(memberIds.get(r.nextInt(memberIds.size())));
            }
            review.addRatings(rating);
          }
          reviews.add(review.build());
        }
      }
    }
    return Records.of(subjects, episodes, reviews);
  }

  private static Rating rating(Random r, String indicator) {
    switch (r.nextInt(8)) {
      case 0:
        return Rating.notApplicable(indicator);
      case 1:
        return Rating.notAssessed(indicator);
      case 2:
        return Rating.of(indicator, r.nextBoolean());
      case 3:
        return Rating.of(indicator, pick(r, "LOW", "high", "level.2", "5-9"));
      case 4:
        return Rating.of(indicator, r.nextInt(200) - 100);
      case 5:
        return Rating.of(indicator, r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
      case 6:
        return Rating.of(indicator, -r.nextGaussian() * 1e6);
      default:
        double any = Double.longBitsToDouble(r.nextLong());
        return Rating.of(indicator, Double.isFinite(any) ? any : 0.25);
    }
  }

  private static Attributes attributes(Random r) {
    Attributes attributes = Attributes.empty();
    for (int a = 0; a < r.nextInt(3); a++) {
      String name = pick(r, Attributes.AGE_BAND, Attributes.SEX, Attributes.ETHNICITY, "x.y");
      if (attributes.names().contains(name)) {
        continue;
      }
      LocalDate date = LocalDate.of(2010 + r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28));
      if (r.nextBoolean()) {
        attributes = attributes.with(name, pick(r, "A", "0-4", "b+c", "W06000015"));
      } else {
        attributes = attributes.withChange(name, pick(r, "A", "0-4"), date);
      }
      for (int c = 0; c < r.nextInt(3); c++) {
        date = date.plusDays(1 + r.nextInt(500));
        attributes = attributes.withChange(name, pick(r, "Z", "10-15", "x_y"), date);
      }
    }
    return attributes;
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
