package org.obaframework.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.obaframework.core.framework.Label;
import org.obaframework.core.framework.OutcomeRef;
import org.obaframework.core.framework.ScaleValue;
import org.obaframework.json.internal.LabelDeserializer;
import org.obaframework.json.internal.LabelSerializer;
import org.obaframework.json.internal.OutcomeRefDeserializer;
import org.obaframework.json.internal.OutcomeRefSerializer;
import org.obaframework.json.internal.ScaleValueDeserializer;
import org.obaframework.json.internal.ScaleValueSerializer;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of oba's value types.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ObaModule()).build();
 * mapper.writeValueAsString(Label.of("Safe").with(Label.WELSH, "Diogel"));  // {"en":"Safe","cy":"Diogel"}
 * mapper.readValue("\"SHANARRI/SAFE\"", OutcomeRef.class);
 * }</pre>
 *
 * <p>Also registered for the service loader, so {@code JsonMapper.builder().findAndAddModules()}
 * finds it. The forms:
 * <ul>
 *   <li>{@link Label}: an object from language tag to text, {@code {"en": "Safe", "cy":
 *       "Diogel"}}; the first language is the fallback unless English is present.
 *   <li>{@link ScaleValue}: {@code true} or {@code false} on a binary scale, a level's code as a
 *       string, or a number.
 *   <li>{@link OutcomeRef}: the string {@code "FRAMEWORK/OUTCOME"}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ObaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  /** The module's name. */
  public static final String NAME = "oba";
  private static final Version VERSION = readVersion();

  /** Creates the module. */
  public ObaModule() {
    super(NAME, VERSION);
    addSerializer(Label.class, LabelSerializer.INSTANCE);
    addDeserializer(Label.class, LabelDeserializer.INSTANCE);
    addSerializer(ScaleValue.class, ScaleValueSerializer.INSTANCE);
    addDeserializer(ScaleValue.class, ScaleValueDeserializer.INSTANCE);
    addSerializer(OutcomeRef.class, OutcomeRefSerializer.INSTANCE);
    addDeserializer(OutcomeRef.class, OutcomeRefDeserializer.INSTANCE);
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = ObaModule.class.getResourceAsStream("oba-json.properties")) {
      if (in == null) {
        throw new IllegalStateException("oba-json.properties is missing from the oba-json jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read oba-json.properties", e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version", ""), "org.obaframework",
        "oba-json");
  }
}
