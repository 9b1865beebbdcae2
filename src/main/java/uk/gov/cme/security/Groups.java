package uk.gov.cme.security;

import java.util.Optional;
import java.util.regex.Pattern;

/** Group naming conventions shared by the security set-up, the filters and the processes. */
public final class Groups {

  /** Every school is its own group: {@code school-<URN>}. */
  public static final String SCHOOL_PREFIX = "school-";
  /** Group type of a school group in Camunda Admin. */
  public static final String TYPE_SCHOOL = "school";
  /** Group type of a local-authority team. */
  public static final String TYPE_TEAM = "la-team";
  /** Camunda's administrators group: manages users and groups in Admin. */
  public static final String ADMIN = "camunda-admin";

  public static final String CME_OFFICER = "cme-officer";
  public static final String CME_MANAGER = "cme-manager";
  public static final String SOCIAL_CARE = "social-care";

  /** A URN (Unique Reference Number of a school, Get Information About Schools) is six digits. */
  private static final Pattern URN = Pattern.compile("\\d{6}");

  private Groups() {
  }

  public static boolean isValidUrn(String urn) {
    return urn != null && URN.matcher(urn).matches();
  }

  public static String schoolGroup(String urn) {
    if (!isValidUrn(urn)) {
      throw new IllegalArgumentException("A school URN is six digits");
    }
    return SCHOOL_PREFIX + urn;
  }

  public static boolean isSchoolGroup(String groupId) {
    return groupId != null && groupId.startsWith(SCHOOL_PREFIX)
        && isValidUrn(groupId.substring(SCHOOL_PREFIX.length()));
  }

  /** The URNs of the schools among a user's groups (normally one, none for LA staff). */
  public static java.util.List<String> schoolsOf(java.util.Collection<String> groupIds) {
    return groupIds == null ? java.util.List.of()
        : groupIds.stream().map(Groups::urnOf).flatMap(Optional::stream).toList();
  }

  /** The URN of a school group, or empty when the group is not a school's. */
  public static Optional<String> urnOf(String groupId) {
    return isSchoolGroup(groupId) ? Optional.of(groupId.substring(SCHOOL_PREFIX.length())) : Optional.empty();
  }
}
