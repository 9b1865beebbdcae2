package uk.gov.cme.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Small factories for a child and referrals, shared by the case register's tests. */
final class CaseworkTestData {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** "Now" in the Spring tests: 2 March 2026, 10:00 in London. */
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final String VALID_UPN = "B801200005001";
  static final String OTHER_VALID_UPN = "A950000178301";
  static final String OFFICER = "cme.officer";

  private CaseworkTestData() {
  }

  /** Amira Khan, born 14 May 2015, SO23 8UJ, last at Riverside Primary, no UPN. */
  static ChildDetails.Builder aChild() {
    return ChildDetails.builder()
        .legalForename("Amira")
        .legalSurname("Khan")
        .dateOfBirth(LocalDate.of(2015, 5, 14))
        .sex(Sex.FEMALE)
        .address("12 Riverside Road, Winchester")
        .postcode("so23 8uj")
        .lastSchoolUrn("999001")
        .lastSchoolName("Riverside Primary School");
  }

  static ChildDetails aChildWithoutUpn() {
    return aChild().build(TODAY);
  }

  static ChildDetails aChildWithUpn(String upn) {
    return aChild().upn(upn).build(TODAY);
  }

  /** A school referral from Riverside Primary (URN 999001) with two attempts to locate. */
  static ReferralDetails.Builder aSchoolReferral() {
    return ReferralDetails.builder(ReferralSource.SCHOOL)
        .referrerOrganisation("Riverside Primary School")
        .referrerName("Sam Taylor")
        .referrerEmail("dsl@riverside.example.sch.uk")
        .referrerPhone("01962 000000")
        .referringSchoolUrn("999001")
        .category("CONTINUOUS_ABSENCE_20_DAYS")
        .circumstances("Not seen since the start of term; the family's phone is disconnected.")
        .attemptsToLocate(List.of(
            new LocateAttempt(LocateAttempt.Step.PARENTS_PHONE_OR_TEXT, LocalDate.of(2026, 2, 2), "no answer"),
            new LocateAttempt(LocateAttempt.Step.PARENTS_EMAIL_LETTER_OR_VISIT, LocalDate.of(2026, 2, 9),
                "home visit: house empty")))
        .receivedAt(NOW.minusSeconds(3600));
  }

  static ReferralDetails aSchoolReferralDetails() {
    return aSchoolReferral().build();
  }

  static ReferralDetails anAnonymousReferral() {
    return ReferralDetails.builder(ReferralSource.ANONYMOUS)
        .circumstances("A neighbour says the child has not been to school for weeks.")
        .build();
  }

  /** The fixed clock of the Spring tests. */
  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, LONDON);
    }
  }
}
