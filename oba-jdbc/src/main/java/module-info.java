/**
 * oba-jdbc: records read from a relational database with JDBC, one subject at a time, with every
 * problem located by its table, key and column. Needs only oba-core and the JDK's {@code java.sql}.
 */
@org.jspecify.annotations.NullMarked
module org.obaframework.jdbc {
  requires transitive org.obaframework.core;
  requires transitive java.sql;
  requires static org.jspecify;

  exports org.obaframework.jdbc;
}
