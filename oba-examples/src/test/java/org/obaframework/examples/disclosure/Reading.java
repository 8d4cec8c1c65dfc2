package org.obaframework.examples.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker reads from one published output of a report card: the text of every cell,
 * by its place. Written apart from oba's renderers and readers, from the outputs alone: the JSON
 * document as a plain tree, the CSV as lines, the HTML with jsoup, the text by its columns.
 *
 * <p>A place is {@code measure, table, row, column}, tab-separated: a line's cells have table and row empty and
 * columns {@code number}, {@code denominator}, {@code percent}, {@code interval}, {@code
 * assessed}, {@code notPaired}, {@code excluded}, {@code notEligible}; a breakdown table's have
 * its name, the row's key ({@code all} for the total row) and {@code better off}, {@code not
 * better off}, {@code total} (the denominator), {@code count}, {@code percent} or {@code
 * interval}; a change profile's have table {@code change-profile}, the level at baseline (or
 * {@code all}) and the level later (or {@code total}), or row empty and {@code paired} or
 * {@code mean}.
 */
final class Reading {
  static final String PROFILE = "change-profile";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final Map<String, String> cells = new LinkedHashMap<>();
  /** The policy named by the output, where it names one. */
  String policy = "";

  private Reading() {}

  static String place(String measure, String table, String row, String column) {
    return measure + "\t" + table + "\t" + row + "\t" + column;
  }

  private void put(String measure, String table, String row, String column, String text) {
    cells.put(place(measure, table, row, column), text);
  }

  /** The lines' codes by name: the JSON document names both. */
  static Map<String, String> codes(String json) {
    Map<String, String> codes = new LinkedHashMap<>();
    JSON.readTree(json).get("lines").forEach(line ->
        codes.put(line.get("name").asString(), line.get("code").asString()));
    return codes;
  }

  static Reading json(String document) {
    Reading reading = new Reading();
    JsonNode root = JSON.readTree(document);
    reading.policy = root.get("disclosure").asString();
    for (JsonNode line : root.get("lines")) {
      String code = line.get("code").asString();
      for (String column : List.of("number", "denominator", "percent", "assessed", "notPaired",
          "excluded", "notEligible")) {
        if (line.has(column)) {
          reading.put(code, "", "", column, text(line.get(column)));
        }
      }
      if (line.has("percent")) {
        reading.put(code, "", "", "interval", interval(line.get("interval")));
      }
    }
    for (JsonNode table : root.get("tables")) {
      String code = table.get("measure").asString();
      String name = table.get("breakdown").asString();
      List<String> columns = new ArrayList<>();
      table.get("columns").forEach(c -> columns.add(c.asString()));
      List<JsonNode> rows = new ArrayList<>();
      table.get("rows").forEach(rows::add);
      rows.add(table.get("total"));
      for (JsonNode row : rows) {
        String key = row.has("key") ? row.get("key").asString() : "all";
        for (int c = 0; c < columns.size(); c++) {
          reading.put(code, name, key, columns.get(c), text(row.get("cells").get(c)));
        }
        reading.put(code, name, key, columns.size() == 1 ? "count" : "total",
            text(row.get("total")));
        if (row.has("percent")) {
          reading.put(code, name, key, "percent", text(row.get("percent")));
          reading.put(code, name, key, "interval", interval(row.get("interval")));
        }
      }
    }
    for (JsonNode profile : root.get("changeProfiles")) {
      String code = profile.get("code").asString();
      if (profile.has("paired")) {
        reading.put(code, PROFILE, "", "paired", text(profile.get("paired")));
        reading.put(code, PROFILE, "", "mean", text(profile.get("meanChange")));
        continue;
      }
      List<String> levels = new ArrayList<>();
      profile.get("levels").forEach(l -> levels.add(l.asString()));
      List<JsonNode> rows = new ArrayList<>();
      profile.get("rows").forEach(rows::add);
      rows.add(profile.get("total"));
      for (int r = 0; r < rows.size(); r++) {
        String from = r < levels.size() ? levels.get(r) : "all";
        for (int c = 0; c < levels.size(); c++) {
          reading.put(code, PROFILE, from, levels.get(c), text(rows.get(r).get("cells").get(c)));
        }
        reading.put(code, PROFILE, from, "total", text(rows.get(r).get("total")));
      }
    }
    return reading;
  }

  /** A cell's text; a shown cell's value must be its text. */
  private static String text(JsonNode cell) {
    String text = cell.get("text").asString();
    if (cell.has("value") && text.chars().allMatch(Character::isDigit)
        && !text.equals(cell.get("value").asString())) {
      throw new AssertionError("a cell whose value is not its text: " + cell);
    }
    return text;
  }

