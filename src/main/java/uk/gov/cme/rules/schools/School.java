package uk.gov.cme.rules.schools;

/**
 * One school of the schools file.
 *
 * @param urn    the school's Unique Reference Number (six digits, as in Get Information about Schools)
 * @param name   the school's name
 * @param phase  its phase of education (Get Information about Schools' values, e.g. Primary)
 * @param email  the address the LA writes to the school at
 * @param laCode the three-digit code of the local authority the school is in
 */
public record School(String urn, String name, String phase, String email, String laCode) {

  /** How a person chooses the school: its name, then its URN. */
  public String label() {
    return name + " (URN " + urn + ")";
  }
}
