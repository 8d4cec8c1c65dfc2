package org.obaframework.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lookups of definitions by code, shared by the containers that validate their codes. */
public final class Indexes {
  private Indexes() {}

  /**
   * Indexes items by code, in order; the first of two with one code wins (the container's
   * validation reports the second).
   *
   * @param items the items
   * @param code the code of an item
   * @param <T> the kind of item
   * @return an unmodifiable map
   */
  public static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    Map<String, T> index = new LinkedHashMap<>();
    for (T item : items) {
      index.putIfAbsent(code.apply(item), item);
    }
    return Collections.unmodifiableMap(index);
  }
}
