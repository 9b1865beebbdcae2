package uk.gov.cme.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A group entitled to act on a {@link CmeCase}: a school ({@code school-<URN>}) or an LA team, and on
 * what basis. Changed only through its case.
 */
@Table
class CaseParty {

  @Id
  private Long id;
  private String groupId;
  private PartyBasis basis;
  private String addedBy;
  private Instant addedAt;

  /** For Spring Data. */
  private CaseParty() {
  }

  static CaseParty of(String groupId, PartyBasis basis, String user, Instant at) {
    CaseParty party = new CaseParty();
    party.groupId = groupId;
    party.basis = basis;
    party.addedBy = user;
    party.addedAt = at;
    return party;
  }

  String groupId() {
    return groupId;
  }

  PartyBasis basis() {
    return basis;
  }

  boolean is(String group, PartyBasis kind) {
    return groupId.equals(group) && basis == kind;
  }
}
