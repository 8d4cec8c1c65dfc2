/**
 * oba-examples: applications built only on the exported API of oba-core and oba-json, among them
 * the {@code oba} command-line tool ({@code org.obaframework.examples.cli}, with picocli).
 */
@org.jspecify.annotations.NullMarked
module org.obaframework.examples {
  requires org.obaframework.core;
  requires org.obaframework.json;
  requires org.obaframework.jdbc;
  // The case-management example's loader uses PostgreSQL's COPY.
  requires org.postgresql.jdbc;
  requires info.picocli;
  requires static org.jspecify;

  exports org.obaframework.examples;
  exports org.obaframework.examples.html;
  exports org.obaframework.examples.ifs;
  exports org.obaframework.examples.population;
  exports org.obaframework.examples.starter;
  exports org.obaframework.examples.cli;
  exports org.obaframework.examples.cms;
  // picocli reads and sets the commands' annotated fields by reflection.
  opens org.obaframework.examples.cli to info.picocli;
}
