package uk.gov.cme.rules.upn;

import java.util.Objects;

/**
 * One thing wrong with a UPN as entered.
 *
 * @param kind    which part is wrong
 * @param message a plain-English message for the person who entered it, for example
 *                "check letter should be B, not A"; it never repeats the whole UPN
 */
public record UpnFault(Kind kind, String message) {

  /** Which part of the UPN is wrong. */
  public enum Kind {
    /** Nothing was entered. */
    MISSING,
    /** Not 13 characters; the other parts are then not checked. */
    LENGTH,
    /** Character 1 is not a letter that a check letter can be (A to Z except I, O and S). */
    FIRST_CHARACTER,
    /** Characters 2 to 4, the LA code, are not 3 digits. */
    LA_CODE,
    /** Characters 5 to 8, the DfE establishment number, are not 4 digits. */
    ESTABLISHMENT,
    /** Characters 9 and 10, the academic year, are not 2 digits. */
    YEAR,
    /** Characters 11 to 13 are not 3 digits, or 2 digits and a letter for a temporary UPN. */
    SERIAL,
    /** The check letter does not match the rest of the UPN. */
    CHECK_LETTER
  }

  public UpnFault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
