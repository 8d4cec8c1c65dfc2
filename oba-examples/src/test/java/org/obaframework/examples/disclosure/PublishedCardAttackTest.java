package org.obaframework.examples.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.obaframework.core.aggregate.Results;
import org.obaframework.core.report.DisclosurePolicy;
import org.obaframework.core.report.ReportCard;
import org.obaframework.core.report.ReportOptions;
import org.obaframework.examples.html.HtmlReportCard;
import org.obaframework.json.ReportCardJson;
import org.obaframework.json.TidyCsv;

/**
 * An attack on a thousand generated report cards of small services, from their published
 * outputs only (JSON, CSV, HTML and text, read back by {@link Reading}), by an attacker written
 * apart from oba's audit ({@link Attacker}): no sensitive count may be narrowed below its
 * policy's protection interval, and every percent, interval and mean must be what the published
 * counts beside it give, so that it tells nothing more.
 */
class PublishedCardAttackTest {
  private static final int CARDS = Integer.getInteger("oba.attack.cards", 1000);
  private static final List<DisclosurePolicy> POLICIES = List.of(DisclosurePolicy.DFE,
      DisclosurePolicy.ONS_10_5, DisclosurePolicy.STATS_WALES);
  private static final double Z95 = 1.959963984540054;

  @Test
  void noSensitiveCountOfAThousandCardsIsNarrowedBelowItsProtectionInterval() {
    List<String> failures = new ArrayList<>();
    int attacked = 0;
    int hidden = 0;
    for (long seed = 0; seed < CARDS; seed++) {
      SmallServices.Service service = SmallServices.draw(seed);
      Results results = service.evaluation().evaluate(service.families().stream());
      DisclosurePolicy policy = POLICIES.get((int) (seed % POLICIES.size()));
      ReportCard open = ReportCard.of(service.evaluation(), results);
      long t0 = System.nanoTime();
      ReportCard card = ReportCard.of(service.evaluation(), results,
          ReportOptions.defaults().withDisclosure(policy));
      long t1 = System.nanoTime();
      Outputs outputs = Outputs.of(card, ReportCardJson.write(open));
      hidden += outputs.json().cells.values().stream().filter("[c]"::equals).count();
      Attacker attacker = attacker(outputs, policy.toString());
      long t2 = System.nanoTime();
      List<Attacker.Finding> found = attacker.attack();
      if (Boolean.getBoolean("oba.attack.verbose")) {
        System.err.println("card " + seed + " " + policy + " control " + (t1 - t0) / 1000000
            + " ms, attack " + (System.nanoTime() - t2) / 1000000 + " ms, "
            + outputs.json().cells.size() + " cells");
      }
      for (Attacker.Finding finding : found) {
        failures.add("card " + seed + " (" + policy + "): " + finding);
      }
      attacked++;
    }
    assertThat(attacked).isEqualTo(CARDS);
    assertThat(hidden).as("the cards have hidden counts to attack").isGreaterThan(CARDS / 2);
    assertThat(failures).as("counts narrowed below their protection interval").isEmpty();
  }

  /** The four outputs of a card, read back, and the true counts. */
  record Outputs(Reading json, Reading csv, Reading html, Reading text, Reading truth) {
    static Outputs of(ReportCard card, String openJson) {
      String json = ReportCardJson.write(card);
      StringWriter csv = new StringWriter();
      TidyCsv.reportCells(card, csv);
      Map<String, String> codes = Reading.codes(json);
      Outputs outputs = new Outputs(Reading.json(json), Reading.csv(csv.toString()),
          Reading.html(HtmlReportCard.of(card).render(), codes),
          Reading.text(card.toText(), codes), Reading.json(openJson));
      outputs.agree();
      return outputs;
    }

