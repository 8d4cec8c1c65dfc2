package org.obaframework.jdbc;

import java.util.List;
import java.util.Set;

/**
 * The kinds of rows {@link JdbcRecords} reads, each from one or more {@link RowQuery queries}
 * ordered by subject: the columns it reads, and which of them a query may leave out or hold null.
 *
 * <table>
 *   <caption>Columns of each kind (optional ones may be absent or null)</caption>
 *   <tr><th>kind</th><th>columns</th><th>optional</th><th>key in problems</th></tr>
 *   <tr><td>{@link #SUBJECTS}</td><td>subject_id, kind</td><td></td><td>subject_id</td></tr>
 *   <tr><td>{@link #MEMBERS}</td><td>subject_id, member_id, role</td><td></td>
 *       <td>subject_id, member_id</td></tr>
 *   <tr><td>{@link #ATTRIBUTES}</td><td>subject_id, member_id, name, value, valid_from</td>
 *       <td>member_id, valid_from</td><td>subject_id, member_id, name</td></tr>
 *   <tr><td>{@link #EPISODES}</td><td>subject_id, episode_id, programme, local_authority,
 *       delivery_model, start_date, end_date, closure_reason</td><td>delivery_model, end_date,
 *       closure_reason</td><td>episode_id</td></tr>
 *   <tr><td>{@link #SERVICE_OUTPUTS}</td><td>subject_id, episode_id, service_output</td><td></td>
 *       <td>episode_id, service_output</td></tr>
 *   <tr><td>{@link #REVIEWS}</td><td>subject_id, review_id, episode_id, kind, assessed_on,
 *       recorded_on, rater</td><td>recorded_on</td><td>review_id</td></tr>
 *   <tr><td>{@link #RATINGS}</td><td>subject_id, review_id, indicator, member_id, status, level,
 *       number, flag</td><td>member_id, status, level, number, flag</td>
 *       <td>review_id, indicator, member_id</td></tr>
 * </table>
 *
 * <p>A rating holds one value, in {@code level}, {@code number} or {@code flag}, when its status
 * is {@code RATED} (or null); none when it is {@code NOT_APPLICABLE} or {@code NOT_ASSESSED}.
 */
public enum RowKind {
  /** One row per subject: a child or a family. */
  SUBJECTS(List.of(Column.SUBJECT_ID, Column.SUBJECT_KIND), Set.of(),
      List.of(Column.SUBJECT_ID)),
  /** One row per member of a family, in the family's order. */
  MEMBERS(List.of(Column.SUBJECT_ID, Column.MEMBER_ID, Column.ROLE), Set.of(),
      List.of(Column.SUBJECT_ID, Column.MEMBER_ID)),
  /** One row per value of a subject's or member's attribute (member_id null: the subject's). */
  ATTRIBUTES(List.of(Column.SUBJECT_ID, Column.MEMBER_ID, Column.NAME, Column.VALUE,
      Column.VALID_FROM), Set.of(Column.MEMBER_ID, Column.VALID_FROM),
      List.of(Column.SUBJECT_ID, Column.MEMBER_ID, Column.NAME)),
  /** One row per episode. */
  EPISODES(List.of(Column.SUBJECT_ID, Column.EPISODE_ID, Column.PROGRAMME,
      Column.LOCAL_AUTHORITY, Column.DELIVERY_MODEL, Column.START_DATE, Column.END_DATE,
      Column.CLOSURE_REASON), Set.of(Column.DELIVERY_MODEL, Column.END_DATE,
      Column.CLOSURE_REASON), List.of(Column.EPISODE_ID)),
  /** One row per service output given in an episode. */
  SERVICE_OUTPUTS(List.of(Column.SUBJECT_ID, Column.EPISODE_ID, Column.SERVICE_OUTPUT),
      Set.of(), List.of(Column.EPISODE_ID, Column.SERVICE_OUTPUT)),
  /** One row per review (assessment). */
  REVIEWS(List.of(Column.SUBJECT_ID, Column.REVIEW_ID, Column.EPISODE_ID, Column.REVIEW_KIND,
      Column.ASSESSED_ON, Column.RECORDED_ON, Column.RATER), Set.of(Column.RECORDED_ON),
      List.of(Column.REVIEW_ID)),
  /** One row per rating (indicator score) of a review, in the review's order. */
  RATINGS(List.of(Column.SUBJECT_ID, Column.REVIEW_ID, Column.INDICATOR, Column.MEMBER_ID,
      Column.STATUS, Column.LEVEL, Column.NUMBER, Column.FLAG), Set.of(Column.MEMBER_ID,
      Column.STATUS, Column.LEVEL, Column.NUMBER, Column.FLAG),
      List.of(Column.REVIEW_ID, Column.INDICATOR, Column.MEMBER_ID));

  private final List<Column> columns;
  private final Set<Column> optional;
  private final List<Column> key;

  RowKind(List<Column> columns, Set<Column> optional, List<Column> key) {
    this.columns = columns;
    this.optional = optional;
    this.key = key;
  }

  /**
   * Returns the columns rows of this kind have.
   *
   * @return the columns, in order
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * Tells whether a query may leave a column out, or hold null in it.
   *
   * @param column a column of this kind
   * @return whether it is optional
   */
  public boolean isOptional(Column column) {
    return optional.contains(column);
  }

  /**
   * Returns the columns that name a row in problems (those with a null value are left out).
   *
   * @return the key columns
   */
  public List<Column> key() {
    return key;
  }

  /** Returns a column's place in this kind's rows, or -1. */
  int slot(Column column) {
    return columns.indexOf(column);
  }
}
