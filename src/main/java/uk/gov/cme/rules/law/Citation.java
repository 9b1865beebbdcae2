package uk.gov.cme.rules.law;

import static uk.gov.cme.rules.law.Legislation.EDUCATION_ACT_1996;
import static uk.gov.cme.rules.law.Legislation.PUPIL_INFORMATION_REGULATIONS_2005;
import static uk.gov.cme.rules.law.Legislation.PUPIL_REGISTRATION_REGULATIONS_2024;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every provision of law the application cites, in one place (rules.md R6, R7, R10; data.md; seeds
 * 001–003). Processes, emails and, later, the statutory letters quote these values instead of spelling a
 * citation out; a form's or model's text that mentions a provision must name one of these
 * (StatutoryReferencesTest). docs/law.md lists each one and where it is used.
 *
 * <p>{@link #inFull()} is the form for sentences ("regulation 9(1)(h) of the School Attendance (Pupil
 * Registration) (England) Regulations 2024", "section 437(1) of the Education Act 1996");
 * {@link #shortForm()} for tables and labels ("SI 2024/208 reg 9(1)(h)", "Education Act 1996 s437(1)").
 */
public enum Citation {

  // The School Attendance (Pupil Registration) (England) Regulations 2024, regulation 9(1): the grounds on
  // which a pupil of compulsory school age is deleted from the admission register (rules.md R6).
  REG_9_1_A(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(a)", Citation.GROUND),
  REG_9_1_B(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(b)", Citation.GROUND),
  REG_9_1_C(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(c)", Citation.GROUND),
  REG_9_1_D(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(d)", Citation.GROUND),
  REG_9_1_E(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(e)", Citation.GROUND),
  REG_9_1_F(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(f)", Citation.GROUND),
  REG_9_1_G(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(g)", Citation.GROUND),
  REG_9_1_H(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(h)", Citation.GROUND),
  REG_9_1_I(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(i)", Citation.GROUND),
  REG_9_1_J(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(j)", Citation.GROUND),
  REG_9_1_K(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(k)", Citation.GROUND),
  REG_9_1_L(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(l)", Citation.GROUND),
  REG_9_1_M(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(m)", Citation.GROUND),
  REG_9_1_N(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(n)", Citation.GROUND),
  REG_9_1_O(PUPIL_REGISTRATION_REGULATIONS_2024, "9(1)(o)", Citation.GROUND),

  // The same Regulations, regulation 13: returns to the local authority.
  /** New pupil return: by the end of the fifth day after the pupil's name is entered (rules.md R7). */
  REG_13_1(PUPIL_REGISTRATION_REGULATIONS_2024, "13(1)",
      "new pupil return: the school tells the local authority by the end of the fifth day after a pupil's name"
          + " is entered in the admission register"),
  /** Deletion return: what the school tells the local authority when a pupil's name is deleted (P3). */
  REG_13_4(PUPIL_REGISTRATION_REGULATIONS_2024, "13(4)",
      "deletion return: the school tells the local authority when a pupil's name is deleted from the admission"
          + " register, with the pupil's and parents' details and the ground"),

  // The Education (Pupil Information) (England) Regulations 2005.
  /** The common transfer file; to the Lost Pupil Database within 15 school days when no school is known. */
  PUPIL_INFORMATION_REG_9(PUPIL_INFORMATION_REGULATIONS_2005, "9",
      "transfer of the pupil's common transfer file (CTF) when the pupil leaves: within 15 school days, to the"
          + " Lost Pupil Database when the new school is unknown or abroad"),

  // The Education Act 1996.
  /** Compulsory school age (rules.md R4). */
  EA1996_S8(EDUCATION_ACT_1996, "8", "compulsory school age"),
  /** The local authority's duty to identify children missing education (rules.md R1). */
  EA1996_S436A(EDUCATION_ACT_1996, "436A",
      "the local authority's duty to identify children in its area who are not receiving suitable education"),
  /** The notice to satisfy the authority: not less than 15 days beginning with the day of service (P5 step 1). */
  EA1996_S437_1(EDUCATION_ACT_1996, "437(1)",
      "notice requiring the parent to satisfy the local authority, within a period of not less than 15 days"
          + " beginning with the day on which it is served, that the child is receiving suitable education"),
  /** The School Attendance Order itself (P5 step 4). */
  EA1996_S437_3(EDUCATION_ACT_1996, "437(3)",
      "school attendance order: the parent has not satisfied the authority and the child should attend school"),
  /** Notice of intention to serve an order: the parent has 15 days to choose a school (P5 step 3). */
  EA1996_S438(EDUCATION_ACT_1996, "438",
      "notice of intention to serve a school attendance order, naming the school; the parent may choose another"
          + " school within 15 days"),
  /** The schools that may be named; the governing body may apply to the Secretary of State within 15 days. */
  EA1996_S439(EDUCATION_ACT_1996, "439",
      "which schools may be named in an order; the school's governing body may apply to the Secretary of State"
          + " within 15 days of being consulted"),
  /** Amendment of an order at the parent's request (P5, at any time). */
  EA1996_S440(EDUCATION_ACT_1996, "440", "amendment of a school attendance order at the parent's request"),
  /** A child with an EHC plan: the order names the school named in the plan (P5, the EHCP route). */
  EA1996_S441(EDUCATION_ACT_1996, "441",
      "school attendance order for a child with an EHC plan: the school named in the plan is named in the order"),
  /** Revocation of an order at the parent's request (P5, at any time). */
  EA1996_S442(EDUCATION_ACT_1996, "442", "revocation of a school attendance order at the parent's request"),
  /** The offence of not complying with an order (P5 step 9; rules.md R10). */
  EA1996_S443(EDUCATION_ACT_1996, "443",
      "offence: failure to comply with a school attendance order (a level 3 fine; committed once per order)"),
  /** The offence of not securing a registered pupil's regular attendance (seed 001). */
  EA1996_S444(EDUCATION_ACT_1996, "444", "offence: failure to secure the regular attendance at school of a registered pupil"),
  /** Education supervision order, considered before prosecuting (P5 step 8; rules.md R10). */
  EA1996_S447(EDUCATION_ACT_1996, "447",
      "education supervision order, which the local authority considers before prosecuting");

  private static final String GROUND = "a ground for deleting a pupil of compulsory school age from the admission register";

  private final Legislation legislation;
  private final String provision;
  private final String about;

  Citation(Legislation legislation, String provision, String about) {
    this.legislation = legislation;
    this.provision = provision;
    this.about = about;
  }

  /** The Act or statutory instrument. */
  public Legislation legislation() {
    return legislation;
  }

  /** The provision's number as the instrument writes it: {@code 9(1)(h)}, {@code 437(1)}, {@code 436A}. */
  public String provision() {
    return provision;
  }

  /** What the provision is about, in plain English. */
  public String about() {
    return about;
  }

  /**
   * The citation for a sentence: {@code regulation 9(1)(h) of the School Attendance (Pupil Registration)
   * (England) Regulations 2024}, {@code section 437(1) of the Education Act 1996}.
   */
  public String inFull() {
    return legislation.provisionWord() + " " + provision + " of the " + legislation.title();
  }

  /** The provision alone, abbreviated, for a label: {@code reg 9(1)(h)}, {@code s437(1)}. */
  public String label() {
    return legislation.provisionAbbreviation() + provision;
  }

  /** The citation for tables: {@code SI 2024/208 reg 9(1)(h)}, {@code Education Act 1996 s437(1)}. */
  public String shortForm() {
    return legislation.shortName() + " " + label();
  }

  /**
   * The provision on legislation.gov.uk (the whole section or regulation):
   * {@code https://www.legislation.gov.uk/uksi/2024/208/regulation/9}.
   */
  public String url() {
    int paragraph = provision.indexOf('(');
    String number = paragraph < 0 ? provision : provision.substring(0, paragraph);
    return legislation.url() + "/" + legislation.provisionWord() + "/" + number;
  }

  /** The citation written as {@link #shortForm()} or {@link #inFull()} gives it; empty for anything else. */
  public static Optional<Citation> find(String text) {
    return Arrays.stream(values()).filter(c -> c.shortForm().equals(text) || c.inFull().equals(text)).findFirst();
  }
}
