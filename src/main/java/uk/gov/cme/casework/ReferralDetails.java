package uk.gov.cme.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A referral as received (data.md, Referral): where it came from, who made it, what it says. The
 * referrer's details are personal data: never log them.
 *
 * <p>Build one with {@link #builder(ReferralSource)}; {@link Builder#build()} tidies the input and
 * checks it, reporting every fault at once. The canonical constructor does not check anything: it is
 * also used to show what the register holds ({@link CaseView}).
 *
 * @param source               where it came from
 * @param referrerOrganisation the referrer's organisation; always null for {@link ReferralSource#ANONYMOUS}
 * @param referrerName         the referrer's name; always null for an anonymous referral
 * @param referrerEmail        the referrer's email address; always null for an anonymous referral
 * @param referrerPhone        the referrer's phone number; always null for an anonymous referral
 * @param referringSchoolUrn   the referring school's URN (six digits): required for a
 *                             {@link ReferralSource#SCHOOL} referral
 * @param category             the CME reason or PMOOE trigger given (rules.md R1, R2); null if none
 * @param circumstances        the circumstances in the referrer's words; null if none
 * @param attemptsToLocate     what the school did to find the child (never null, may be empty)
 * @param safeguardingConcern  whether the referrer raised a safeguarding concern
 * @param safeguardingDetails  what the concern is; required if there is one
 * @param receivedAt           when the referral was received; null means when it is recorded
 */
public record ReferralDetails(ReferralSource source, String referrerOrganisation, String referrerName,
                              String referrerEmail, String referrerPhone, String referringSchoolUrn,
                              String category, String circumstances, List<LocateAttempt> attemptsToLocate,
                              boolean safeguardingConcern, String safeguardingDetails, Instant receivedAt) {

  static final int ORGANISATION_LENGTH = 200;
  static final int NAME_LENGTH = 200;
  static final int PHONE_LENGTH = 30;
  static final int CATEGORY_LENGTH = 100;
  static final int TEXT_LENGTH = 4000;
  static final int ATTEMPTS = 12;
  /** The length of {@code cme_referral.attempts_to_locate}. */
  static final int ATTEMPTS_STORED_LENGTH = 16_000;

  public ReferralDetails {
    attemptsToLocate = attemptsToLocate == null ? List.of() : List.copyOf(attemptsToLocate);
  }

  /** A builder for a referral from the source, checked by {@link Builder#build()}. */
  public static Builder builder(ReferralSource source) {
    return new Builder(source);
  }

  /** A builder holding these details, to change some and check them again. */
  public Builder toBuilder() {
    return new Builder(source).referrerOrganisation(referrerOrganisation).referrerName(referrerName)
        .referrerEmail(referrerEmail).referrerPhone(referrerPhone).referringSchoolUrn(referringSchoolUrn)
        .category(category).circumstances(circumstances).attemptsToLocate(attemptsToLocate)
        .safeguardingConcern(safeguardingConcern, safeguardingDetails).receivedAt(receivedAt);
  }

  /** Whether the referral came from an anonymous member of the public. */
  public boolean isAnonymous() {
    return source == ReferralSource.ANONYMOUS;
  }

  /** Names the source only: the rest may be personal data and must not reach a log. */
  @Override
  public String toString() {
    return "ReferralDetails[source=" + source + ", personal data not shown]";
  }

  /**
   * Collects a referral as entered. Text is trimmed, and blank text is "not given". {@link #build()}
   * checks it.
   */
  public static final class Builder {

    private final ReferralSource source;
    private String referrerOrganisation;
    private String referrerName;
    private String referrerEmail;
    private String referrerPhone;
    private String referringSchoolUrn;
    private String category;
    private String circumstances;
    private List<LocateAttempt> attemptsToLocate = List.of();
    private boolean safeguardingConcern;
    private String safeguardingDetails;
    private Instant receivedAt;

    private Builder(ReferralSource source) {
      this.source = source;
    }

    public Builder referrerOrganisation(String referrerOrganisation) {
      this.referrerOrganisation = referrerOrganisation;
      return this;
    }

    public Builder referrerName(String referrerName) {
      this.referrerName = referrerName;
      return this;
    }

    public Builder referrerEmail(String referrerEmail) {
      this.referrerEmail = referrerEmail;
      return this;
    }

    public Builder referrerPhone(String referrerPhone) {
      this.referrerPhone = referrerPhone;
      return this;
    }

    public Builder referringSchoolUrn(String referringSchoolUrn) {
      this.referringSchoolUrn = referringSchoolUrn;
      return this;
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder circumstances(String circumstances) {
      this.circumstances = circumstances;
      return this;
    }

    public Builder attemptsToLocate(List<LocateAttempt> attemptsToLocate) {
      this.attemptsToLocate = attemptsToLocate == null ? List.of() : new ArrayList<>(attemptsToLocate);
      return this;
    }

    /** Whether the referrer raised a safeguarding concern, and what it is. */
    public Builder safeguardingConcern(boolean concern, String details) {
      this.safeguardingConcern = concern;
      this.safeguardingDetails = details;
      return this;
    }

    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /**
     * Checks and tidies the referral.
     *
     * <ul>
     *   <li>{@code source}: required.</li>
     *   <li>An {@link ReferralSource#ANONYMOUS} referral stores no referrer contact: organisation, name,
     *   email and phone are <em>dropped silently</em>, whatever was entered (a form or an officer may
     *   have filled them in; they are neither checked nor kept).</li>
     *   <li>{@code referrerEmail}: optional; if given, a plausible email address.</li>
     *   <li>{@code referringSchoolUrn}: six digits if given; required for a
     *   {@link ReferralSource#SCHOOL} referral.</li>
     *   <li>{@code safeguardingDetails}: required when there is a safeguarding concern.</li>
     *   <li>Lengths: organisation and name {@value #NAME_LENGTH}, phone {@value #PHONE_LENGTH},
     *   category {@value #CATEGORY_LENGTH}, circumstances and safeguarding details
     *   {@value #TEXT_LENGTH}, each attempt's result {@value LocateAttempt#RESULT_LENGTH}
     *   characters; at most {@value #ATTEMPTS} attempts.</li>
     * </ul>
     *
     * <p>The attempts to locate are not required here, even for a school: whether a school referral
     * may go ahead without them is for the intake form and the process to decide.
     *
     * @throws InvalidInputException listing every field at fault
     */
    public ReferralDetails build() {
      Faults faults = new Faults();
      if (source == null) {
        faults.add("source", "where the referral came from is missing");
      }
      boolean anonymous = source == ReferralSource.ANONYMOUS;
      String organisation = anonymous ? null
          : faults.optionalLine("referrerOrganisation", referrerOrganisation, ORGANISATION_LENGTH);
      String name = anonymous ? null : faults.optionalLine("referrerName", referrerName, NAME_LENGTH);
      String email = anonymous ? null : faults.email("referrerEmail", referrerEmail);
      String phone = anonymous ? null : faults.optionalLine("referrerPhone", referrerPhone, PHONE_LENGTH);
      String urn = faults.urn("referringSchoolUrn", referringSchoolUrn);
      if (source == ReferralSource.SCHOOL && urn == null) {
        faults.add("referringSchoolUrn", "a school referral needs the referring school's URN");
      }
      String checkedCategory = faults.optional("category", category, CATEGORY_LENGTH);
      String checkedCircumstances = faults.optional("circumstances", circumstances, TEXT_LENGTH);
      List<LocateAttempt> attempts = new ArrayList<>();
      for (int i = 0; i < attemptsToLocate.size(); i++) {
        LocateAttempt attempt = attemptsToLocate.get(i);
        if (attempt == null) {
          continue;
        }
        String result = faults.optional("attemptsToLocate[" + i + "].result", attempt.result(),
            LocateAttempt.RESULT_LENGTH);
        attempts.add(new LocateAttempt(attempt.step(), attempt.on(), result));
      }
      if (attempts.size() > ATTEMPTS) {
        faults.add("attemptsToLocate", "at most " + ATTEMPTS + " attempts");
      } else if (LocateAttemptsJson.write(attempts).length() > ATTEMPTS_STORED_LENGTH) {
        faults.add("attemptsToLocate", "the attempts to locate are too long to store; shorten the results");
      }
      String details = faults.optional("safeguardingDetails", safeguardingDetails, TEXT_LENGTH);
      if (safeguardingConcern && details == null) {
        faults.add("safeguardingDetails", "describe the safeguarding concern");
      }
      faults.throwIfAny();
      return new ReferralDetails(source, organisation, name, email, phone, urn, checkedCategory,
          checkedCircumstances, attempts, safeguardingConcern, details, receivedAt);
    }
  }

  /** The referral with its checks applied again (for input that did not come through the builder). */
  static ReferralDetails checked(ReferralDetails referral) {
    Objects.requireNonNull(referral, "referral");
    return referral.toBuilder().build();
  }
}
