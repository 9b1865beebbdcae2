package uk.gov.cme.rules.localauthorities;

/**
 * One local authority of the local authorities file.
 *
 * @param code  the DfE's three-digit LA code (e.g. 202 for Camden)
 * @param name  the authority's name as the DfE gives it
 * @param email the address of its Children Missing Education team, where outbound enquiries go
 */
public record LocalAuthority(String code, String name, String email) {

  /** How a person chooses the authority: its name, then its code. */
  public String label() {
    return name + " (" + code + ")";
  }
}
