package org.obaframework.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.obaframework.core.testing.Draw;
import org.obaframework.core.testing.Generators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the small value types: labels, outcome links, scale values, ordinal scales. */
class ValueTypeProperties {
  private static final long SEED = 20_260_403L;

  /** Locales a reader may have: those of the generated labels and others. */
  private static final Gen<Locale> LOCALES = Generate.pick(localeTags()).map(Locale::forLanguageTag);

  private static List<String> localeTags() {
    List<String> tags = new ArrayList<>(Generators.LANGUAGE_TAGS);
    tags.addAll(List.of("cy-GB", "en-AU", "fr-CA", "ja", "zh", "zh-Hant", "und", "sr-Cyrl",
        "de-CH", "gd-GB"));
    return tags;
  }

  @Test
  void labelTextsRoundTrip() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(Generators.labelTexts())
        .checkAssert(texts -> {
          Label label = Label.of(texts);
          assertThat(label.texts()).isEqualTo(texts);
          assertThat(new ArrayList<>(label.texts().keySet()))
              .as("the order given").isEqualTo(new ArrayList<>(texts.keySet()));
          texts.forEach((tag, text) -> assertThat(label.exactly(tag)).contains(text));
          // The fallback is English when present (en, else its first variant), otherwise the
          // first text.
          String fallback = texts.containsKey(Label.ENGLISH)
              ? texts.get(Label.ENGLISH)
              : texts.entrySet().stream().filter(e -> e.getKey().startsWith("en-"))
                  .map(java.util.Map.Entry::getValue).findFirst()
                  .orElse(texts.values().iterator().next());
          assertThat(label.text()).isEqualTo(fallback);
          assertThat(Label.of(label.texts())).isEqualTo(label);
        });
  }

  @Test
  void labelInAnyLocaleIsOneOfItsTexts() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(Generators.labelTexts(), LOCALES)
        .checkAssert((texts, locale) -> {
          Label label = Label.of(texts);
          String text = label.in(locale);
          assertThat(texts.values()).contains(text);
          // The reader's exact tag, else the language alone, else the language's first variant
          // (a cy reader gets cy-GB), else the fallback.
          String language = locale.getLanguage();
          String expected = texts.get(locale.toLanguageTag());
          if (expected == null) {
            expected = texts.get(language);
          }
          if (expected == null) {
            expected = texts.entrySet().stream()
                .filter(e -> !language.isEmpty() && e.getKey().startsWith(language + "-"))
                .map(Map.Entry::getValue).findFirst().orElse(label.text());
          }
          assertThat(text).as("%s read in %s", texts, locale).isEqualTo(expected);
        });
  }

  @Test
  void outcomeRefParsesItsOwnText() {
    Gen<String> codes = Generate.pick(List.of("SHANARRI", "ECM", "a", "Z9", "x.y_z-1",
        "WALES-SSWBA-2014", "0", "9-lives", "L".repeat(64)));
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(Generators.outcomeRefs().mix(codes.zip(codes, OutcomeRef::of)))
        .checkAssert(ref -> {
          assertThat(OutcomeRef.parse(ref.toString())).isEqualTo(ref);
          assertThat(OutcomeRef.parse(new StringBuilder(ref.toString()))).isEqualTo(ref);
        });
  }

  @Test
  void scaleValueTextParsesBackToTheNumber() {
    Gen<Double> finite = finiteDoubles();
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(finite)
        .checkAssert(x -> {
          String text = ScaleValue.of(x).toString();
          if (isNegativeZero(x)) {
            // -0.0 is the same value as 0.0 and prints as "0" (Double.equals tells them apart).
            assertThat(text).isEqualTo("0");
            assertThat(ScaleValue.of(Double.parseDouble(text))).isEqualTo(ScaleValue.of(x));
            return;
          }
          assertThat(Double.parseDouble(text)).as("ScaleValue.of(%s) printed as %s", x, text)
              .isEqualTo(x);
          assertThat(ScaleValue.of(Double.parseDouble(text))).isEqualTo(ScaleValue.of(x));
        });
  }

  @Test
  void scaleValueParseReadsBackEveryNumbersText() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(finiteDoubles())
        .checkAssert(x -> {
          ScaleValue value = ScaleValue.of(x);
          assertThat(ScaleValue.parse(value.toString())).as("parse(%s)", value)
              .isInstanceOf(ScaleValue.Numeric.class).isEqualTo(value);
          assertThat(ScaleValue.parse(new StringBuilder(value.toString()))).isEqualTo(value);
        });
  }

  @Test
  void scaleValueParseReadsBackEveryGeneratedValue() {
    // Values that scales accept, of every kind. A level code that reads as yes, no or a number
    // (such as "2", which the generated scales use) parses as that instead: left out here, see
    // ScaleTest.
    qt().withFixedSeed(SEED).withExamples(1000)
        .forAll(in -> {
          Draw d = new Draw(in);
          return Generators.valueOn(Generators.scale(d), d);
        })
        .assuming(v -> !(v instanceof ScaleValue.Level) || !readsAsAnotherKind(v.toString()))
        .checkAssert(value -> assertThat(ScaleValue.parse(value.toString()))
            .as("parse(%s)", value).isEqualTo(value));
  }

  private static boolean readsAsAnotherKind(String code) {
    return code.equals("yes") || code.equals("no")
        || code.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  }

  private static Gen<Double> finiteDoubles() {
    return doubles().any()
        .mix(doubles().between(-1e6, 1e6))
        .mix(integers().between(-100_000, 100_000).map(i -> i / 4.0))
        .mix(Generate.pick(List.of(0.0, -0.0, 1e15, -1e15, 1e15 - 1, 999_999_999_999_999.0,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 0.1, 1e-7, 9007199254740993.0)))
        .assuming(Double::isFinite);
  }

  private static boolean isNegativeZero(double x) {
    return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(-0.0);
  }

  @Test
  void ordinalPositionsStrictlyIncreaseAlongTheLevels() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(Generators.ordinalScales())
        .checkAssert(scale -> {
          List<OrdinalLevel> levels = scale.levels();
          double previous = Double.NEGATIVE_INFINITY;
          for (int i = 0; i < levels.size(); i++) {
            ScaleValue value = ScaleValue.level(levels.get(i).code());
            assertThat(scale.accepts(value)).isTrue();
            double position = scale.position(value);
            assertThat(position).isGreaterThan(previous).isEqualTo(i);
            previous = position;
            assertThat(scale.level(levels.get(i).code())).contains(levels.get(i));
            // A level's score names the level too, at the same position.
            ScaleValue score = ScaleValue.of(levels.get(i).score());
            assertThat(scale.accepts(score)).as("%s accepts %s", scale, score).isTrue();
            assertThat(scale.position(score)).isEqualTo(i);
            assertThat(scale.level(score)).contains(levels.get(i));
            assertThat(scale.level(value)).contains(levels.get(i));
            if (i > 0) {
              assertThat(levels.get(i).score()).isGreaterThan(levels.get(i - 1).score());
            }
          }
        });
  }

  @Test
  void everyScaleAcceptsItsGeneratedValuesAndRefusesOffScaleOnes() {
    qt().withFixedSeed(SEED).withExamples(500)
        .forAll(in -> {
          Draw d = new Draw(in);
          Scale scale = Generators.scale(d);
          return Map.entry(scale, List.of(Generators.valueOn(scale, d),
              Generators.offScale(scale, d)));
        })
        .checkAssert(entry -> {
          Scale scale = entry.getKey();
          ScaleValue on = entry.getValue().get(0);
          ScaleValue off = entry.getValue().get(1);
          assertThat(scale.accepts(on)).as("%s accepts %s", scale, on).isTrue();
          assertThat(scale.accepts(off)).as("%s refuses %s", scale, off).isFalse();
          if (scale instanceof OrdinalScale) {
            assertThat(((OrdinalScale) scale).level(off)).isEmpty();
            assertThat(((OrdinalScale) scale).level(on)).isPresent();
          }
          double position = scale.position(on);
          assertThat(position).isFinite();
        });
  }
}
