package org.obaframework.json.internal;

import static org.obaframework.json.internal.FrameworkFields.*;

import java.util.Collection;
import java.util.Map;
import org.obaframework.core.framework.BinaryScale;
import org.obaframework.core.framework.DeliveryModel;
import org.obaframework.core.framework.ExternalFramework;
import org.obaframework.core.framework.ExternalOutcome;
import org.obaframework.core.framework.Indicator;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.NumericScale;
import org.obaframework.core.framework.OrdinalLevel;
import org.obaframework.core.framework.OrdinalScale;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.OutcomesFramework;
import org.obaframework.core.framework.PerformanceMeasure;
import org.obaframework.core.framework.Programme;
import org.obaframework.core.framework.Scale;
import org.obaframework.core.framework.ServiceArea;
import org.obaframework.core.framework.ServiceOutput;

/** Writes a framework definition document; stateless and thread-safe. */
public final class FrameworkWriter {
  private FrameworkWriter() {}

  /**
   * Writes a framework as its definition document.
   *
   * @param framework the framework
   * @return the document, ending with a newline
   */
  public static String write(OutcomesFramework framework) {
    JsonText out = new JsonText().beginObject();
    out.name(FORMAT).value(FORMAT_VERSION);
    out.name(CODE).value(framework.code());
    label(out.name(NAME), framework.name());
    out.name(VERSION).value(framework.version());
    out.name(SERVICE_AREAS).beginArray();
    for (ServiceArea area : framework.serviceAreas()) {
      coded(out, area.code(), area.name());
    }
    out.endArray();
    out.name(INDICATORS).beginArray();
    framework.indicators().forEach(i -> indicator(out, i));
    out.endArray();
    out.name(PROGRAMMES).beginArray();
    framework.programmes().forEach(p -> programme(out, p));
    out.endArray();
    out.name(MEASURES).beginArray();
    framework.measures().forEach(m -> measure(out, m));
    out.endArray();
    out.name(SERVICE_OUTPUTS).beginArray();
    for (ServiceOutput output : framework.serviceOutputs()) {
      coded(out, output.code(), output.name());
    }
    out.endArray();
    out.name(EXTERNAL_FRAMEWORKS).beginArray();
    framework.externalFrameworks().forEach(e -> external(out, e));
    out.endArray();
    return out.endObject().finish();
  }

  private static void indicator(JsonText out, Indicator indicator) {
    out.beginObject();
    out.name(CODE).value(indicator.code());
    label(out.name(NAME), indicator.name());
    label(out.name(DEFINITION), indicator.definition());
    indicator.technicalDefinition().ifPresent(t -> label(out.name(TECHNICAL_DEFINITION), t));
    out.name(VERSION).value(indicator.version());
    scale(out.name(SCALE), indicator.scale());
    out.name(POLARITY).value(indicator.polarity().name());
    out.name(RATED_AT).value(indicator.ratedAt().name());
    strings(out.name(SERVICE_AREAS), indicator.serviceAreas());
    out.name(OUTCOMES).beginArray();
    for (OutcomeRef ref : indicator.outcomes()) {
      out.value(ref.toString());
    }
    out.endArray();
    out.endObject();
  }

  private static void scale(JsonText out, Scale scale) {
    out.beginObject();
    if (scale instanceof BinaryScale binary) {
      out.name(TYPE).value(BINARY);
      label(out.name(YES), binary.yes());
      label(out.name(NO), binary.no());
    } else if (scale instanceof OrdinalScale ordinal) {
      out.name(TYPE).value(ORDINAL);
      out.name(LEVELS).beginArray();
      for (OrdinalLevel level : ordinal.levels()) {
        out.beginObject();
        out.name(CODE).value(level.code());
        label(out.name(LABEL), level.label());
        out.name(SCORE).value(level.score());
        out.endObject();
      }
      out.endArray();
    } else {
      NumericScale numeric = (NumericScale) scale;
      out.name(TYPE).value(NUMERIC);
      out.name(UNIT).value(numeric.unit());
      out.name(LOWER).value(numeric.lower());
      out.name(UPPER).value(numeric.upper());
      out.name(WHOLE_NUMBERS).value(numeric.isWholeNumbers());
    }
    out.endObject();
  }

  private static void programme(JsonText out, Programme programme) {
    out.beginObject();
    out.name(CODE).value(programme.code());
    label(out.name(NAME), programme.name());
    out.name(SERVICE_AREA).value(programme.serviceArea());
    strings(out.name(INDICATORS), programme.indicators());
    out.name(DELIVERY_MODELS).beginArray();
    for (DeliveryModel model : programme.deliveryModels()) {
      coded(out, model.code(), model.name());
    }
    out.endArray();
    strings(out.name(MEASURES), programme.measures());
    out.endObject();
  }

  private static void measure(JsonText out, PerformanceMeasure measure) {
    out.beginObject();
    out.name(CODE).value(measure.code());
    label(out.name(NAME), measure.name());
    measure.description().ifPresent(d -> label(out.name(DESCRIPTION), d));
    out.name(QUADRANT).value(measure.quadrant().name());
    out.name(ROLE).value(measure.role().name());
    measure.priority().ifPresent(p -> out.name(PRIORITY).value(p));
    out.name(COUNTING_UNIT).value(measure.countingUnit().name());
    measure.polarity().ifPresent(p -> out.name(POLARITY).value(p.name()));
    strings(out.name(INDICATORS), measure.indicators());
    out.endObject();
  }

  private static void external(JsonText out, ExternalFramework external) {
    out.beginObject();
    out.name(CODE).value(external.code());
    label(out.name(NAME), external.name());
    external.nation().ifPresent(n -> out.name(NATION).value(n.name()));
    out.name(SOURCE).value(external.source());
    out.name(OUTCOMES).beginArray();
    for (ExternalOutcome outcome : external.outcomes()) {
      coded(out, outcome.code(), outcome.name());
    }
    out.endArray();
    out.endObject();
  }

  private static void coded(JsonText out, String code, Label name) {
    out.beginObject();
    out.name(CODE).value(code);
    label(out.name(NAME), name);
    out.endObject();
  }

  /** Writes strings as an array; shared with {@link OutputWriter}. */
  static void strings(JsonText out, Collection<String> values) {
    out.beginArray();
    values.forEach(out::value);
    out.endArray();
  }

  /** Writes a label as an object from language tag to text; shared with {@link OutputWriter}. */
  static void label(JsonText out, Label label) {
    out.beginObject();
    for (Map.Entry<String, String> text : label.texts().entrySet()) {
      out.name(text.getKey()).value(text.getValue());
    }
    out.endObject();
  }
}
