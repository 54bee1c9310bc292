package com.oom.core.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The thirteen Canadian provinces and territories, by their two-letter postal code. */
public enum Province {
  AB("Alberta"),
  BC("British Columbia"),
  MB("Manitoba"),
  NB("New Brunswick"),
  NL("Newfoundland and Labrador"),
  NS("Nova Scotia"),
  NT("Northwest Territories"),
  NU("Nunavut"),
  ON("Ontario"),
  PE("Prince Edward Island"),
  QC("Quebec"),
  SK("Saskatchewan"),
  YT("Yukon");

  private final String displayName;

  Province(String displayName) {
    this.displayName = displayName;
  }

  public String code() {
    return name();
  }

  public String displayName() {
    return displayName;
  }

  /** The province with this two-letter code (case-insensitive), if there is one. */
  public static Optional<Province> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
  }
}
