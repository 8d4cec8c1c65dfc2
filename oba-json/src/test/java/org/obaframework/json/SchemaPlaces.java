package org.obaframework.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The places of a document that its JSON Schema says hold a string, found by walking the schema
 * (draft 2020-12, as oba-json ships it: {@code $ref} to {@code $defs}, {@code properties},
 * {@code additionalProperties}, {@code patternProperties}, {@code items} and the combinators)
 * alongside the document: string values, and the keys of objects used as maps (attribute names,
 * language tags, rules by indicator). Each place is named by its schema path, such as {@code
 * reviews[].ratings[].indicator} or {@code subjects[].attributes{key}}, so that a test can check
 * that its samples reach every string place the schema has.
 */
final class SchemaPlaces {
  /**
   * A place in a document.
   *
   * @param path the steps to it: property names and array indices
   * @param key whether the place is the property name at the path's last step, not its value
   * @param schemaPath the place's path in the schema, with {@code []} for any item and {@code
   *     {}} for any value of a map, {@code {key}} for a map's key
   * @param string whether the schema says the place holds a string
   */
  record Place(List<Object> path, boolean key, String schemaPath, boolean string) {
    @Override
    public String toString() {
      return schemaPath + " at " + path + (key ? " (key)" : "");
    }
  }

  private final JsonNode schema;

  SchemaPlaces(JsonNode schema) {
    this.schema = schema;
  }

  /**
   * Returns every place of a document, string or not, with what the schema says of it.
   *
   * @param document a document valid under the schema
   * @return the places, in document order
   */
  List<Place> places(JsonNode document) {
    List<Place> places = new ArrayList<>();
    walk(expand(schema), document, new ArrayList<>(), "", places);
    return places;
  }

  /**
   * Returns the schema path of every place the schema says holds a string, without a document.
   *
   * @return the schema paths
   */
  Set<String> stringPaths() {
    Set<String> paths = new LinkedHashSet<>();
    walkSchema(expand(schema), "", paths, 0);
    return paths;
  }

  private void walk(List<JsonNode> schemas, JsonNode node, List<Object> path, String schemaPath,
      List<Place> places) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        List<JsonNode> child = new ArrayList<>();
        boolean map = false;
        for (JsonNode s : schemas) {
          JsonNode declared = s.path("properties").get(name);
          if (declared != null) {
            child.addAll(expand(declared));
            continue;
          }
          boolean matched = false;
          for (Map.Entry<String, JsonNode> pattern : s.path("patternProperties").properties()) {
            if (Pattern.compile(pattern.getKey()).matcher(name).find()) {
              child.addAll(expand(pattern.getValue()));
              matched = true;
            }
          }
          JsonNode additional = s.get("additionalProperties");
          if (!matched && additional != null && additional.isObject()) {
            child.addAll(expand(additional));
            matched = true;
          }
          map |= matched;
        }
        List<Object> at = new ArrayList<>(path);
        at.add(name);
        String step = map ? "{}" : name;
        String childPath = schemaPath.isEmpty() ? step : schemaPath + "." + step;
        if (map) {
          places.add(new Place(at, true, schemaPath + "{key}", true));
        }
        places.add(new Place(at, false, childPath, isString(child)));
        walk(child, field.getValue(), at, childPath, places);
      }
    } else if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      for (JsonNode s : schemas) {
        JsonNode item = s.get("items");
        if (item != null && item.isObject()) {
          items.addAll(expand(item));
        }
      }
      for (int i = 0; i < node.size(); i++) {
        List<Object> at = new ArrayList<>(path);
        at.add(i);
        places.add(new Place(at, false, schemaPath + "[]", isString(items)));
        walk(items, node.get(i), at, schemaPath + "[]", places);
      }
    }
  }

  private void walkSchema(List<JsonNode> schemas, String schemaPath, Set<String> paths,
      int depth) {
    if (depth > 24) {
      return;
    }
    if (isString(schemas) && !schemaPath.isEmpty()) {
      paths.add(schemaPath);
    }
    for (JsonNode s : schemas) {
      for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
        String childPath = schemaPath.isEmpty() ? property.getKey()
            : schemaPath + "." + property.getKey();
        walkSchema(expand(property.getValue()), childPath, paths, depth + 1);
      }
      List<JsonNode> values = new ArrayList<>();
      s.path("patternProperties").properties().forEach(p -> values.add(p.getValue()));
      JsonNode additional = s.get("additionalProperties");
      if (additional != null && additional.isObject()) {
        values.add(additional);
      }
      for (JsonNode value : values) {
        paths.add(schemaPath + "{key}");
        String childPath = schemaPath.isEmpty() ? "{}" : schemaPath + ".{}";
        walkSchema(expand(value), childPath, paths, depth + 1);
      }
      JsonNode item = s.get("items");
      if (item != null && item.isObject()) {
        walkSchema(expand(item), schemaPath + "[]", paths, depth + 1);
      }
    }
  }

  /** A schema with the schemas that apply with it: its reference and its combinators'. */
  private List<JsonNode> expand(JsonNode node) {
    List<JsonNode> all = new ArrayList<>();
    expand(node, all, 0);
    return all;
  }

  private void expand(JsonNode node, List<JsonNode> all, int depth) {
    if (!node.isObject() || depth > 16) {
      return;
    }
    all.add(node);
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isString() && ref.stringValue().startsWith("#/")) {
      JsonNode target = schema;
      for (String step : ref.stringValue().substring(2).split("/")) {
        target = target.path(step);
      }
      expand(target, all, depth + 1);
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonNode sub : node.path(combinator)) {
        expand(sub, all, depth + 1);
      }
    }
    for (String branch : List.of("then", "else")) {
      if (node.has(branch)) {
        expand(node.get(branch), all, depth + 1);
      }
    }
  }

  private static boolean isString(List<JsonNode> schemas) {
    for (JsonNode s : schemas) {
      JsonNode type = s.get("type");
      if (type != null && (type.isString() && type.stringValue().equals("string")
          || type.isArray() && contains(type, "string"))) {
        return true;
      }
      if (s.has("pattern") || s.has("format") || s.has("const") && s.get("const").isString()
          || s.has("enum") && s.get("enum").size() > 0 && s.get("enum").get(0).isString()) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.isString() && item.stringValue().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a copy of a document with one place changed: a value replaced by a string, or a key
   * renamed.
   *
   * @param document the document
   * @param place the place
   * @param text the string, or the new key
   * @return the changed copy
   */
  static JsonNode with(JsonNode document, Place place, String text) {
    JsonNode copy = document.deepCopy();
    JsonNode parent = copy;
    List<Object> path = place.path();
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
    }
    Object last = path.get(path.size() - 1);
    if (parent instanceof ArrayNode array) {
      array.set((Integer) last, JsonNodeFactory.instance.stringNode(text));
    } else if (parent instanceof ObjectNode object) {
      String name = (String) last;
      if (place.key()) {
        // Renamed in place, keeping the order of the properties.
        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          renamed.set(field.getKey().equals(name) ? text : field.getKey(), field.getValue());
        }
        object.removeAll();
        object.setAll(renamed);
      } else {
        object.set(name, JsonNodeFactory.instance.stringNode(text));
      }
    }
    return copy;
  }
}
