package com.oom.core.time;

import static com.oom.core.time.HolidayRule.firstMonday;
import static com.oom.core.time.HolidayRule.fixed;
import static com.oom.core.time.HolidayRule.fromEaster;
import static com.oom.core.time.HolidayRule.mondayBeforeMay25;
import static com.oom.core.time.HolidayRule.nthMonday;

import java.time.Month;
import java.util.List;

/**
 * The statutory (general) holidays, by rule, of the federal jurisdiction and of each province and
 * territory: the retailer-relevant days of each employment-standards list (paid general/public
 * holidays), plus a day a province's own act closes most stores on (Remembrance Day in Manitoba and
 * Nova Scotia), not civic or optional days.
 *
 * <p>Sources followed (the employment-standards holiday lists as published by each government up to
 * 2024): Canada Labour Code s. 166 (federal); Manitoba Employment Standards Code s. 21 and its 2023
 * amendment adding the National Day for Truth and Reconciliation, plus the Remembrance Day Act
 * (C.C.S.M. c. R80), which closes most businesses on 11 November; Saskatchewan Employment Act s.
 * 2-1; Ontario Employment Standards Act, 2000 s. 1 ("public holiday"); Québec Act respecting labour
 * standards s. 60 and National Holiday Act; Alberta Employment Standards Code s. 1; BC Employment
 * Standards Act s. 1 (Truth and Reconciliation from 2023); NB Employment Standards Act s. 1; NS
 * Labour Standards Code s. 41 and the Remembrance Day Act (R.S.N.S. 1989, c. 396); NL Labour
 * Standards Act s. 14; PEI Employment Standards Act s. 1 (Truth and Reconciliation from 2022); the
 * three territories' Employment Standards / Labour Standards Acts.
 *
 * <p>Checked against the governments' published lists (December 2026, issue 20):
 *
 * <ul>
 *   <li>Manitoba: the Truth and Reconciliation amendment is S.M. 2023, c. 50 (Orange Shirt Day),
 *       assented to 7 December 2023, so the day is first kept on 30 September 2024, not 2023
 *       (web2.gov.mb.ca/laws/statutes/2023/c05023.php). Corrected.
 *   <li>Nova Scotia: the Labour Standards Code's six general holidays are New Year's Day, Heritage
 *       Day, Good Friday, Canada Day, Labour Day and Christmas Day
 *       (novascotia.ca/lae/employmentrights/canadaday.asp). Remembrance Day is not one of them but
 *       has its own Act, under which most grocery stores, big box stores and malls must close on 11
 *       November (novascotia.ca/lae/employmentrights/remembrance.asp): kept, as for Manitoba.
 *       Corrected (it was missing).
 *   <li>New Brunswick: eight paid public holidays (Family Day added in 2018, taking the count from
 *       seven to eight: gnb.ca news release 2018.01.0108); Victoria Day, Thanksgiving and Boxing
 *       Day are only days of rest under the Days of Rest Act; the National Day for Truth and
 *       Reconciliation is a holiday for the provincial public service since 2022, optional for the
 *       private sector, and not a paid public holiday. Unchanged.
 *   <li>Newfoundland and Labrador: six paid public holidays under the Labour Standards Act: New
 *       Year's Day, Good Friday, Memorial Day (1 July, named Canada Day here), Labour Day,
 *       Remembrance Day, Christmas Day (statutoryholidays.com/newfoundland.php). Unchanged.
 *   <li>Prince Edward Island: eight paid holidays, Islander Day and Truth and Reconciliation
 *       included (princeedwardisland.ca .../paid-holidays). Unchanged.
 *   <li>Northwest Territories: eleven, Truth and Reconciliation by Bill 47 in force 3 June 2022
 *       (gov.nt.ca newsroom, 2022). Unchanged.
 *   <li>Yukon: eleven, as listed for 2024 and 2025 on yukon.ca/en/find-yukon-statutory-holiday
 *       (Heritage Day, Easter Monday and Boxing Day are not statutory). Unchanged.
 *   <li>Nunavut: Nunavut Day is a general holiday for all territorially regulated employers from
 *       2020 (gov.nu.ca Justice announcement, 16 June 2020); no Boxing Day. Truth and
 *       Reconciliation was announced for 2022 and Bill 5 to add it passed second reading, but its
 *       final passage and first year were not confirmed; it is kept from 2022. Unchanged.
 *   <li>Québec: Act respecting labour standards s. 60 (cnt.gouv.qc.ca) and National Holiday Act s.
 *       2 (24 June, or 25 June for an employee who does not ordinarily work on Sunday). Unchanged.
 * </ul>
 *
 * <p>Not modelled: Manitoba's Terry Fox Day and Ontario's Civic Holiday (first Monday of August:
 * civic, not statutory); Alberta's Heritage Day and Easter Monday (optional); Québec's Easter
 * Monday alternative (Good Friday is used). Years before a day was created are handled only where
 * {@link HolidayRule#firstYear()} says so; the lists are those in force for 2026 onwards.
 *
 * <p>Weekends: a fixed-date holiday on Saturday or Sunday is also observed on the next weekday that
 * is not itself a holiday ({@link HolidaySubstitution#NEXT_FREE_WEEKDAY}), as public offices do;
 * Québec's law substitutes only Canada Day and the Fête nationale, and only from a Sunday ({@link
 * HolidaySubstitution#SUNDAY_TO_MONDAY}); its other days are never moved. Provinces' own rules that
 * differ were found but not modelled: Nova Scotia keeps Canada Day on 1 July even on a Sunday (2018
 * regulation) and Remembrance Day on 11 November, and the Manitoba amendment bars employers and
 * employees from substituting another date for Orange Shirt Day; the own date is in every calendar
 * here in any case.
 */
