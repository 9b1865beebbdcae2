package uk.gov.cme.casework;

import java.time.LocalDate;
import java.util.Objects;
import uk.gov.cme.rules.age.SchoolAge;
import uk.gov.cme.rules.upn.Upn;
import uk.gov.cme.rules.upn.UpnValidation;

/**
 * Who the child is, as a referral or an officer gives it (data.md, Child). All of it is personal data:
 * never log it; log the case reference.
 *
 * <p>Build one with {@link #builder()}; {@link Builder#build(LocalDate)} tidies the input and checks
 * it, reporting every fault at once. The canonical constructor does not check anything: it is also
 * used to show what the register holds ({@link CaseView}).
 *
 * @param upn            the Unique Pupil Number, upper case; null if none or not known
 * @param formerUpn      a UPN the child had before; null if none
 * @param legalForename  legal forename(s)
 * @param legalSurname   legal surname
 * @param preferredName  the name the child goes by; null if the same
 * @param dateOfBirth    date of birth
 * @param sex            sex; {@link Sex#NOT_KNOWN} if not given
 * @param address        current address, without the postcode; null if not known
 * @param postcode       current postcode as written ({@code SO23 8UJ}); null if not known
 * @param addressUnknown whether the child's current address is unknown
 * @param lastSchoolUrn  URN of the last school attended; null if none or not known
 * @param lastSchoolName name of the last school attended; null if none or not known
 * @param flags          needs and social-care involvement
 */
