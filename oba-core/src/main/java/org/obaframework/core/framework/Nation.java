package org.obaframework.core.framework;

/** The four nations of the United Kingdom. */
public enum Nation {
  /** England. */
  ENGLAND,
  /** Scotland. */
  SCOTLAND,
  /** Wales. */
  WALES,
  /** Northern Ireland. */
  NORTHERN_IRELAND
}
