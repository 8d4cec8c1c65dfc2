package org.obaframework.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.ValidationException;
import org.obaframework.core.curve.Action;
import org.obaframework.core.curve.ActionStatus;
import org.obaframework.core.curve.Cost;
import org.obaframework.core.curve.CurveSubjectKind;
import org.obaframework.core.curve.Idea;
import org.obaframework.core.curve.Partner;
import org.obaframework.core.curve.TurnTheCurveRecord;
import org.obaframework.core.framework.Label;

/**
 * Reads a turn-the-curve record from a parsed document, collecting every problem with its JSON
 * Pointer, line and column. Not thread-safe; one per document.
 */
public final class TurnTheCurveReader {
  static final String FORMAT = "formatVersion";
  static final String SUBJECT = "subject";
  static final String SUBJECT_KIND = "subjectKind";
  static final String AS_OF = "asOf";
  static final String CONTRIBUTING = "contributingFactors";
  static final String RESTRICTING = "restrictingFactors";
  static final String PARTNERS = "partners";
  static final String IDEAS = "ideas";
  static final String ACTIONS = "actions";
  static final String CODE = "code";
  static final String NAME = "name";
  static final String ROLE = "role";
  static final String TEXT = "text";
  static final String COST = "cost";
  static final String EVIDENCE = "evidence";
  static final String DESCRIPTION = "description";
  static final String OWNER = "owner";
  static final String START = "start";
  static final String DUE = "due";
  static final String STATUS = "status";

  private static final Set<String> ROOT = Set.of(FORMAT, SUBJECT, SUBJECT_KIND, AS_OF,
      CONTRIBUTING, RESTRICTING, PARTNERS, IDEAS, ACTIONS);
  private static final Set<String> PARTNER = Set.of(CODE, NAME, ROLE);
  private static final Set<String> IDEA = Set.of(TEXT, COST, EVIDENCE);
  private static final Set<String> ACTION = Set.of(DESCRIPTION, OWNER, START, DUE, STATUS);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern FIELD_TOKEN = Pattern.compile("[^.\\[\\]]+");

  private final Located root;
  private final boolean allowUnknown;
  private final List<Problem> problems = new ArrayList<>();

  private TurnTheCurveReader(Located root, boolean allowUnknown) {
    this.root = root;
    this.allowUnknown = allowUnknown;
  }

  /** The record read, if there were no problems, and the problems. */
  public record Outcome(@Nullable TurnTheCurveRecord record, List<Problem> problems) {}

  /**
   * Reads a record from a parsed document.
   *
   * @param root the document's root value
   * @param allowUnknown whether to ignore properties the format does not define
   * @return the record, or none with the problems found
   */
  public static Outcome read(Located root, boolean allowUnknown) {
    TurnTheCurveReader reader = new TurnTheCurveReader(root, allowUnknown);
    TurnTheCurveRecord record = reader.record();
    return new Outcome(reader.problems.isEmpty() ? record : null, List.copyOf(reader.problems));
  }

  private @Nullable TurnTheCurveRecord record() {
    if (!isKind(root, Located.Kind.OBJECT, "(document)")) {
      return null;
    }
    Located format = root.field(FORMAT);
    if (format == null) {
      problem(ProblemType.MISSING_VALUE, root, FORMAT, "formatVersion "
          + OutputWriter.FORMAT_VERSION, "none");
      return null;
    }
    if (format.kind() != Located.Kind.INTEGER
        || ((Number) format.scalar()).longValue() != OutputWriter.FORMAT_VERSION) {
      problem(ProblemType.UNSUPPORTED_FORMAT, format, FORMAT,
          Integer.toString(OutputWriter.FORMAT_VERSION), format.describe());
      return null;
    }
    properties(root, ROOT);
    String subject = string(root, SUBJECT, true);
    CurveSubjectKind kind = enumeration(root, SUBJECT_KIND, CurveSubjectKind.class);
    LocalDate asOf = date(root, AS_OF);
    List<String> contributing = strings(root, CONTRIBUTING);
    List<String> restricting = strings(root, RESTRICTING);
    List<Partner> partners = list(root, PARTNERS, this::partner);
    List<Idea> ideas = list(root, IDEAS, this::idea);
    List<Action> actions = list(root, ACTIONS, this::action);
    if (!problems.isEmpty() || subject == null || kind == null || asOf == null) {
      return null;
    }
    return build(root, () -> TurnTheCurveRecord.builder().subject(subject).subjectKind(kind)
        .asOf(asOf).addAllContributingFactors(contributing)
        .addAllRestrictingFactors(restricting).addAllPartners(partners).addAllIdeas(ideas)
        .addAllActions(actions).build());
  }

  private @Nullable Partner partner(Located node) {
    properties(node, PARTNER);
    String code = string(node, CODE, true);
    Label name = label(node, NAME);
    String role = string(node, ROLE, true);
    return code == null || name == null || role == null ? null
        : build(node, () -> Partner.of(code, name, role));
  }

  private @Nullable Idea idea(Located node) {
    properties(node, IDEA);
    String text = string(node, TEXT, true);
    Cost cost = enumeration(node, COST, Cost.class);
    String evidence = string(node, EVIDENCE, false);
    boolean evidenceBad = node.field(EVIDENCE) != null && evidence == null;
    return text == null || cost == null || evidenceBad ? null
        : build(node, () -> new Idea(text, cost, Optional.ofNullable(evidence)));
  }

