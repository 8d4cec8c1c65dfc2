package org.obaframework.core.curve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * Where a population indicator's data come from: a publication or data set, and where to find it.
 *
 * <pre>{@code
 * DataSource hbai = DataSource.of("Welsh Government, Children in low income families",
 *     "https://www.gov.wales/children-low-income-families");
 * DataSource local = DataSource.of("Local authority school census");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name of the publication or data set, not blank
 * @param url an absolute {@code http} or {@code https} address, if known
 */
public record DataSource(String name, Optional<String> url) {
  /**
   * Checks the name and the address.
   *
   * @throws ValidationException if the name is blank or the address is not an absolute http or
   *     https URL
   */
  public DataSource {
    Checks.text(Item.of("data source"), "name", name);
    url.ifPresent(DataSource::checkUrl);
  }

  /**
   * Returns a data source without an address.
   *
   * @param name the name of the publication or data set, not blank
   * @return the data source
   * @throws ValidationException if the name is blank
   */
  public static DataSource of(String name) {
    return new DataSource(name, Optional.empty());
  }

  /**
   * Returns a data source with an address.
   *
   * @param name the name of the publication or data set, not blank
   * @param url an absolute {@code http} or {@code https} address
   * @return the data source
   * @throws ValidationException if the name is blank or the address is not an absolute http or
   *     https URL
   */
  public static DataSource of(String name, String url) {
    return new DataSource(name, Optional.of(url));
  }

  private static void checkUrl(String url) {
    boolean valid;
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      valid = uri.isAbsolute() && uri.getHost() != null
          && (scheme.equals("http") || scheme.equals("https"));
    } catch (URISyntaxException e) {
      valid = false;
    }
    if (!valid) {
      throw Checks.fail(ProblemType.INVALID_TEXT, Item.of("data source"), "url",
          "an absolute http or https URL", Redaction.text(url));
    }
  }

  /** Returns the name, and the address in angle brackets when there is one. */
  @Override
  public String toString() {
    return name + url.map(u -> " <" + u + ">").orElse("");
  }
}
