/**
 * oba-json: the JSON interchange formats of oba, with Jackson 3.
 */
@org.jspecify.annotations.NullMarked
module org.obaframework.json {
  requires transitive org.obaframework.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.jspecify;

  exports org.obaframework.json;

  provides tools.jackson.databind.JacksonModule with org.obaframework.json.ObaModule;
}