  private @Nullable Action action(Located node) {
    properties(node, ACTION);
    String description = string(node, DESCRIPTION, true);
    String owner = string(node, OWNER, true);
    LocalDate start = date(node, START);
    LocalDate due = date(node, DUE);
    ActionStatus status = enumeration(node, STATUS, ActionStatus.class);
    return description == null || owner == null || start == null || due == null
        || status == null ? null
        : build(node, () -> Action.of(description, owner, start, due, status));
  }

  private <T> List<T> list(Located parent, String field, Function<Located, @Nullable T> reader) {
    List<T> read = new ArrayList<>();
    for (Located item : array(parent, field)) {
      if (isKind(item, Located.Kind.OBJECT, field)) {
        T value = reader.apply(item);
        if (value != null) {
          read.add(value);
        }
      }
    }
    return read;
  }

  private List<Located> array(Located parent, String field) {
    Located node = parent.field(field);
    if (node == null) {
      problem(ProblemType.MISSING_VALUE, parent, field, "an array", "none");
      return List.of();
    }
    return isKind(node, Located.Kind.ARRAY, field) ? node.items() : List.of();
  }

  private List<String> strings(Located parent, String field) {
    List<String> read = new ArrayList<>();
    for (Located item : array(parent, field)) {
      if (isKind(item, Located.Kind.STRING, field)) {
        read.add(item.text());
      }
    }
    return read;
  }

  private @Nullable String string(Located parent, String field, boolean required) {
    Located node = parent.field(field);
    if (node == null) {
      if (required) {
        problem(ProblemType.MISSING_VALUE, parent, field, "a string", "none");
      }
      return null;
    }
    return isKind(node, Located.Kind.STRING, field) ? node.text() : null;
  }

  private @Nullable LocalDate date(Located parent, String field) {
    Located node = parent.field(field);
    String expected = "a date, YYYY-MM-DD";
    if (node == null) {
      problem(ProblemType.MISSING_VALUE, parent, field, expected, "none");
      return null;
    }
    if (!isKind(node, Located.Kind.STRING, field)) {
      return null;
    }
    if (DATE.matcher(node.text()).matches()) {
      try {
        return LocalDate.parse(node.text());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problem(ProblemType.INVALID_TEXT, node, field, expected, node.describe());
    return null;
  }

  private @Nullable Label label(Located parent, String field) {
    Located node = parent.field(field);
    if (node == null) {
      problem(ProblemType.MISSING_VALUE, parent, field,
          "a label: an object from language tag to text", "none");
      return null;
    }
    if (!isKind(node, Located.Kind.OBJECT, field)) {
      return null;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, Located> text : node.fields().entrySet()) {
      if (isKind(text.getValue(), Located.Kind.STRING, field + "." + text.getKey())) {
        texts.put(text.getKey(), text.getValue().text());
      }
    }
    if (texts.size() < node.fields().size()) {
      return null;
    }
    return build(node, () -> Label.of(texts));
  }

  private <E extends Enum<E>> @Nullable E enumeration(Located parent, String field,
      Class<E> type) {
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
    Located node = parent.field(field);
    if (node == null) {
      problem(ProblemType.MISSING_VALUE, parent, field, "one of [" + names + "]", "none");
      return null;
    }
    if (!isKind(node, Located.Kind.STRING, field)) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(node.text())) {
        return constant;
      }
    }
    problem(ProblemType.INVALID_CODE, node, field, "one of [" + names + "]",
        node.describe());
    return null;
  }

  private boolean isKind(Located node, Located.Kind kind, String field) {
    if (node.kind() == kind) {
      return true;
    }
    problem(ProblemType.WRONG_TYPE, node, field, kind.description(), node.describe());
    return false;
  }

  private void properties(Located object, Set<String> known) {
    if (allowUnknown) {
      return;
    }
    for (String name : object.fields().keySet()) {
      if (!known.contains(name)) {
        int[] at = object.nameLocation(name);
        String expected = known.stream().sorted().collect(Collectors.joining(", "));
        problems.add(Problem.of(ProblemType.UNKNOWN_PROPERTY,
            Located.where(Located.child(object.pointer(), name), at[0], at[1]), name,
            "one of [" + expected + "]", "'" + name + "'"));
      }
    }
  }

  /** Runs a factory of oba-core, placing each problem it finds at the field it names. */
  private <T> @Nullable T build(Located node, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (ValidationException e) {
      for (Problem problem : e.problems()) {
        Located at = follow(node, problem.field());
        problems.add(Problem.of(problem.type(), at.where(), problem.field(),
            problem.expected(), problem.found()));
      }
      return null;
    }
  }

  private static Located follow(Located from, String field) {
    java.util.regex.Matcher tokens = FIELD_TOKEN.matcher(field.split(", ")[0]);
    Located at = from;
    while (tokens.find()) {
      String token = tokens.group();
      Located next = null;
      if (at.kind() == Located.Kind.OBJECT) {
        next = at.field(token);
      } else if (at.kind() == Located.Kind.ARRAY && token.chars().allMatch(Character::isDigit)
          && token.length() < 9 && Integer.parseInt(token) < at.items().size()) {
        next = at.items().get(Integer.parseInt(token));
      }
      if (next == null) {
        break;
      }
      at = next;
    }
    return at;
  }

  private void problem(ProblemType type, Located at, String field, String expected,
      String found) {
    problems.add(Problem.of(type, at.where(), field, expected, found));
  }
}