    /** Every format publishes the same numbers; percents and intervals are the counts'. */
    void agree() {
      for (Reading other : List.of(csv, html, text)) {
        other.cells.forEach((place, text) -> assertThat(text).as(place)
            .isEqualTo(json.cells.get(place)));
      }
      assertThat(csv.policy).isEqualTo(json.policy);
      json.cells.forEach((place, text) -> {
        String[] parts = place.split("\t", -1);
        if (parts[3].equals("percent")) {
          boolean line = parts[1].isEmpty();
          String numerator = json.cells.get(Reading.place(parts[0], parts[1], parts[2],
              line ? "number" : "better off"));
          String denominator = json.cells.get(Reading.place(parts[0], parts[1], parts[2],
              line ? "denominator" : "total"));
          String interval = json.cells.get(Reading.place(parts[0], parts[1], parts[2],
              "interval"));
          derived(place, text, interval, numerator, denominator);
        }
        if (parts[3].equals("mean")) {
          String paired = json.cells.get(Reading.place(parts[0], parts[1], "", "paired"));
          assertThat(text.equals("[c]")).as(place).isEqualTo(paired.equals("[c]"));
          assertThat(text.equals("[z]")).as(place).isEqualTo(paired.equals("0"));
        }
      });
    }

    private static void derived(String place, String percent, String interval,
        String numerator, String denominator) {
      if (denominator.equals("0")) {
        assertThat(percent).as(place).isEqualTo("[z]");
      } else if (numerator.equals("[c]") || denominator.equals("[c]")) {
        assertThat(percent).as(place).isEqualTo("[c]");
      } else {
        long a = Long.parseLong(numerator);
        long n = Long.parseLong(denominator);
        assertThat(percent).as(place).isEqualTo(Math.round(100.0 * a / n) + "%");
        double p = (double) a / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        long low = a == 0 ? 0 : Math.round(Math.max(0, centre - half) * 100);
        long high = a == n ? 100 : Math.round(Math.min(1, centre + half) * 100);
        assertThat(interval).as(place).isEqualTo(low + "%-" + high + "%");
        return;
      }
      assertThat(interval).as(place).isEmpty();
    }
  }

  /** The attacker's knowledge of a card: its published counts and how they relate. */
  static Attacker attacker(Outputs outputs, String policyName) {
    Attacker attacker = new Attacker(Attacker.policy(policyName));
    Map<String, String> published = outputs.json().cells;
    Map<String, Long> truth = truth(published, outputs.truth().cells);
    published.forEach((place, text) -> {
      String column = place.substring(place.lastIndexOf('\t') + 1);
      if (!List.of("percent", "interval", "mean").contains(column)) {
        attacker.count(place, text, truth.get(place));
      }
    });
    Set<String> measures = new LinkedHashSet<>();
    Map<String, Set<String>> tables = new LinkedHashMap<>();
    for (String place : published.keySet()) {
      String[] parts = place.split("\t", -1);
      measures.add(parts[0]);
      if (!parts[1].isEmpty() && !parts[1].equals(Reading.PROFILE)) {
        tables.computeIfAbsent(parts[0] + "\t" + parts[1], k -> new LinkedHashSet<>())
            .add(parts[2]);
      }
    }
    List<String> population = new ArrayList<>();
    for (String code : measures) {
      String number = Reading.place(code, "", "", "number");
      String denominator = Reading.place(code, "", "", "denominator");
      if (attacker.knows(denominator)) {
        String notBetter = Reading.place(code, "", "", "notBetterOff");
        String assessed = Reading.place(code, "", "", "assessed");
        String notEligible = Reading.place(code, "", "", "notEligible");
        String initial = Reading.place(code, "", "", "population");
        attacker.derivedCount(notBetter, attacker.truth(denominator) - attacker.truth(number));
        attacker.hidden(initial, attacker.truth(assessed) + attacker.truth(notEligible));
        attacker.sum(denominator, List.of(number, notBetter));
        attacker.sum(assessed, List.of(denominator, Reading.place(code, "", "", "notPaired"),
            Reading.place(code, "", "", "excluded")));
        attacker.sum(initial, List.of(assessed, notEligible));
        if (SmallServices.FAMILY_POPULATION.contains(code)) {
          population.add(initial);
        }
      } else if (code.equals("FAMILIES")) {
        population.add(number);
      }
      String paired = Reading.place(code, Reading.PROFILE, "", "paired");
      if (attacker.knows(paired)) {
        attacker.same(number, paired);
      }
      String moves = Reading.place(code, Reading.PROFILE, "all", "total");
      if (attacker.knows(moves)) {
        attacker.same(number, moves);
        transitions(attacker, published, code);
      }
    }
    for (int i = 1; i < population.size(); i++) {
      attacker.same(population.get(0), population.get(i));
    }
    tables.forEach((table, keys) -> table(attacker, table, keys, tables));
    return attacker;
  }

