package uk.gov.cme.process.shared.casematch;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.MatchResult;
import uk.gov.cme.casework.PartyBasis;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.security.InstanceAccessGuard;
import uk.gov.cme.security.ProcessStarts;

/**
 * One case per child in every process, not only in the CME referral (processes.md, cross-cutting): a
 * process started for a child (an EHE check, an emigration notice, an off-roll notification) finds the
 * child's case the way the CME referral does, through the register's {@link Casework#findMatch} (which
 * holds the child's match locks until the transaction ends, so two starts for one child are matched one
 * after the other), and its instance carries the case reference as business key.
 *
 * <ul>
 *   <li>A case given by the start (the process that handed the child over, or a user allowed to name it)
 *   that is open: the instance belongs to it; the change of education status is recorded.</li>
 *   <li>The same child, certainly (an exact match): the notice joins the open case as one of its
 *   referrals (an off-roll notification only links to it); the change of education status is
 *   recorded.</li>
 *   <li>Possibly the same child (a probable match), for a process that opens cases: a new case is opened
 *   for the notice and {@value ConfirmCaseMatchProcess#KEY} is started beside it, where a CME officer
 *   decides; "same child" merges the new case into the open one. The process's own instance never holds
 *   the other case's reference or details: only the officer's instance does.</li>
 *   <li>No open case: a process that opens cases opens one (the EHE check, the emigration checks); the
 *   off-roll notification does not.</li>
 * </ul>
 *
 * <p>A school-scoped instance (a school's emigration notice or off-roll notification) carries a case
 * reference only of a case the school may act on: a school whose notice joins a case is a party of it,
 * as a referring school is ({@code REFERRED} through its referral, or {@code NOTIFIED}).
 */
@Component
public class ChildCases {

  private static final Logger LOG = LoggerFactory.getLogger(ChildCases.class);

  private final Casework casework;
  private final RuntimeService runtime;

  public ChildCases(Casework casework, RuntimeService runtime) {
    this.casework = casework;
    this.runtime = runtime;
  }

  /** What became of the start. */
  public enum Kind {
    /** The start named the child's open case. */
    GIVEN,
    /** The child's open case, certainly the same child. */
    JOINED,
    /** No open case: one was opened. */
    OPENED,
    /** Possibly the child of an open case: a case was opened and an officer decides. */
    PROVISIONAL,
    /** No case: none open for the child, and this process opens none. */
    NONE
  }

  /**
   * The case the instance now belongs to.
   *
   * @param caseReference null for {@link Kind#NONE}
   */
  public record Link(Kind kind, CaseReference caseReference) {
  }

  /**
   * What a process knows of the child and tells the case.
   *
   * @param child       the child's details, checked
   * @param referral    the notice as a referral on the case (source, referrer, circumstances), checked;
   *                    null when the process records only the link and opens no case
   * @param status      the change of education status the notice means for a case it joins
   * @param description the notice in words for the officer who compares cases, e.g. "an emigration notice"
   */
  public record Notice(ChildDetails child, ReferralDetails referral, EducationStatus status, String description) {

    boolean opensCases() {
      return referral != null;
    }
  }

