package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.obaframework.core.framework.ExternalFrameworks;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.ScaleValue;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class ObaModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new ObaModule()).build();

  @Test
  void isFoundByTheServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(ObaModule.class));
  }

  @Test
  void carriesTheBuildsVersion() {
    ObaModule module = new ObaModule();
    assertThat(module.getModuleName()).isEqualTo("oba");
    assertThat(module.version().getGroupId()).isEqualTo("org.obaframework");
    assertThat(module.version().getArtifactId()).isEqualTo("oba-json");
    assertThat(module.version().toString()).startsWith("0.1.0");
  }

  @Test
  void writesAndReadsLabels() {
    Label label = Label.of("Safe").with(Label.WELSH, "Diogel");
    String json = mapper.writeValueAsString(label);
    assertThat(json).isEqualTo("{\"en\":\"Safe\",\"cy\":\"Diogel\"}");
    assertThat(mapper.readValue(json, Label.class)).isEqualTo(label);
  }

  @Test
  void writesAndReadsScaleValues() {
    for (ScaleValue value : new ScaleValue[] {
        ScaleValue.YES, ScaleValue.NO, ScaleValue.level("high"), ScaleValue.of(87.5),
        ScaleValue.of(3)}) {
      String json = mapper.writeValueAsString(value);
      assertThat(mapper.readValue(json, ScaleValue.class)).isEqualTo(value);
    }
    assertThat(mapper.writeValueAsString(ScaleValue.level("low"))).isEqualTo("\"low\"");
    assertThat(mapper.writeValueAsString(ScaleValue.YES)).isEqualTo("true");
    assertThat(mapper.writeValueAsString(ScaleValue.of(7))).isEqualTo("7");
    assertThat(mapper.writeValueAsString(ScaleValue.of(87.5))).isEqualTo("87.5");
  }

  @Test
  void writesAndReadsOutcomeLinks() {
    OutcomeRef ref = ExternalFrameworks.SHANARRI.ref("SAFE");
    assertThat(mapper.writeValueAsString(ref)).isEqualTo("\"SHANARRI/SAFE\"");
    assertThat(mapper.readValue("\"SHANARRI/SAFE\"", OutcomeRef.class)).isEqualTo(ref);
  }

  @Test
  void rejectsALabelThatIsNotAnObject() {
    assertThatThrownBy(() -> mapper.readValue("\"Safe\"", Label.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("a label is an object from language tag to text")
        .hasMessageContaining("VALUE_STRING");
  }

  @Test
  void rejectsALabelWithABadLanguageTagWithObasMessage() {
    assertThatThrownBy(() -> mapper.readValue("{\"english\":\"Safe\"}", Label.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("field language")
        .hasMessageContaining("BCP 47")
        .hasMessageContaining("'english'");
  }

  @Test
  void rejectsALabelWithABlankTextOrANonStringText() {
    assertThatThrownBy(() -> mapper.readValue("{\"en\":\"  \"}", Label.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("a non-blank text");
    assertThatThrownBy(() -> mapper.readValue("{\"en\":3}", Label.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("the text of language 'en' must be a string")
        .hasMessageContaining("VALUE_NUMBER_INT");
  }

  @Test
  void rejectsAnEmptyLabel() {
    assertThatThrownBy(() -> mapper.readValue("{}", Label.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("at least one text");
  }

  @Test
  void rejectsAScaleValueThatIsAnObjectOrABadLevelCode() {
    assertThatThrownBy(() -> mapper.readValue("{\"x\":1}", ScaleValue.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("true, false, a level's code or a number")
        .hasMessageContaining("START_OBJECT");
    assertThatThrownBy(() -> mapper.readValue("\"no such level!\"", ScaleValue.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("invalid code");
  }

  @Test
  void rejectsAnOutcomeLinkWithoutASlash() {
    assertThatThrownBy(() -> mapper.readValue("\"SHANARRI\"", OutcomeRef.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("FRAMEWORK/OUTCOME")
        .hasMessageContaining("found a text of 8 characters with no '/'");
    assertThatThrownBy(() -> mapper.readValue("42", OutcomeRef.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("an outcome link is a string");
  }
}
