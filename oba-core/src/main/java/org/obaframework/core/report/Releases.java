package org.obaframework.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.obaframework.core.aggregate.CountMeasure;
import org.obaframework.core.aggregate.ReportingPeriod;

/**
 * A new card audited together with cards published before it: what an attacker who holds both
 * knows of the new card's counts.
 *
 * <ul>
 *   <li><b>The same period and as-of date</b> (another breakdown of the same data, or the same
 *       card again): a cell of the earlier card is the same count as the new card's cell of the
 *       same measure, breakdown, row and column. Hidden there, it is hidden here, for good; shown
 *       exactly there, it is known, and this card shows it too; rounded there, its band bounds
 *       it whatever this card publishes.
 *   <li><b>An earlier period within the new one</b> (the first quarter, then the year so far),
 *       or the same period as of an earlier date: for the counts of How much (distinct units
 *       open in the period, which only grow with it), the new count is at least the earlier one;
 *       when the earlier card showed it exactly, their difference is protected as a sensitive
 *       count when it is one (the new count's range must be as wide as the protection
 *       interval).
 * </ul>
 *
 * Cells are matched by measure code, breakdown name, row key and column. Other relations between
 * cards (periods that overlap without nesting, proportions across periods, whose units are judged
 * as of different dates, change profiles) are not modelled.
 */
final class Releases {
  private Releases() {}

  static void relate(CardModel model, Suppression suppression, ReportingPeriod period,
      LocalDate asOf, DisclosurePolicy policy, List<ReportCard> earlier) {
    if (earlier.isEmpty()) {
      return;
    }
    Map<String, Integer> slots = model.cellSlots();
    Publication publication = suppression.publication();
    CountSystem system = model.system();
    List<String> growing = new ArrayList<>();
    for (CardModel.LineSlots line : model.lines()) {
      if (line.measure().definition() instanceof CountMeasure) {
        growing.add(line.measure().definition().code());
      }
    }
    for (ReportCard card : earlier) {
      boolean same = card.period().equals(period) && card.asOf().equals(asOf);
      boolean within = !card.period().start().isBefore(period.start())
          && !card.period().end().isAfter(period.end()) && !card.asOf().isAfter(asOf);
      if (!same && !within) {
        continue;
      }
      DisclosurePolicy then = card.options().disclosure();
      for (Map.Entry<String, Cell> entry : cells(card).entrySet()) {
        Integer slot = slots.get(entry.getKey());
        if (slot == null || entry.getKey().contains(BreakdownTable.OTHER)) {
          continue;   // an "other" row may fold other rows on each card
        }
        int count = model.count(slot);
        long value = system.value(count);
        Cell cell = entry.getValue();
        if (same) {
          if (cell.status() == CellStatus.SUPPRESSED) {
            suppression.force(count);
          } else if (cell.status() == CellStatus.SHOWN && cell.shown().getAsLong() == value) {
            suppression.know(count);
          } else if (cell.status() == CellStatus.ROUNDED) {
            long[] band = Publication.band(cell.shown().getAsLong(), then);
            if (band[0] <= value && value <= band[1]) {
              publication.bound(count, band[0], band[1]);
            }
          }
        } else if (growing.contains(entry.getKey().substring(0, entry.getKey().indexOf('\u0000')))
            && !cell.isHidden()) {
          long low = cell.status() == CellStatus.SHOWN ? cell.shown().getAsLong()
              : Publication.band(cell.shown().getAsLong(), then)[0];
          if (low > value) {
            continue;   // the records changed since: no relation holds for sure
          }
          publication.bound(count, low, Publication.UNBOUNDED);
          if (cell.status() == CellStatus.SHOWN && policy.isSensitive(value - low)) {
            suppression.protect(count, policy.protectionWidth());
          }
        }
      }
    }
  }

  /** Every published count cell of a card, by {@link CardModel#cellKey}. */
  static Map<String, Cell> cells(ReportCard card) {
    Map<String, Cell> cells = new HashMap<>();
    for (ReportLine line : card.lines()) {
      String code = line.code();
      cells.put(CardModel.cellKey(code, "", "", "number"), line.number());
      line.denominator().ifPresent(c -> cells.put(CardModel.cellKey(code, "", "", "denominator"),
          c));
      line.assessed().ifPresent(c -> cells.put(CardModel.cellKey(code, "", "", "assessed"), c));
      line.notPaired().ifPresent(c -> cells.put(CardModel.cellKey(code, "", "", "notPaired"),
          c));
      line.excluded().ifPresent(c -> cells.put(CardModel.cellKey(code, "", "", "excluded"), c));
      line.notEligible().ifPresent(c -> cells.put(CardModel.cellKey(code, "", "",
          "notEligible"), c));
    }
    for (BreakdownTable table : card.tables()) {
      List<BreakdownTable.Row> rows = new ArrayList<>(table.rows());
      rows.add(table.total());
      for (BreakdownTable.Row row : rows) {
        if (table.isProportion()) {
          cells.put(CardModel.cellKey(table.measure(), table.breakdown(), row.key(),
              BreakdownTable.BETTER_OFF), row.cells().get(0));
          cells.put(CardModel.cellKey(table.measure(), table.breakdown(), row.key(),
              BreakdownTable.NOT_BETTER_OFF), row.cells().get(1));
          cells.put(CardModel.cellKey(table.measure(), table.breakdown(), row.key(), "total"),
              row.total());
        } else {
          cells.put(CardModel.cellKey(table.measure(), table.breakdown(), row.key(),
              BreakdownTable.COUNT), row.total());
        }
      }
    }
    return cells;
  }
}