  /**
   * Finds or opens the child's case for {@code execution}'s instance, as the class comment says, and
   * sets its business key and {@value InstanceAccessGuard#CASE_REFERENCE} variable to it.
   *
   * @param given the case the start named (already checked: open, and one the user may act on), or null
   */
  public Link link(DelegateExecution execution, CaseReference given, Notice notice) {
    String user = user();
    Instant at = ClockUtil.getCurrentTime().toInstant();
    if (given != null && casework.isOpen(given)) {
      casework.recordEducationStatus(given, notice.status(), user, at);
      carry(execution, given);
      return new Link(Kind.GIVEN, given);
    }
    MatchResult match = casework.findMatch(notice.child());
    switch (match.kind()) {
      case EXACT -> {
        CaseReference joined = match.caseReference();
        if (notice.opensCases()) {
          casework.addReferral(joined, notice.referral(), user, at);
        }
        casework.recordEducationStatus(joined, notice.status(), user, at);
        carry(execution, joined);
        LOG.info("{} ({}) joined the child's open case {}", notice.description(), execution.getProcessInstanceId(),
            joined);
        return new Link(Kind.JOINED, joined);
      }
      case PROBABLE -> {
        if (!notice.opensCases()) {
          return new Link(Kind.NONE, null);
        }
        CaseReference opened = casework.openCase(notice.child(), notice.referral(), user, at);
        carry(execution, opened);
        confirmMatch(execution, opened, match.caseReference(), notice, at);
        return new Link(Kind.PROVISIONAL, opened);
      }
      default -> {
        if (!notice.opensCases()) {
          return new Link(Kind.NONE, null);
        }
        CaseReference opened = casework.openCase(notice.child(), notice.referral(), user, at);
        carry(execution, opened);
        LOG.info("{} ({}) opened case {}", notice.description(), execution.getProcessInstanceId(), opened);
        return new Link(Kind.OPENED, opened);
      }
    }
  }

  /**
   * Makes {@code reference} the case of {@code execution}'s instance (its business key and
   * {@value InstanceAccessGuard#CASE_REFERENCE}), for example the case a hand-over to another process
   * found or opened. A school-scoped instance's school becomes a party of the case first
   * ({@link PartyBasis#NOTIFIED}) unless it may act on it already.
   */
  public void carry(DelegateExecution execution, CaseReference reference) {
    Object schoolGroup = execution.getVariable(InstanceAccessGuard.SCHOOL_GROUP);
    if (schoolGroup != null && !casework.mayActOn(reference, Set.of(schoolGroup.toString()))) {
      casework.addParty(reference, schoolGroup.toString(), PartyBasis.NOTIFIED, user(),
          ClockUtil.getCurrentTime().toInstant());
    }
    execution.setProcessBusinessKey(reference.value());
    execution.setVariable(InstanceAccessGuard.CASE_REFERENCE, reference.value());
  }

  private void confirmMatch(DelegateExecution execution, CaseReference opened, CaseReference matched, Notice notice,
                            Instant at) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ConfirmCaseMatchProcess.Variables.CASE_REFERENCE, opened.value());
    variables.put(ConfirmCaseMatchProcess.Variables.MATCHED_CASE_REFERENCE, matched.value());
    variables.put(ConfirmCaseMatchProcess.Variables.NOTICE, notice.description());
    variables.put(ConfirmCaseMatchProcess.Variables.CHILD_NAME,
        notice.child().legalForename() + " " + notice.child().legalSurname());
    // for a safeguarding concern raised on the officer's task, which names the child
    variables.put(ConfirmCaseMatchProcess.Variables.LEGAL_FORENAME, notice.child().legalForename());
    variables.put(ConfirmCaseMatchProcess.Variables.LEGAL_SURNAME, notice.child().legalSurname());
    variables.put(ConfirmCaseMatchProcess.Variables.DATE_OF_BIRTH, notice.child().dateOfBirth().toString());
    variables.put(ConfirmCaseMatchProcess.Variables.RECEIVED_AT, Date.from(at));
    variables.put(ConfirmCaseMatchProcess.Variables.MATCH_SUMMARY, "Case " + opened.value() + " was opened for "
        + notice.description() + ". The open case " + matched.value() + " may be the same child (the same date of"
        + " birth and a similar name or postcode, or the same UPN under another name). Compare both in the register.");
    // The officer's instance is the LA's, whoever started the notice: it names the other case.
    String started = ProcessStarts.fromProcess(new ProcessStarts.Origin(execution.getProcessInstanceId(), null),
        () -> runtime.startProcessInstanceByKey(ConfirmCaseMatchProcess.KEY, opened.value(), variables).getId());
    LOG.info("Case {} opened for {}; an officer confirms whether it is the child of case {} ({})", opened,
        notice.description(), matched, started);
  }

  private static String user() {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    return authentication == null || authentication.getUserId() == null
        ? Casework.SYSTEM_USER : authentication.getUserId();
  }
}