public final class HolidayRules {

  private HolidayRules() {}

  static final HolidayRule NEW_YEARS_DAY = fixed("New Year's Day", Month.JANUARY, 1);
  static final HolidayRule GOOD_FRIDAY = fromEaster("Good Friday", -2);
  static final HolidayRule VICTORIA_DAY = mondayBeforeMay25("Victoria Day");
  static final HolidayRule CANADA_DAY = fixed("Canada Day", Month.JULY, 1);
  static final HolidayRule LABOUR_DAY = firstMonday("Labour Day", Month.SEPTEMBER);
  static final HolidayRule TRUTH_AND_RECONCILIATION =
      fixed("National Day for Truth and Reconciliation", Month.SEPTEMBER, 30).from(2021);
  static final HolidayRule THANKSGIVING = nthMonday("Thanksgiving", Month.OCTOBER, 2);
  static final HolidayRule REMEMBRANCE_DAY = fixed("Remembrance Day", Month.NOVEMBER, 11);
  static final HolidayRule CHRISTMAS_DAY = fixed("Christmas Day", Month.DECEMBER, 25);
  static final HolidayRule BOXING_DAY = fixed("Boxing Day", Month.DECEMBER, 26);

  private static HolidayRule familyDay(String name) {
    return nthMonday(name, Month.FEBRUARY, 3);
  }

  private static HolidayRule augustCivic(String name) {
    return firstMonday(name, Month.AUGUST);
  }

  private static final HolidayRule INDIGENOUS_PEOPLES_DAY =
      fixed("National Indigenous Peoples Day", Month.JUNE, 21);

  /** Canada Labour Code: the ten federal statutory holidays. */
  public static List<HolidayRule> federal() {
    return List.of(
        NEW_YEARS_DAY,
        GOOD_FRIDAY,
        VICTORIA_DAY,
        CANADA_DAY,
        LABOUR_DAY,
        TRUTH_AND_RECONCILIATION,
        THANKSGIVING,
        REMEMBRANCE_DAY,
        CHRISTMAS_DAY,
        BOXING_DAY);
  }