public record ChildDetails(String upn, String formerUpn, String legalForename, String legalSurname,
                           String preferredName, LocalDate dateOfBirth, Sex sex, String address, String postcode,
                           boolean addressUnknown, String lastSchoolUrn, String lastSchoolName,
                           ChildFlags flags) {

  static final int NAME_LENGTH = 100;
  static final int ADDRESS_LENGTH = 500;
  static final int SCHOOL_NAME_LENGTH = 200;

  public ChildDetails {
    sex = sex == null ? Sex.NOT_KNOWN : sex;
    flags = flags == null ? ChildFlags.NONE : flags;
  }

  /** A builder for a child's details, checked by {@link Builder#build(LocalDate)}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these details, to change some and check them again. */
  public Builder toBuilder() {
    return new Builder().upn(upn).formerUpn(formerUpn).legalForename(legalForename).legalSurname(legalSurname)
        .preferredName(preferredName).dateOfBirth(dateOfBirth).sex(sex).address(address).postcode(postcode)
        .addressUnknown(addressUnknown).lastSchoolUrn(lastSchoolUrn).lastSchoolName(lastSchoolName).flags(flags);
  }

  /** The details with their checks applied again (for input that did not come through the builder). */
  static ChildDetails checked(ChildDetails child, LocalDate today) {
    Objects.requireNonNull(child, "child");
    return child.toBuilder().build(today);
  }

  /** Names the type only: the details are personal data and must not reach a log. */
  @Override
  public String toString() {
    return "ChildDetails[personal data not shown]";
  }

  /**
   * Collects a child's details as entered. Text is trimmed, and blank text is "not given".
   * {@link #build(LocalDate)} checks them.
   */
  public static final class Builder {

    private String upn;
    private String formerUpn;
    private String legalForename;
    private String legalSurname;
    private String preferredName;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String address;
    private String postcode;
    private boolean addressUnknown;
    private String lastSchoolUrn;
    private String lastSchoolName;
    private ChildFlags flags = ChildFlags.NONE;

    private Builder() {
    }

    public Builder upn(String upn) {
      this.upn = upn;
      return this;
    }

    public Builder formerUpn(String formerUpn) {
      this.formerUpn = formerUpn;
      return this;
    }

    public Builder legalForename(String legalForename) {
      this.legalForename = legalForename;
      return this;
    }

    public Builder legalSurname(String legalSurname) {
      this.legalSurname = legalSurname;
      return this;
    }

    public Builder preferredName(String preferredName) {
      this.preferredName = preferredName;
      return this;
    }

    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    public Builder sex(Sex sex) {
      this.sex = sex;
      return this;
    }

    public Builder address(String address) {
      this.address = address;
      return this;
    }

    public Builder postcode(String postcode) {
      this.postcode = postcode;
      return this;
    }

    public Builder addressUnknown(boolean addressUnknown) {
      this.addressUnknown = addressUnknown;
      return this;
    }

    public Builder lastSchoolUrn(String lastSchoolUrn) {
      this.lastSchoolUrn = lastSchoolUrn;
      return this;
    }

    public Builder lastSchoolName(String lastSchoolName) {
      this.lastSchoolName = lastSchoolName;
      return this;
    }

    public Builder flags(ChildFlags flags) {
      this.flags = flags == null ? ChildFlags.NONE : flags;
      return this;
    }

    /**
     * Checks and tidies the details.
     *
     * <ul>
     *   <li>{@code upn}, {@code formerUpn}: optional; if given, a valid UPN (rules.md R5), stored upper
     *   case; the reason is the UPN check's message, which says which part is wrong.</li>
     *   <li>{@code legalForename}, {@code legalSurname}: required, at most {@value #NAME_LENGTH}
     *   characters ({@code preferredName} too, optional).</li>
     *   <li>{@code dateOfBirth}: required; not after {@code today} and not making the child older
     *   than 25 (rules.md R4, {@link SchoolAge#validateDateOfBirth}). A child who is not of compulsory
     *   school age is not an input error: such a referral is classified "not CME".</li>
     *   <li>{@code postcode}: optional; if given, the shape of a UK postcode, stored as
     *   {@code SO23 8UJ}.</li>
     *   <li>{@code lastSchoolUrn}: optional; if given, six digits.</li>
     *   <li>{@code address} at most {@value #ADDRESS_LENGTH}, {@code lastSchoolName} at most
     *   {@value #SCHOOL_NAME_LENGTH} characters.</li>
     *   <li>No text holds a control or formatting character (NUL, BEL, the right-to-left override...);
     *   names have one line ({@link uk.gov.cme.rules.text.TextRules}).</li>
     * </ul>
     *
     * @param today the day the details are checked on (for the date of birth)
     * @throws InvalidInputException listing every field at fault
     */
    public ChildDetails build(LocalDate today) {
      Objects.requireNonNull(today, "today");
      Faults faults = new Faults();
      String checkedUpn = upn(faults, "upn", upn);
      String checkedFormerUpn = upn(faults, "formerUpn", formerUpn);
      String forename = faults.requiredLine("legalForename", legalForename, NAME_LENGTH,
          "the child's legal forename is missing");
      String surname = faults.requiredLine("legalSurname", legalSurname, NAME_LENGTH,
          "the child's legal surname is missing");
      String preferred = faults.optionalLine("preferredName", preferredName, NAME_LENGTH);
      if (dateOfBirth == null) {
        faults.add("dateOfBirth", "the date of birth is missing");
      } else {
        SchoolAge.validateDateOfBirth(dateOfBirth, today).ifPresent(reason -> faults.add("dateOfBirth", reason));
      }
      String checkedAddress = faults.optional("address", address, ADDRESS_LENGTH);
      String checkedPostcode = Faults.trim(postcode);
      if (checkedPostcode != null) {
        if (Postcode.isPlausible(checkedPostcode)) {
          checkedPostcode = Postcode.format(checkedPostcode);
        } else {
          faults.add("postcode", "not a UK postcode (for example SO23 8UJ)");
        }
      }
      String urn = faults.urn("lastSchoolUrn", lastSchoolUrn);
      String schoolName = faults.optionalLine("lastSchoolName", lastSchoolName, SCHOOL_NAME_LENGTH);
      faults.throwIfAny();
      return new ChildDetails(checkedUpn, checkedFormerUpn, forename, surname, preferred, dateOfBirth, sex,
          checkedAddress, checkedPostcode, addressUnknown, urn, schoolName, flags);
    }

    private static String upn(Faults faults, String field, String value) {
      String text = Faults.trim(value);
      if (text == null) {
        return null;
      }
      UpnValidation validation = Upn.validate(text);
      if (!validation.isValid()) {
        faults.add(field, validation.message());
        return null;
      }
      return validation.orElseThrow().value();
    }
  }
}