  /** The true value of every published count: from the open card, "(other)" rows summed. */
  private static Map<String, Long> truth(Map<String, String> published,
      Map<String, String> open) {
    Map<String, Long> truth = new LinkedHashMap<>();
    for (String place : published.keySet()) {
      String[] parts = place.split("\t", -1);
      if (List.of("percent", "interval", "mean").contains(parts[3])) {
        continue;
      }
      String value = open.get(place);
      if (value != null) {
        truth.put(place, Long.parseLong(value));
        continue;
      }
      if (!parts[2].endsWith("(other)")) {
        throw new AssertionError("a published count the open card has not: " + place);
      }
      String parent = parts[2].equals("(other)") ? ""
          : parts[2].substring(0, parts[2].length() - " > (other)".length());
      long sum = 0;
      String prefix = parts[0] + "\t" + parts[1] + "\t";
      for (Map.Entry<String, String> cell : open.entrySet()) {
        String[] other = cell.getKey().split("\t", -1);
        if (cell.getKey().startsWith(prefix) && other[3].equals(parts[3])
            && !other[2].equals("all") && parentOf(other[2]).equals(parent)
            && !published.containsKey(cell.getKey())) {
          sum += Long.parseLong(cell.getValue());
        }
      }
      truth.put(place, sum);
    }
    return truth;
  }

  private static String parentOf(String key) {
    int at = key.lastIndexOf(" > ");
    return at < 0 ? "" : key.substring(0, at);
  }

  private static void transitions(Attacker attacker, Map<String, String> published,
      String code) {
    List<String> levels = new ArrayList<>();
    for (String place : published.keySet()) {
      String[] parts = place.split("\t", -1);
      if (parts[0].equals(code) && parts[1].equals(Reading.PROFILE) && parts[2].equals("all")
          && !parts[3].equals("total")) {
        levels.add(parts[3]);
      }
    }
    List<String> rowTotals = new ArrayList<>();
    List<String> columnTotals = new ArrayList<>();
    for (String from : levels) {
      List<String> row = new ArrayList<>();
      for (String to : levels) {
        row.add(Reading.place(code, Reading.PROFILE, from, to));
      }
      attacker.sum(Reading.place(code, Reading.PROFILE, from, "total"), row);
      rowTotals.add(Reading.place(code, Reading.PROFILE, from, "total"));
    }
    for (String to : levels) {
      List<String> column = new ArrayList<>();
      for (String from : levels) {
        column.add(Reading.place(code, Reading.PROFILE, from, to));
      }
      attacker.sum(Reading.place(code, Reading.PROFILE, "all", to), column);
      columnTotals.add(Reading.place(code, Reading.PROFILE, "all", to));
    }
    attacker.sum(Reading.place(code, Reading.PROFILE, "all", "total"), rowTotals);
    attacker.sum(Reading.place(code, Reading.PROFILE, "all", "total"), columnTotals);
  }

