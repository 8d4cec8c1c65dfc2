package org.obaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.obaframework.core.Item;
import org.obaframework.core.ObaException;
import org.obaframework.core.Problem;
import org.obaframework.core.framework.Label;
import org.obaframework.core.records.Records;
import org.obaframework.core.records.SubjectRecords;

/**
 * Issue 20: a name and postcode given to any factory, builder or method of oba-core's public API
 * that takes a string never comes back in an exception's message, a log line, or the {@code
 * toString} of a record. The API is found by reflection over the packages oba-core's module
 * exports, not listed by hand: every public static method, every builder's setter and every
 * method of a sample value that takes a string (or strings) is called with the marker in that
 * place and valid values elsewhere.
 *
 * <p>Left out, since their arguments are oba's own words by contract: the types that build
 * messages ({@link Item}, {@link Problem}, {@code Redaction}, the exceptions). A {@link Label} is
 * text by definition, so a label (and a definition holding one) may show what it was given; the
 * messages of refusing it may not.
 */
class ApiRedactionProperties {
  private static final String CORE = "org.obaframework.core";
  /** The types whose arguments are the words of a message, which they show by contract. */
  private static final Set<String> MESSAGE_TYPES = Set.of("Item", "Problem", "Problem$Position",
      "Redaction", "ObaException", "ValidationException", "MissingValueException",
      "ProblemType");

  /** A call of the API with the marker in one place. */
  private record Attack(String name, Executable target, int position) {
    @Override
    public String toString() {
      return name + " (parameter " + position + ")";
    }
  }

  private static final Samples SAMPLES = new Samples();
  private static final List<Attack> ATTACKS = attacks();

  @BeforeAll
  static void logsAreCaptured() {
    assertThat(CapturingLogs.isActive()).as("the capturing SLF4J provider is in use").isTrue();
  }

  @Test
  void theApiIsFoundAndEveryPlaceOfAStringIsAttacked() {
    // Not a vacuous property: the reflection finds the API, and the builders of records.
    assertThat(ATTACKS).hasSizeGreaterThan(150);
    assertThat(unattacked()).as("public methods taking a string that no attack reaches")
        .isEmpty();
    assertThat(ATTACKS).extracting(Attack::name)
        .anyMatch(n -> n.startsWith("records.Subject.child"))
        .anyMatch(n -> n.startsWith("records.Rating.of"))
        .anyMatch(n -> n.startsWith("curve.Partner.of"))
        .anyMatch(n -> n.startsWith("records.Episode$Builder.subject"))
        .anyMatch(n -> n.startsWith("records.Attributes.with"));
  }

  @Test
  void noCallWithTheMarkerShowsIt() {
    for (Attack attack : ATTACKS) {
      for (String marker : Markers.VARIANTS) {
        attack(attack, marker);
      }
    }
  }

  @Test
  void randomCallsWithTheMarkerNeverShowIt() {
    qt().withExamples(500).forAll(integers().between(0, ATTACKS.size() - 1),
        integers().between(0, Markers.VARIANTS.size() - 1))
        .checkAssert((which, variant) -> attack(ATTACKS.get(which),
            Markers.VARIANTS.get(variant)));
  }

  /** Makes the call, and asserts that what it throws, returns and logs shows no marker. */
  private static void attack(Attack attack, String marker) {
    CapturingLogs.take();
    Object[] arguments = SAMPLES.arguments(attack.target(), attack.position(), marker);
    try {
      Object result = invoke(attack, arguments);
      if (result != null && result.getClass().getName().endsWith("Builder")) {
        result = result.getClass().getMethod("build").invoke(result);
      }
      if (result != null && holdsRecords(result)) {
        Markers.assertFree(String.valueOf(result), attack + ": toString of the result");
      }
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (!(thrown instanceof ObaException || thrown instanceof IllegalArgumentException
          || thrown instanceof UnsupportedOperationException)) {
        throw new AssertionError(attack + " threw an unexpected " + thrown, thrown);
      }
      Markers.assertFree(thrown, attack.toString());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(attack.toString(), e);
    }
    Markers.assertLogsFree(attack.toString());
  }

