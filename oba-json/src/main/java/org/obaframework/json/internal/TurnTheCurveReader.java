package org.obaframework.json.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
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
public final class TurnTheCurveReader extends DocumentReader {
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

  private final Located root;

  private TurnTheCurveReader(Located root, boolean allowUnknown, int listed) {
    super(allowUnknown, listed);
    root(root);
    this.root = root;
  }

  /** The record read, if there were no problems, and the problems. */
  public record Outcome(@Nullable TurnTheCurveRecord record, List<Problem> problems, long unlisted) {}

  /**
   * Reads a record from a parsed document.
   *
   * @param root the document's root value
   * @param allowUnknown whether to ignore properties the format does not define
   * @param listed the most problems listed; the rest are counted
   * @return the record, or none with the problems found
   */
  public static Outcome read(Located root, boolean allowUnknown, int listed) {
    TurnTheCurveReader reader = new TurnTheCurveReader(root, allowUnknown, listed);
    TurnTheCurveRecord record = reader.record();
    return new Outcome(reader.count() == 0 ? record : null, reader.listed(), reader.unlisted());
  }

  private @Nullable TurnTheCurveRecord record() {
    if (!format(root, OutputWriter.FORMAT_VERSION, ROOT)) {
      return null;
    }
    String subject = string(root, SUBJECT, true);
    CurveSubjectKind kind = enumeration(root, SUBJECT_KIND, CurveSubjectKind.class, true);
    LocalDate asOf = date(root, AS_OF);
    // A missing collection is empty, as the builder's.
    List<String> contributing = strings(root, CONTRIBUTING, false);
    List<String> restricting = strings(root, RESTRICTING, false);
    List<Partner> partners = list(root, PARTNERS, false, this::partner);
    List<Idea> ideas = list(root, IDEAS, false, this::idea);
    List<Action> actions = list(root, ACTIONS, false, this::action);
    if (blocking() > 0 || subject == null || kind == null || asOf == null) {
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
    Label name = label(node, NAME, true);
    String role = string(node, ROLE, true);
    return code == null || name == null || role == null ? null
        : build(node, () -> Partner.of(code, name, role));
  }

  private @Nullable Idea idea(Located node) {
    properties(node, IDEA);
    String text = string(node, TEXT, true);
    Cost cost = enumeration(node, COST, Cost.class, true);
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
    ActionStatus status = enumeration(node, STATUS, ActionStatus.class, true);
    return description == null || owner == null || start == null || due == null
        || status == null ? null
        : build(node, () -> Action.of(description, owner, start, due, status));
  }

  /** Runs a factory of oba-core, placing each problem it finds at the field it names. */
  @Override
  protected <T> @Nullable T build(Located node, Supplier<T> factory) {
    return build(node, factory, (at, problem) -> {
      Located within = follow(at, problem.field(), Map.of());
      return within == null ? at : within;
    });
  }

  @Override
  protected String foundText(Located node) {
    return node.describe();
  }


  @Override
  protected boolean supported(Located format, int version) {
    return ((Number) format.scalar()).longValue() == version;
  }
}
