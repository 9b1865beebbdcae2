package uk.gov.cme.rules.law;

/**
 * An Act or statutory instrument the application cites, with its title as it is cited in running text
 * ("of the Education Act 1996"), its number and its address on legislation.gov.uk.
 */
public enum Legislation {

  /** Education Act 1996 (1996 c. 56): compulsory school age, CME, School Attendance Orders. */
  EDUCATION_ACT_1996("Education Act 1996", "Education Act 1996", "ukpga/1996/56", "section", "s"),
  /** SI 2024/208: the admission register, the grounds of deletion, the returns to the local authority. */
  PUPIL_REGISTRATION_REGULATIONS_2024("School Attendance (Pupil Registration) (England) Regulations 2024",
      "SI 2024/208", "uksi/2024/208", "regulation", "reg "),
  /** SI 2005/1437: the common transfer file (CTF), to the Lost Pupil Database when no school is known. */
  PUPIL_INFORMATION_REGULATIONS_2005("Education (Pupil Information) (England) Regulations 2005",
      "SI 2005/1437", "uksi/2005/1437", "regulation", "reg ");

  private static final String LEGISLATION_GOV_UK = "https://www.legislation.gov.uk/";

  private final String title;
  private final String shortName;
  private final String path;
  private final String provisionWord;
  private final String provisionAbbreviation;

  Legislation(String title, String shortName, String path, String provisionWord, String provisionAbbreviation) {
    this.title = title;
    this.shortName = shortName;
    this.path = path;
    this.provisionWord = provisionWord;
    this.provisionAbbreviation = provisionAbbreviation;
  }

  /**
   * The title as running text cites it, after "the": {@code School Attendance (Pupil Registration)
   * (England) Regulations 2024}, {@code Education Act 1996}.
   */
  public String title() {
    return title;
  }

  /**
   * The title as printed on the instrument: statutory instruments begin with "The" ({@code The School
   * Attendance (Pupil Registration) (England) Regulations 2024}); Acts do not.
   */
  public String officialTitle() {
    return provisionWord.equals("regulation") ? "The " + title : title;
  }

  /** The short name used in tables: {@code SI 2024/208}, {@code Education Act 1996}. */
  public String shortName() {
    return shortName;
  }

  /** The instrument on legislation.gov.uk. */
  public String url() {
    return LEGISLATION_GOV_UK + path;
  }

  /** What its provisions are called: {@code section} (an Act) or {@code regulation} (regulations). */
  public String provisionWord() {
    return provisionWord;
  }

  /** The abbreviation before a provision's number: {@code s} ({@code s437(1)}), {@code reg } ({@code reg 9(1)(h)}). */
  public String provisionAbbreviation() {
    return provisionAbbreviation;
  }
}
