/**
 * Records from a relational database: {@link org.obaframework.jdbc.JdbcRecords} streams a case
 * management system's rows, read with server-side cursors and ordered by subject, as one {@link
 * org.obaframework.core.records.SubjectRecords} per subject.
 *
 * <p>Null never crosses the API. Every problem of the rows is a {@link
 * org.obaframework.core.Problem} whose item names the table, the key and whose field is the
 * column, and which never shows a value of a child's record; the problems of a read are thrown
 * together as a {@link org.obaframework.jdbc.RowsException}. A failure of the database is an
 * {@link org.obaframework.jdbc.DatabaseException}, which tells the SQL state only.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.jdbc;