  /** One breakdown table: its rows against its total, parents and children, other tables. */
  private static void table(Attacker attacker, String table, Set<String> keys,
      Map<String, Set<String>> tables) {
    String code = table.substring(0, table.indexOf('\t'));
    String name = table.substring(table.indexOf('\t') + 1);
    boolean proportion = attacker.knows(Reading.place(code, name, "all", "total"));
    List<String> columns = proportion ? List.of("better off", "not better off", "total")
        : List.of("count");
    String line = Reading.place(code, "", "", "number");
    attacker.same(line, Reading.place(code, name, "all", proportion ? "better off" : "count"));
    if (proportion) {
      attacker.same(Reading.place(code, "", "", "denominator"),
          Reading.place(code, name, "all", "total"));
      attacker.same(Reading.place(code, "", "", "notBetterOff"),
          Reading.place(code, name, "all", "not better off"));
      for (String key : keys) {
        attacker.sum(Reading.place(code, name, key, "total"), List.of(
            Reading.place(code, name, key, "better off"),
            Reading.place(code, name, key, "not better off")));
        if (SmallServices.FAMILY_POPULATION.contains(code)
            && attacker.knows(Reading.place("FAMILIES", name, key, "count"))
            && !name.equals("financial-quarter")) {
          attacker.atMost(Reading.place(code, name, key, "total"),
              Reading.place("FAMILIES", name, key, "count"));
        }
      }
    }
    if (proportion && name.equals("financial-quarter")) {
      return;   // each quarter is evaluated as of its own end: no relation to the year
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (String key : keys) {
      if (!key.equals("all")) {
        children.computeIfAbsent(parentOf(key), k -> new ArrayList<>()).add(key);
      }
    }
    for (Map.Entry<String, List<String>> group : children.entrySet()) {
      String parent = group.getKey().isEmpty() ? "all" : group.getKey();
      if (!keys.contains(parent)) {
        continue;
      }
      for (String column : columns) {
        List<String> parts = new ArrayList<>();
        group.getValue().forEach(k -> parts.add(Reading.place(code, name, k, column)));
        attacker.group(Reading.place(code, name, parent, column), parts);
      }
    }
    for (Map.Entry<String, Set<String>> other : tables.entrySet()) {
      String otherName = other.getKey().substring(other.getKey().indexOf('\t') + 1);
      if (!other.getKey().startsWith(code + "\t") || otherName.equals(name)
          || otherName.equals("financial-quarter") || name.equals("financial-quarter")) {
        continue;
      }
      for (String key : keys) {
        for (String otherKey : other.getValue()) {
          if (!key.equals("all") && !key.endsWith("(other)")
              && last(key).equals(last(otherKey))) {
            for (String column : columns) {
              attacker.same(Reading.place(code, name, key, column),
                  Reading.place(code, otherName, otherKey, column));
            }
          }
        }
      }
    }
    if (name.contains(" x ")) {
      String[] parts = name.split(" x ");
      for (int i = 0; i < parts.length; i++) {
        Set<String> partKeys = tables.get(code + "\t" + parts[i]);
        if (partKeys == null) {
          continue;
        }
        boolean folded = keys.stream().anyMatch(k -> k.endsWith("(other)"));
        for (String partKey : partKeys) {
          if (partKey.equals("all") || partKey.endsWith("(other)")) {
            continue;
          }
          List<String> cross = new ArrayList<>();
          for (String key : keys) {
            String[] pieces = key.split(" \\| ");
            if (pieces.length == parts.length && pieces[i].equals(partKey)) {
              cross.add(key);
            }
          }
          for (String column : columns) {
            String parent = Reading.place(code, parts[i], partKey, column);
            List<String> crossCells = new ArrayList<>();
            cross.forEach(k -> crossCells.add(Reading.place(code, name, k, column)));
            if (folded) {
              crossCells.forEach(c -> attacker.atMost(c, parent));
            } else {
              attacker.group(parent, crossCells);
            }
          }
        }
      }
    }
  }

  private static String last(String key) {
    int at = key.lastIndexOf(" > ");
    return at < 0 ? key : key.substring(at + 3);
  }
}
