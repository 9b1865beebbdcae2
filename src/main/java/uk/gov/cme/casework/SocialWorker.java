package uk.gov.cme.casework;

/**
 * The child's allocated social worker as recorded on the case (data.md, Child: allocated social worker
 * / lead professional). Personal data of a professional: never log it, log the case reference.
 *
 * @param name  the social worker's name; null if not known
 * @param email where the social worker is told of changes of the child's education status; null if
 *              not known
 * @param team  the social worker's team; null if not known
 */
public record SocialWorker(String name, String email, String team) {

  static final int NAME_LENGTH = 200;
  static final int TEAM_LENGTH = 200;

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return name == null && email == null && team == null;
  }

  /** Names nothing: the rest is personal data and must not reach a log. */
  @Override
  public String toString() {
    return "SocialWorker[personal data not shown]";
  }

  /**
   * Checks and tidies the details as entered: each optional, text trimmed (blank is "not given"), the
   * name and team at most {@value #NAME_LENGTH} characters on one line, the email a plausible address.
   *
   * @return the details, or null when none is given
   * @throws InvalidInputException naming each field at fault ({@code socialWorkerName},
   *                               {@code socialWorkerEmail}, {@code socialWorkerTeam})
   */
  public static SocialWorker of(String name, String email, String team) {
    Faults faults = new Faults();
    String checkedName = faults.optionalLine("socialWorkerName", name, NAME_LENGTH);
    String checkedEmail = faults.email("socialWorkerEmail", email);
    String checkedTeam = faults.optionalLine("socialWorkerTeam", team, TEAM_LENGTH);
    faults.throwIfAny();
    SocialWorker worker = new SocialWorker(checkedName, checkedEmail, checkedTeam);
    return worker.isEmpty() ? null : worker;
  }
}
