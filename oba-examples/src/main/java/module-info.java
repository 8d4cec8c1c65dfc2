/**
 * oba-examples: applications built only on the exported API of oba-core and oba-json.
 */
@org.jspecify.annotations.NullMarked
module org.obaframework.examples {
  requires org.obaframework.core;
  requires org.obaframework.json;
  requires static org.jspecify;

  exports org.obaframework.examples;
  exports org.obaframework.examples.html;
  exports org.obaframework.examples.ifs;
  exports org.obaframework.examples.population;
  exports org.obaframework.examples.starter;
}
