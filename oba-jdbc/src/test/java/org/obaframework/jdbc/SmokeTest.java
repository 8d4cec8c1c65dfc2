package org.obaframework.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void starts() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Connection c = pg.getPostgresDatabase().getConnection();
        ResultSet rs = c.createStatement().executeQuery("select version()")) {
      rs.next();
      assertThat(rs.getString(1)).contains("PostgreSQL 17");
    }
  }
}