  /** An interval as the text card prints it, from its exact bounds: none when absent. */
  private static String interval(JsonNode interval) {
    if (interval == null || interval.isMissingNode() || interval.isNull()) {
      return "";
    }
    return Math.round(interval.get("lower").asDouble() * 100) + "%-"
        + Math.round(interval.get("upper").asDouble() * 100) + "%";
  }

  static Reading csv(String document) {
    Reading reading = new Reading();
    java.util.Set<String> counts = new java.util.HashSet<>();
    List<String> lines = document.lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = fields(line);
      String measure = fields.get(0);
      String table = fields.get(1);
      String key = fields.get(2);
      String quantity = fields.get(3);
      String text = fields.get(4);
      if (measure.isEmpty()) {
        if (quantity.equals("disclosure")) {
          reading.policy = text;
        }
        continue;
      }
      if (!fields.get(6).isEmpty() && !fields.get(5).isEmpty()
          && !fields.get(3).equals("percent") && !fields.get(3).equals("meanChange")
          && !fields.get(6).equals(text)) {
        throw new AssertionError("a cell whose value is not its text: " + line);
      }
      if (table.isEmpty()) {
        reading.put(measure, "", "", quantity, text);
      } else if (table.equals(PROFILE)) {
        reading.put(measure, PROFILE, key.equals("(all)") ? "all" : key,
            quantity.equals("meanChange") ? "mean" : quantity, text);
      } else {
        String row = key.equals("(all)") ? "all" : key;
        if (quantity.equals("count")) {
          counts.add(place(measure, table, row, ""));
        }
        boolean count = quantity.equals("total") && counts.contains(place(measure, table, row, ""));
        reading.put(measure, table, row, count ? "count" : quantity, text);
      }
    }
    return reading;
  }

  /** RFC 4180 fields of one line. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  static Reading html(String document, Map<String, String> codes) {
    Reading reading = new Reading();
    Document doc = Jsoup.parse(document);
    for (Element section : doc.select("section[aria-labelledby^=section-]")) {
      if (section.attr("aria-labelledby").equals("section-change-profile")) {
        continue;
      }
      Element table = section.selectFirst("table.data");
      if (table == null) {
        continue;
      }
      List<String> header = texts(table.select("thead th"));
      for (Element row : table.select("tbody tr")) {
        String code = codes.get(row.selectFirst("th").text());
        List<String> cells = texts(row.select("td"));
        for (int c = 0; c < cells.size(); c++) {
          String column = column(header.get(c + 1));
          if (column != null) {
            reading.put(code, "", "", column, cells.get(c));
          }
        }
      }
    }
    Element profiles = doc.selectFirst("section[aria-labelledby=section-change-profile]");
    if (profiles != null) {
      for (Element heading : profiles.select("h3")) {
        String code = codes.get(heading.text());
        Element table = heading.nextElementSibling();
        List<String> header = texts(table.select("thead th"));
        if (header.get(0).equals("Paired")) {
          List<String> cells = texts(table.select("tbody td"));
          reading.put(code, PROFILE, "", "paired", cells.get(0));
          reading.put(code, PROFILE, "", "mean", cells.get(1));
          continue;
        }
        for (Element row : table.select("tbody tr")) {
          String from = row.selectFirst("th").text();
          List<String> cells = texts(row.select("td"));
          for (int c = 0; c < cells.size(); c++) {
            String to = header.get(c + 1);
            reading.put(code, PROFILE, from.equals("All") ? "all" : from,
                to.equals("All") ? "total" : to, cells.get(c));
          }
        }
      }
    }
    Element breakdowns = doc.selectFirst("section[aria-labelledby=breakdowns]");
    if (breakdowns != null) {
      for (Element heading : breakdowns.select("h3")) {
        Element table = heading.nextElementSibling();
        List<String> header = texts(table.select("thead th"));
        String name = header.get(0);
        String title = heading.text();
        String code = codes.get(title.substring(0, title.length() - (" by " + name).length()));
        boolean proportion = header.size() > 2;
        for (Element row : table.select("tbody tr")) {
          String key = row.selectFirst("th").text();
          key = key.equals("Total") && row.hasClass("total") ? "all" : key;
          List<String> cells = texts(row.select("td"));
          if (proportion) {
            reading.put(code, name, key, "better off", cells.get(0));
            reading.put(code, name, key, "total", cells.get(1));
            reading.put(code, name, key, "percent", cells.get(2));
            reading.put(code, name, key, "interval", cells.get(3));
          } else {
            reading.put(code, name, key, "count", cells.get(0));
          }
        }
      }
    }
    return reading;
  }

  /** Each element's text, empty ones included. */
  private static List<String> texts(org.jsoup.select.Elements elements) {
    return elements.stream().map(Element::text).toList();
  }

  /** The place of a column of a section's table, or null for the role. */
  private static String column(String header) {
    return switch (header) {
      case "#" -> "number";
      case "of" -> "denominator";
      case "%" -> "percent";
      case "assessed" -> "assessed";
      case "not paired" -> "notPaired";
      case "excluded" -> "excluded";
      case "not eligible" -> "notEligible";
      case "role" -> null;
      default -> header.endsWith("% CI") ? "interval" : null;
    };
  }

  static Reading text(String document, Map<String, String> codes) {
    Reading reading = new Reading();
    List<String> lines = document.lines().toList();
    int i = 2;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.startsWith("  Measure  ")) {
        List<int[]> columns = edges(line);
        List<String> header = headers(line);
        i++;
        while (i < lines.size() && lines.get(i).startsWith("  ")) {
          List<String> cells = cells(lines.get(i), columns);
          String code = codes.get(cells.get(0));
          for (int c = 1; c < cells.size(); c++) {
            String column = column(header.get(c));
            if (column != null) {
              reading.put(code, "", "", column, cells.get(c));
            }
          }
          i++;
        }
        continue;
      }
      if (line.startsWith("  ") && !line.startsWith("   ") && line.endsWith(")")
          && i + 1 < lines.size() && lines.get(i + 1).startsWith("    ")) {
        String code = line.substring(line.lastIndexOf('(') + 1, line.length() - 1);
        String next = lines.get(i + 1);
        if (next.startsWith("    paired: ")) {
          String[] parts = next.trim().split(", mean change: ");
          reading.put(code, PROFILE, "", "paired", parts[0].substring("paired: ".length()));
          reading.put(code, PROFILE, "", "mean", parts[1].substring(0,
              parts[1].indexOf(" (positive")));
          i += 2;
          continue;
        }
        List<int[]> columns = edges(next);
        List<String> header = headers(next);
        i += 2;
        while (i < lines.size() && lines.get(i).startsWith("    ")) {
          List<String> cells = cells(lines.get(i), columns);
          for (int c = 1; c < cells.size(); c++) {
            String to = header.get(c).equals("all") ? "total" : header.get(c);
            reading.put(code, PROFILE, cells.get(0), to, cells.get(c));
          }
          i++;
        }
        continue;
      }
      int by = line.indexOf(" by ");
      if (!line.startsWith(" ") && by > 0 && i + 1 < lines.size()
          && lines.get(i + 1).startsWith("  ")) {
        String code = line.substring(0, by);
        String name = line.substring(by + 4);
        String head = lines.get(i + 1);
        List<int[]> columns = edges(head);
        boolean proportion = columns.size() > 2;
        i += 2;
        while (i < lines.size() && lines.get(i).startsWith("  ")) {
          List<String> cells = cells(lines.get(i), columns);
          String key = cells.get(0);
          if (proportion) {
            reading.put(code, name, key, "better off", cells.get(1));
            reading.put(code, name, key, "total", cells.get(2));
            reading.put(code, name, key, "percent", cells.get(3));
            reading.put(code, name, key, "interval", cells.get(4));
          } else {
            reading.put(code, name, key, "count", cells.get(1));
          }
          i++;
        }
        continue;
      }
      i++;
    }
    return reading;
  }

  /** The header's columns, by the words in it (columns are two or more spaces apart). */
  private static List<String> headers(String header) {
    return List.of(header.trim().split(" {2,}"));
  }

  /**
   * Each column's start and end in a header line: the first column is aligned left, the others
   * right, so a cell ends where its header ends.
   */
  private static List<int[]> edges(String header) {
    List<int[]> edges = new ArrayList<>();
    int at = 0;
    for (String word : headers(header)) {
      int start = header.indexOf(word, at);
      edges.add(new int[] {start, start + word.length()});
      at = start + word.length();
    }
    return edges;
  }

  private static List<String> cells(String line, List<int[]> columns) {
    List<String> cells = new ArrayList<>();
    int firstEnd = columns.get(1)[1];
    String[] head = line.substring(0, Math.min(firstEnd, line.length())).trim()
        .split(" {2,}");
    cells.add(head[0]);
    cells.add(head.length > 1 ? head[head.length - 1] : "");
    for (int c = 2; c < columns.size(); c++) {
      int from = columns.get(c - 1)[1];
      int to = columns.get(c)[1];
      cells.add(from >= line.length() ? "" : line.substring(from, Math.min(to, line.length()))
          .trim());
    }
    return cells;
  }
}