  private static Object invoke(Attack attack, Object[] arguments)
      throws ReflectiveOperationException {
    Method method = (Method) attack.target();
    Object receiver = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      receiver = SAMPLES.receiver(method.getDeclaringClass());
    }
    return method.invoke(receiver, arguments);
  }

  /** Whether a value is a record, or holds records: never shows a child's data. */
  private static boolean holdsRecords(Object value) {
    String name = value.getClass().getName();
    return name.contains(".records.") || value instanceof Records
        || value instanceof SubjectRecords || name.contains(".change.Change")
        || name.contains(".change.Decision");
  }

  /** Every attack: each public method of the exported packages that takes a string. */
  private static List<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>();
    for (Class<?> type : exportedTypes()) {
      if (isLeftOut(type)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass() == Object.class || method.isSynthetic()
            || method.getDeclaringClass().getName().startsWith("java.")
            || type.isEnum() && method.getName().equals("valueOf")) {
          // An enum's valueOf is the Java language's, not oba's API.
          continue;
        }
        boolean builder = type.getName().endsWith("Builder");
        if (!Modifier.isStatic(method.getModifiers()) && !builder
            && SAMPLES.receiver(type) == null) {
          continue;
        }
        if (builder && SAMPLES.receiver(type) == null) {
          continue;
        }
        Class<?>[] parameters = method.getParameterTypes();
        Type[] generic = method.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
          if (Samples.holdsString(parameters[i], generic[i])
              && SAMPLES.canSupply(method, i)) {
            attacks.add(new Attack(type.getName().substring(CORE.length() + 1) + "."
                + method.getName() + List.of(parameters).stream().map(Class::getSimpleName)
                .toList(), method, i));
          }
        }
      }
    }
    return attacks;
  }

  /**
   * The public methods of the exported types that take a string but are not attacked, since no
   * sample value could be found for a receiver or another argument.
   */
  private static List<String> unattacked() {
    Set<Executable> attacked = new LinkedHashSet<>();
    ATTACKS.forEach(a -> attacked.add(a.target()));
    List<String> missed = new ArrayList<>();
    for (Class<?> type : exportedTypes()) {
      if (isLeftOut(type)) {
        continue;
      }
      for (Method method : type.getMethods()) {
        boolean takesString = false;
        for (int i = 0; i < method.getParameterCount(); i++) {
          takesString |= Samples.holdsString(method.getParameterTypes()[i],
              method.getGenericParameterTypes()[i]);
        }
        if (takesString && !attacked.contains(method) && method.getDeclaringClass() != Object.class
            && !(type.isEnum() && method.getName().equals("valueOf"))
            && !method.getDeclaringClass().getName().startsWith("java.")) {
          missed.add(type.getName().substring(CORE.length() + 1) + "." + method.getName());
        }
      }
    }
    return missed;
  }

  /**
   * Whether a type is left out: a type that builds messages from oba's own words, or a sink, an
   * interface through which oba passes units to itself and which has no value of its own.
   */
  private static boolean isLeftOut(Class<?> type) {
    String name = type.getName().substring(type.getName().lastIndexOf('.') + 1);
    return MESSAGE_TYPES.contains(name) || type.isInterface() && name.endsWith("Sink");
  }

  /** The public classes of the packages oba-core's module exports, nested ones included. */
  static List<Class<?>> exportedTypes() {
    Module core = Item.class.getModule();
    assertThat(core.isNamed()).as("oba-core runs as a named module").isTrue();
    Set<String> packages = new TreeSet<>();
    core.getDescriptor().exports().forEach(e -> packages.add(e.source()));
    ResolvedModule resolved = core.getLayer().configuration().findModule(core.getName())
        .orElseThrow();
    List<Class<?>> types = new ArrayList<>();
    try (ModuleReader reader = resolved.reference().open();
        Stream<String> names = reader.list()) {
      for (String name : names.sorted().toList()) {
        if (!name.endsWith(".class") || name.endsWith("module-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - 6).replace('/', '.');
        String pack = className.substring(0, className.lastIndexOf('.'));
        if (!packages.contains(pack)) {
          continue;
        }
        Class<?> type = Class.forName(className, false, Item.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers()) && isReachable(type)) {
          types.add(type);
        }
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return types;
  }

  private static boolean isReachable(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
      if (!Modifier.isPublic(at.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Values of the API's types, for the places that do not get the marker: a few written by hand
   * from the test fixtures, the rest found by reflection (constants, factories without
   * arguments, factories whose arguments have samples).
   */
  static final class Samples {
    private final Map<Class<?>, Object> values = new LinkedHashMap<>();
    private final Map<Class<?>, Object> receivers = new HashMap<>();

    Samples() {
      values.put(String.class, "CODE-1");
      values.put(CharSequence.class, "CODE-1");
      values.put(int.class, 1);
      values.put(long.class, 1L);
      values.put(double.class, 0.5);
      values.put(boolean.class, true);
      values.put(Integer.class, 1);
      values.put(Long.class, 1L);
      values.put(Double.class, 0.5);
      values.put(Boolean.class, true);
      values.put(LocalDate.class, LocalDate.of(2025, 6, 1));
      values.put(Optional.class, Optional.empty());
      values.put(OptionalInt.class, OptionalInt.empty());
      values.put(OptionalLong.class, OptionalLong.empty());
      values.put(OptionalDouble.class, OptionalDouble.empty());
      values.put(Label.class, Label.of("A name"));
      Records records = RecordSamples.golden();
      add(records);
      add(records.subjects().get(1));
      add(records.subjects().get(1).members().get(0));
      add(records.subjects().get(0).attributes());
      add(records.episodes().get(0));
      add(records.reviews().get(0));
      add(records.reviews().get(0).ratings().get(0));
      add(OutputFixtures.families().get(0));
      add(OutputFixtures.FRAMEWORK);
      add(OutputFixtures.FRAMEWORK.indicators().get(0));
      add(OutputFixtures.FRAMEWORK.programmes().get(0));
      add(OutputFixtures.FRAMEWORK.serviceAreas().get(0));
      add(Frameworks.golden().measures().get(0));
      add(Frameworks.golden().externalFrameworks().get(0));
      add(OutputFixtures.STABLE);
      OutputFixtures.MEASURES.forEach(this::add);
      add(OutputFixtures.EVALUATION);
      add(OutputFixtures.random(1));
      add(org.obaframework.core.framework.OrdinalScale.of("low", "high"));
      SubjectRecords family = OutputFixtures.families().get(0);
      add(org.obaframework.core.change.Pairing.latest().pair(family.episodes().get(0),
          family.reviews(), "TENANCY", Optional.empty(),
          org.obaframework.core.records.Rater.PRACTITIONER, OutputFixtures.AS_OF));
      addCurveDefinitions();
      add(org.obaframework.core.curve.PopulationAccountability.builder().code("AREA")
          .name(Label.of("An area")).build());
      add(org.obaframework.core.aggregate.Transitions.empty(List.of("low", "high")));
      add(new org.obaframework.core.report.BreakdownTable("FAMILIES", "local-authority",
          List.of(org.obaframework.core.report.BreakdownTable.COUNT), List.of(),
          org.obaframework.core.report.BreakdownTable.Row.count(
              org.obaframework.core.report.BreakdownTable.TOTAL,
              org.obaframework.core.report.Cell.shown(3))));
      add(org.obaframework.core.change.ChangeCalculator.of(OutputFixtures.FRAMEWORK,
          org.obaframework.core.change.Pairing.latest())
          .changes(OutputFixtures.families().get(0), OutputFixtures.AS_OF).get(0));
      discover();
      receivers.putIfAbsent(Label.class, values.get(Label.class));
    }

    /** The definitions of population accountability, written out: their fields depend. */
    private void addCurveDefinitions() {
      org.obaframework.core.curve.Geography wales = org.obaframework.core.curve.Geography.of(
          "W92000004", Label.of("Wales"));
      add(org.obaframework.core.curve.TimeSeries.builder().code("SERIES")
          .name(Label.of("A series")).unit(org.obaframework.core.curve.SeriesUnit.NUMBER)
          .polarity(org.obaframework.core.framework.Polarity.HIGHER_IS_BETTER).build());
      add(org.obaframework.core.curve.Result.builder().code("RESULT")
          .statement(Label.of("Children are safe")).population(Label.of("Children"))
          .geography(wales).build());
      add(org.obaframework.core.curve.PopulationIndicator.builder().code("INDICATOR")
          .name(Label.of("An indicator")).definition(Label.of("What it counts"))
          .technicalDefinition(Label.of("How")).geography(wales)
          .dataSource(org.obaframework.core.curve.DataSource.of("A survey"))
          .communicationPower(org.obaframework.core.curve.Power.HIGH)
          .proxyPower(org.obaframework.core.curve.Power.HIGH)
          .dataPower(org.obaframework.core.curve.Power.HIGH)
          .polarity(org.obaframework.core.framework.Polarity.LOWER_IS_BETTER).unit("%")
          .result("RESULT").build());
      add(org.obaframework.core.curve.CommissioningSpecification.builder().code("CONTRACT")
          .commissioner("A council").contractName("Family support")
          .reportingFrequency(org.obaframework.core.aggregate.PeriodKind.FINANCIAL_QUARTER)
          .disclosure(org.obaframework.core.report.DisclosurePolicy.NONE)
          .addMeasures("FAMILIES").build());
    }

    private void add(Object value) {
      receivers.put(value.getClass(), value);
      for (Class<?> type : supertypes(value.getClass())) {
        values.putIfAbsent(type, value);
        receivers.putIfAbsent(type, value);
      }
    }

    private static List<Class<?>> supertypes(Class<?> type) {
      List<Class<?>> all = new ArrayList<>();
      for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
        all.add(at);
        for (Class<?> face : at.getInterfaces()) {
          all.add(face);
        }
      }
      return all;
    }

    /** Finds values of the exported types: constants, then factories, in rounds. */
    private void discover() {
      List<Class<?>> types = exportedTypes();
      for (Class<?> type : types) {
        if (type.isEnum() && type.getEnumConstants().length > 0) {
          values.putIfAbsent(type, type.getEnumConstants()[0]);
        }
        for (Field field : type.getFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
            try {
              Object constant = field.get(null);
              if (constant != null && !values.containsKey(type)) {
                add(constant);
              }
            } catch (IllegalAccessException e) {
              // Not a value this test can use.
            }
          }
        }
      }
      for (int round = 0; round < 4; round++) {
        for (Class<?> type : types) {
          if (values.containsKey(type) || MESSAGE_TYPES.contains(type.getSimpleName())) {
            continue;
          }
          Object built = filled(type);
          if (built != null) {
            add(built);
            continue;
          }
          for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type
                && canSupplyAll(method)) {
              try {
                Object made = method.invoke(null, arguments(method, -1, ""));
                if (made != null) {
                  add(made);
                  break;
                }
              } catch (ReflectiveOperationException | RuntimeException e) {
                // This factory refuses sample arguments; another may not.
              }
            }
          }
        }
      }
    }

    /**
     * Builds a value of a type that has a builder, every setter given a sample: a value found
     * without listing its fields by hand.
     */
    private Object filled(Class<?> type) {
      try {
        Method factory = type.getMethod("builder");
        if (!Modifier.isStatic(factory.getModifiers())) {
          return null;
        }
        Object builder = factory.invoke(null);
        // In a fixed order, adders last, so that a setter of a whole list does not undo them.
        List<Method> setters = new ArrayList<>(List.of(builder.getClass().getMethods()));
        setters.sort(java.util.Comparator.comparing((Method m) -> m.getName().startsWith("add")
            || m.getName().startsWith("put")).thenComparing(Method::getName)
            .thenComparing(m -> List.of(m.getParameterTypes()).toString()));
        for (Method setter : setters) {
          if (setter.getParameterCount() == 1 && !setter.getName().equals("from")
              && setter.getDeclaringClass() != Object.class && canSupplyAll(setter)
              && setter.getReturnType().isInstance(builder)) {
            try {
              setter.invoke(builder, arguments(setter, -1, ""));
            } catch (InvocationTargetException e) {
              // A setter that refuses the sample leaves its field to another.
            }
          }
        }
        Object built = builder.getClass().getMethod("build").invoke(builder);
        return type.isInstance(built) ? built : null;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    /** The sample receiver of a type's instance methods; a fresh one for a builder. */
    Object receiver(Class<?> type) {
      if (type.getName().endsWith("Builder")) {
        return builder(type);
      }
      return receivers.get(type);
    }

    /** A builder filled from a sample of what it builds, so that only the marker is wrong. */
    private Object builder(Class<?> type) {
      try {
        Class<?> built = type.getEnclosingClass();
        if (built == null) {
          return null;
        }
        Object builder = null;
        for (Method method : built.getMethods()) {
          if (Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(
              method.getReturnType()) && canSupplyAll(method)) {
            builder = method.invoke(null, arguments(method, -1, ""));
            break;
          }
        }
        Object sample = receivers.get(built);
        if (builder != null && sample != null) {
          for (Method method : type.getMethods()) {
            if (method.getName().equals("from") && method.getParameterCount() == 1
                && method.getParameterTypes()[0].isInstance(sample)) {
              method.invoke(builder, sample);
              break;
            }
          }
        }
        return sample == null ? null : builder;
      } catch (ReflectiveOperationException e) {
        return null;
      }
    }

    boolean canSupply(Executable method, int marker) {
      Class<?>[] parameters = method.getParameterTypes();
      for (int i = 0; i < parameters.length; i++) {
        if (i != marker && sample(parameters[i], method.getGenericParameterTypes()[i]) == null) {
          return false;
        }
      }
      return true;
    }

    private boolean canSupplyAll(Executable method) {
      return canSupply(method, -1);
    }

    /** Arguments of a call: the marker in one place, in the container its type wants. */
    Object[] arguments(Executable method, int marker, String text) {
      Class<?>[] parameters = method.getParameterTypes();
      Type[] generic = method.getGenericParameterTypes();
      Object[] arguments = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        arguments[i] = i == marker ? holding(parameters[i], generic[i], text)
            : sample(parameters[i], generic[i]);
      }
      return arguments;
    }

    private Object sample(Class<?> type, Type generic) {
      if (type.isArray()) {
        Object component = sample(type.getComponentType(), type.getComponentType());
        if (component == null) {
          return null;
        }
        Object array = Array.newInstance(type.getComponentType(), 1);
        Array.set(array, 0, component);
        return array;
      }
      if (type == List.class || type == Collection.class || type == Iterable.class) {
        return List.of();
      }
      if (type == Set.class) {
        return Set.of();
      }
      if (type == Map.class) {
        return Map.of();
      }
      return values.get(type);
    }

    /** Whether a parameter takes a string: itself, an array, a collection or map of them. */
    static boolean holdsString(Class<?> type, Type generic) {
      if (type == String.class || type == CharSequence.class) {
        return true;
      }
      if (type.isArray()) {
        return type.getComponentType() == String.class;
      }
      if (generic instanceof ParameterizedType parameterized
          && (Collection.class.isAssignableFrom(type) || type == Iterable.class
          || type == Map.class)) {
        for (Type argument : parameterized.getActualTypeArguments()) {
          if (argument == String.class) {
            return true;
          }
        }
      }
      return false;
    }

    private Object holding(Class<?> type, Type generic, String text) {
      if (type == String.class || type == CharSequence.class) {
        return text;
      }
      if (type.isArray()) {
        return new String[] {text};
      }
      if (type == Set.class) {
        return new LinkedHashSet<>(List.of(text));
      }
      if (type == Map.class) {
        Type[] arguments = ((ParameterizedType) generic).getActualTypeArguments();
        Object value = arguments[1] == String.class ? text
            : arguments[1] instanceof Class<?> valueType ? values.get(valueType) : null;
        return value == null ? Map.of() : Map.of(arguments[0] == String.class ? text : "CODE-1",
            value);
      }
      return List.of(text);
    }
  }
}
