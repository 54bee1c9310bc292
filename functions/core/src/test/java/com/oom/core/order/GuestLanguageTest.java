package com.oom.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GuestLanguageTest {

  @Test
  void tagsAreCanadianEnglishAndCanadianFrench() {
    assertThat(GuestLanguage.ENGLISH.tag()).isEqualTo("en-CA");
    assertThat(GuestLanguage.FRENCH.tag()).isEqualTo("fr-CA");
  }

  @Test
  void localesAreTheCanadianOnes() {
    assertThat(GuestLanguage.ENGLISH.locale()).isEqualTo(Locale.CANADA);
    assertThat(GuestLanguage.FRENCH.locale()).isEqualTo(Locale.CANADA_FRENCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-CA", "fr", "fr_CA", "FR-ca", "Fr", " fr-CA ", "fr-FR"})
  void frenchTagsInAnyCaseOrSeparatorGiveFrench(String tag) {
    assertThat(GuestLanguage.fromTag(tag)).isEqualTo(GuestLanguage.FRENCH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-CA", "en", "EN_ca", "en-US"})
  void englishTagsGiveEnglish(String tag) {
    assertThat(GuestLanguage.fromTag(tag)).isEqualTo(GuestLanguage.ENGLISH);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"es-MX", "french", "x", "  "})
  void unknownOrMissingTagsFallBackToEnglish(String tag) {
    assertThat(GuestLanguage.fromTag(tag)).isEqualTo(GuestLanguage.ENGLISH);
  }

  @Test
  void everyLanguageRoundTripsThroughItsOwnTag() {
    for (GuestLanguage language : GuestLanguage.values()) {
      assertThat(GuestLanguage.fromTag(language.tag())).isEqualTo(language);
    }
  }
}
