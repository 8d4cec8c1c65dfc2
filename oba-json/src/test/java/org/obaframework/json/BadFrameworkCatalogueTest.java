package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.obaframework.json.MarkedDocument.bad;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.obaframework.json.MarkedDocument.Case;

/**
 * Malformed and invalid framework documents. Each case marks with {@code §} the place the problem
 * must be reported at (the mark is removed before reading), so each asserts the exception type,
 * the JSON Pointer, the line and column, and the key words of the message.
 */
class BadFrameworkCatalogueTest {
  static final String BASE = "{\"formatVersion\":1,\"code\":\"AFC\",\"name\":{\"en\":\"AfC\"},"
      + "\"version\":\"1\",\"serviceAreas\":[{\"code\":\"FS\",\"name\":{\"en\":\"Family support\"}}],"
      + "\"indicators\":[{\"code\":\"SAFE\",\"name\":{\"en\":\"Safe\"},"
      + "\"definition\":{\"en\":\"Feels safe\"},\"version\":\"1\","
      + "\"scale\":{\"type\":\"ordinal\",\"levels\":[{\"code\":\"low\",\"label\":{\"en\":\"Low\"},"
      + "\"score\":1},{\"code\":\"high\",\"label\":{\"en\":\"High\"},\"score\":2}]},"
      + "\"polarity\":\"HIGHER_IS_BETTER\",\"ratedAt\":\"CHILD\",\"serviceAreas\":[\"FS\"],"
      + "\"outcomes\":[\"SH/SAFE\"]}],"
      + "\"programmes\":[{\"code\":\"IFS\",\"name\":{\"en\":\"IFS\"},\"serviceArea\":\"FS\","
      + "\"indicators\":[\"SAFE\"],\"deliveryModels\":[],\"measures\":[\"M1\"]}],"
      + "\"measures\":[{\"code\":\"M1\",\"name\":{\"en\":\"Safer\"},"
      + "\"quadrant\":\"BETTER_OFF_PERCENT\",\"role\":\"HEADLINE\",\"countingUnit\":\"CHILD\","
      + "\"indicators\":[\"SAFE\"]}],\"serviceOutputs\":[],"
      + "\"externalFrameworks\":[{\"code\":\"SH\",\"name\":{\"en\":\"SHANARRI\"},\"source\":\"GIRFEC\","
      + "\"outcomes\":[{\"code\":\"SAFE\",\"name\":{\"en\":\"Safe\"}}]}]}";

  private static final String NUMERIC = "\"scale\":{\"type\":\"numeric\",\"unit\":\"days\","
      + "\"lower\":0,\"upper\":10},";
  private static final String ORDINAL_SCALE = BASE.substring(BASE.indexOf("\"scale\":"),
      BASE.indexOf("\"polarity\""));