  /** The province's or territory's general (statutory) holidays. */
  public static List<HolidayRule> of(Province province) {
    return switch (province) {
      case AB ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Alberta Family Day").from(1990),
              GOOD_FRIDAY,
              VICTORIA_DAY,
              CANADA_DAY,
              LABOUR_DAY,
              THANKSGIVING,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case BC ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Family Day").from(2019),
              GOOD_FRIDAY,
              VICTORIA_DAY,
              CANADA_DAY,
              augustCivic("British Columbia Day"),
              LABOUR_DAY,
              TRUTH_AND_RECONCILIATION.from(2023),
              THANKSGIVING,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case MB ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Louis Riel Day").from(2008),
              GOOD_FRIDAY,
              VICTORIA_DAY,
              CANADA_DAY,
              LABOUR_DAY,
              TRUTH_AND_RECONCILIATION.from(2024),
              THANKSGIVING,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case NB ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Family Day").from(2018),
              GOOD_FRIDAY,
              CANADA_DAY,
              augustCivic("New Brunswick Day"),
              LABOUR_DAY,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case NL ->
          List.of(
              NEW_YEARS_DAY, GOOD_FRIDAY, CANADA_DAY, LABOUR_DAY, REMEMBRANCE_DAY, CHRISTMAS_DAY);
      case NS ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Nova Scotia Heritage Day").from(2015),
              GOOD_FRIDAY,
              CANADA_DAY,
              LABOUR_DAY,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case NT ->
          List.of(
              NEW_YEARS_DAY,
              GOOD_FRIDAY,
              VICTORIA_DAY,
              INDIGENOUS_PEOPLES_DAY,
              CANADA_DAY,
              augustCivic("Civic Holiday"),
              LABOUR_DAY,
              TRUTH_AND_RECONCILIATION.from(2022),
              THANKSGIVING,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case NU ->
          List.of(
              NEW_YEARS_DAY,
              GOOD_FRIDAY,
              VICTORIA_DAY,
              CANADA_DAY,
              fixed("Nunavut Day", Month.JULY, 9),
              augustCivic("Civic Holiday"),
              LABOUR_DAY,
              TRUTH_AND_RECONCILIATION.from(2022),
              THANKSGIVING,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case ON ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Family Day").from(2008),
              GOOD_FRIDAY,
              VICTORIA_DAY,
              CANADA_DAY,
              LABOUR_DAY,
              THANKSGIVING,
              CHRISTMAS_DAY,
              BOXING_DAY);
      case PE ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Islander Day").from(2009),
              GOOD_FRIDAY,
              CANADA_DAY,
              LABOUR_DAY,
              TRUTH_AND_RECONCILIATION.from(2022),
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case QC ->
          List.of(
              NEW_YEARS_DAY.substituted(HolidaySubstitution.NONE),
              GOOD_FRIDAY,
              mondayBeforeMay25("Journée nationale des patriotes"),
              fixed("Fête nationale (Saint-Jean-Baptiste)", Month.JUNE, 24)
                  .substituted(HolidaySubstitution.SUNDAY_TO_MONDAY),
              CANADA_DAY.substituted(HolidaySubstitution.SUNDAY_TO_MONDAY),
              LABOUR_DAY,
              THANKSGIVING,
              CHRISTMAS_DAY.substituted(HolidaySubstitution.NONE));
      case SK ->
          List.of(
              NEW_YEARS_DAY,
              familyDay("Family Day").from(2007),
              GOOD_FRIDAY,
              VICTORIA_DAY,
              CANADA_DAY,
              augustCivic("Saskatchewan Day"),
              LABOUR_DAY,
              THANKSGIVING,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
      case YT ->
          List.of(
              NEW_YEARS_DAY,
              GOOD_FRIDAY,
              VICTORIA_DAY,
              INDIGENOUS_PEOPLES_DAY.from(2017),
              CANADA_DAY,
              nthMonday("Discovery Day", Month.AUGUST, 3),
              LABOUR_DAY,
              TRUTH_AND_RECONCILIATION.from(2023),
              THANKSGIVING,
              REMEMBRANCE_DAY,
              CHRISTMAS_DAY);
    };
  }
}