  /** BASE with one replacement, which must apply. */
  private static String with(String from, String to) {
    return MarkedDocument.with(BASE, from, to);
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(bad("truncated", BASE.substring(0, 40) + "§", "/name",
        "malformed document", "well-formed JSON", "end-of-input"));
    cases.add(bad("bare word", "{\"formatVersion\": 1, \"code\": §AFC}", "/code",
        "malformed document", "syntax error"));
    cases.add(bad("empty document", "§", "(root)", "malformed document", "empty document"));
    cases.add(bad("trailing content", BASE + " §{}", "(root)",
        "malformed document", "end of the document"));
    cases.add(bad("root is an array", "§[1, 2]", "(root)", "wrong type", "an object",
        "an array"));
    cases.add(bad("format version 2", with("\"formatVersion\":1", "\"formatVersion\":§2"),
        "/formatVersion", "unsupported format version", "expected 1", "found 2"));
    cases.add(bad("format version 2^64 + 1, whose low bits are 1", with("\"formatVersion\":1",
        "\"formatVersion\":§18446744073709551617"), "/formatVersion",
        "unsupported format version", "found 18446744073709551617"));
    cases.add(bad("format version as a string",
        with("\"formatVersion\":1", "\"formatVersion\":§\"1\""), "/formatVersion",
        "unsupported format version", "a string"));
    cases.add(bad("format version missing", "§" + with("\"formatVersion\":1,", ""), "(root)",
        "missing value", "formatVersion"));
    cases.add(bad("unknown property", with("\"code\":\"AFC\",", "\"code\":\"AFC\",§\"colour\":1,"),
        "/colour", "unknown property", "'colour'", "externalFrameworks"));
    cases.add(bad("unknown scale property", with("\"type\":\"ordinal\",",
        "\"type\":\"ordinal\",§\"unit\":\"days\","), "/indicators/0/scale/unit",
        "unknown property", "[levels, type]"));
    cases.add(bad("unknown property named with pointer syntax", with("\"code\":\"AFC\",",
        "\"code\":\"AFC\",§\"a/b~c\":1,"), "/(a name of 5 characters)", "unknown property",
        "a name of 5 characters with '/' at position 2"));
    cases.add(bad("duplicate object key", with("\"code\":\"AFC\",",
        "\"code\":\"AFC\",§\"code\":\"AFC\","), "/code", "duplicate property", "'code' again"));
    cases.add(bad("code of the wrong type", with("\"code\":\"AFC\"", "\"code\":§7"), "/code",
        "wrong type", "expected a string", "found an integer"));
    cases.add(bad("version null", with("\"version\":\"1\",\"serviceAreas\"",
        "\"version\":§null,\"serviceAreas\""), "/version", "wrong type", "found null"));
    cases.add(bad("service areas not an array", with("\"serviceAreas\":[{\"code\":\"FS\",\"name\":{\"en\":\"Family support\"}}]",
        "\"serviceAreas\":§\"FS\""), "/serviceAreas", "wrong type", "an array",
        "a string of 2 characters"));
    cases.add(bad("indicator without a code", with("\"indicators\":[{\"code\":\"SAFE\",",
        "\"indicators\":[§{"), "/indicators/0", "missing value", "field code"));
    cases.add(bad("label not an object", with("\"name\":{\"en\":\"AfC\"}", "\"name\":§\"AfC\""),
        "/name", "wrong type", "an object", "a string of 3 characters"));
    cases.add(bad("label with a bad language tag", with("\"name\":{\"en\":\"AfC\"}",
        "\"name\":§{\"english\":\"AfC\"}"), "/name", "invalid text", "BCP 47", "'english'"));
    cases.add(bad("empty label", with("\"name\":{\"en\":\"AfC\"}", "\"name\":§{}"),
        "/name", "missing value", "field name:", "at least one text"));
    cases.add(bad("blank label text", with("\"name\":{\"en\":\"AfC\"}",
        "\"name\":{\"en\":§\"  \"}"), "/name/en", "invalid text", "non-blank"));
    cases.add(bad("unknown polarity", with("\"polarity\":\"HIGHER_IS_BETTER\"",
        "\"polarity\":§\"UP\""), "/indicators/0/polarity", "invalid code",
        "HIGHER_IS_BETTER, LOWER_IS_BETTER", "a text of 2 characters"));
    cases.add(bad("unknown quadrant", with("\"quadrant\":\"BETTER_OFF_PERCENT\"",
        "\"quadrant\":§\"BETTER\""), "/measures/0/quadrant", "invalid code", "HOW_MUCH"));
    cases.add(bad("unknown scale type", with("\"type\":\"ordinal\"", "\"type\":§\"likert\""),
        "/indicators/0/scale/type", "invalid code", "binary, ordinal, numeric", "a text of 6 characters"));
    cases.add(bad("scale missing", with(ORDINAL_SCALE, "")
        .replace("\"indicators\":[{", "\"indicators\":[§{"), "/indicators/0", "missing value",
        "field scale"));
    cases.add(bad("score not an integer", with("\"score\":2", "\"score\":§2.5"),
        "/indicators/0/scale/levels/1/score", "wrong type", "an integer",
        "found a decimal number"));
    cases.add(bad("score beyond an int", with("\"score\":2", "\"score\":§3000000000"),
        "/indicators/0/scale/levels/1/score", "value out of range", "2147483647"));
    cases.add(bad("scores out of order", with("\"score\":2", "\"score\":§0"),
        "/indicators/0/scale/levels/1/score", "levels out of order", "a score above 1"));
    cases.add(bad("duplicate level code", with("\"code\":\"high\"", "\"code\":§\"low\""),
        "/indicators/0/scale/levels/1/code", "duplicate level"));
    cases.add(bad("numeric bounds reversed", with(ORDINAL_SCALE,
        NUMERIC.replace("\"lower\":0,\"upper\":10", "\"lower\":§10,\"upper\":0")),
        "/indicators/0/scale/lower", "invalid bounds", "lower below upper"));
    cases.add(bad("whole-number bound with a fraction", with(ORDINAL_SCALE,
        NUMERIC.replace("\"lower\":0", "\"lower\":§0.5").replace("}", ",\"wholeNumbers\":true}")),
        "/indicators/0/scale/lower", "value out of range", "whole number"));
    cases.add(bad("numeric bound a string", with(ORDINAL_SCALE,
        NUMERIC.replace("\"upper\":10", "\"upper\":§\"ten\"")), "/indicators/0/scale/upper",
        "wrong type", "a number"));
    cases.add(bad("invalid indicator code", with("\"code\":\"SAFE\"", "\"code\":§\"not safe!\""),
        "/indicators/0/code", "invalid code"));
    cases.add(bad("duplicate indicator code", with("\"indicators\":[{\"code\":\"SAFE\",",
        "\"indicators\":[{\"code\":\"SAFE\",\"name\":{\"en\":\"Twin\"},\"definition\":{\"en\":\"T\"},"
            + "\"version\":\"1\",\"scale\":{\"type\":\"binary\",\"yes\":{\"en\":\"Y\"},"
            + "\"no\":{\"en\":\"N\"}},\"polarity\":\"HIGHER_IS_BETTER\",\"ratedAt\":\"CHILD\","
            + "\"serviceAreas\":[\"FS\"],\"outcomes\":[]},{\"code\":§\"SAFE\","),
        "/indicators/1/code", "duplicate code", "a second indicator coded 'SAFE'"));
    cases.add(bad("dangling service area", with("\"serviceAreas\":[\"FS\"]",
        "\"serviceAreas\":[§\"XX\"]"), "/indicators/0/serviceAreas/0", "unknown reference",
        "one of [FS]", "'XX'"));
    cases.add(bad("dangling outcome", with("\"outcomes\":[\"SH/SAFE\"]",
        "\"outcomes\":[§\"SH/NOPE\"]"), "/indicators/0/outcomes/0", "unknown reference",
        "an outcome of 'SH'"));
    cases.add(bad("outcome link without a slash", with("\"outcomes\":[\"SH/SAFE\"]",
        "\"outcomes\":[§\"SAFE\"]"), "/indicators/0/outcomes/0", "invalid code",
        "FRAMEWORK/OUTCOME"));
    cases.add(bad("measure on an unknown indicator", with("\"indicators\":[\"SAFE\"]}],\"serviceOutputs\"",
        "\"indicators\":[§\"GHOST\"]}],\"serviceOutputs\""), "/measures/0/indicators/0",
        "unknown reference", "'GHOST'"));
    cases.add(bad("programme in an unknown service area", with("\"serviceArea\":\"FS\"",
        "\"serviceArea\":§\"XX\""), "/programmes/0/serviceArea", "unknown reference",
        "one of [FS]"));
    cases.add(bad("programme without indicators", with("\"indicators\":[\"SAFE\"],\"deliveryModels\"",
        "\"indicators\":§[],\"deliveryModels\""), "/programmes/0/indicators", "missing value",
        "at least one indicator"));
    cases.add(bad("data development measure without priority", with("\"role\":\"HEADLINE\"",
        "\"role\":\"DATA_DEVELOPMENT\"").replace("\"measures\":[{", "\"measures\":[§{"),
        "/measures/0", "invalid priority", "a priority (1 first)"));
    cases.add(bad("external framework without outcomes", with(
        "\"outcomes\":[{\"code\":\"SAFE\",\"name\":{\"en\":\"Safe\"}}]", "\"outcomes\":§[]"),
        "/externalFrameworks/0/outcomes", "missing value", "at least one outcome"));
    cases.add(bad("unknown nation", with("\"source\":\"GIRFEC\"",
        "\"nation\":§\"MARS\",\"source\":\"GIRFEC\""), "/externalFrameworks/0/nation",
        "invalid code", "SCOTLAND"));
    cases.add(bad("outcome listed twice", with("\"outcomes\":[\"SH/SAFE\"]",
        "\"outcomes\":[\"SH/SAFE\",§\"SH/SAFE\"]"), "/indicators/0/outcomes/1", "duplicate code",
        "each code listed once", "'SH/SAFE' again"));
    cases.add(bad("zero priority", with("\"role\":\"HEADLINE\"",
        "\"role\":\"DATA_DEVELOPMENT\",\"priority\":§0"), "/measures/0/priority",
        "invalid priority", "1 or more"));
    cases.add(bad("number beyond a double", with(ORDINAL_SCALE,
        NUMERIC.replace("\"upper\":10", "\"upper\":§1e999")), "/indicators/0/scale/upper",
        "value out of range", "a finite number"));
    cases.add(bad("language given twice", with("\"name\":{\"en\":\"AfC\"}",
        "\"name\":{\"en\":\"AfC\",§\"en\":\"Again\"}"), "/name/en", "duplicate property"));
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      deep.append('[');
    }
    cases.add(bad("nesting deeper than the limit", with("\"code\":\"AFC\",",
        "\"code\":\"AFC\",\"deep\":" + deep.substring(0, 64) + "§" + deep.substring(64)),
        "/deep" + "/0".repeat(63), "malformed document", "over a limit", "nesting depth"));
    cases.add(bad("string longer than the limit", with("\"name\":{\"en\":\"AfC\"}",
        "\"name\":{\"en\":\"" + "x".repeat((1 << 20) + 10) + "\"§}"), "/name/en",
        "malformed document", "over a limit",
        "a string longer than 1048576 characters"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsPlace(Case bad) {
    MarkedDocument.assertRejectedAt(bad.marked(), bad.pointer(), bad.words(),
        document -> FrameworkJson.standard().read(document));
  }


  @Test
  void catalogueIsLargeEnough() {
    assertThat(cases().count()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void placesProblemsOnTheLinesOfAPrettyDocument() throws IOException {
    String golden = FrameworkJsonTest.golden();
    String broken = golden.replace("\"score\": 3", "\"score\": \"3\"");
    int offset = broken.indexOf("\"3\"");
    String before = broken.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = offset - before.lastIndexOf('\n');
    assertThatThrownBy(() -> FrameworkJson.standard().read(broken))
        .isInstanceOfSatisfying(JsonFormatException.class, e -> assertThat(e.problems())
            .singleElement()
            .satisfies(p -> assertThat(p.location()).isEqualTo(
                "/indicators/1/scale/levels/2/score (line " + line + ", column " + column + ")"))
            .satisfies(p -> assertThat(p.field()).isEqualTo("score")));
    assertThat(line).isGreaterThan(40);
  }
}
