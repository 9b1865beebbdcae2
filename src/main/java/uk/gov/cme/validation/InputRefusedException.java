package uk.gov.cme.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input the application refuses, with every field at fault: its key, its label as the form shows it,
 * and why. A {@link BadUserRequestException}, so both of the engine's REST APIs (the one Tasklist
 * calls and {@code /engine-rest}) answer 400 and the engine rolls the whole command back: nothing is
 * saved. The message lists every fault by label; it never repeats the value given (no personal data).
 */
public class InputRefusedException extends BadUserRequestException {

  private final transient List<Fault> faults;

  public InputRefusedException(List<Fault> faults) {
    super(message(faults));
    this.faults = List.copyOf(faults);
  }

  public List<Fault> faults() {
    return faults;
  }

  private static String message(List<Fault> faults) {
    return "Please correct " + (faults.size() == 1 ? "this field" : "these " + faults.size() + " fields")
        + " (nothing was saved): " + faults.stream().map(f -> f.label() + ": " + f.reason())
        .collect(Collectors.joining("; "));
  }

  /**
   * One field at fault.
   *
   * @param field  the variable's key ({@code dateOfBirth})
   * @param label  what the form calls it ({@code Date of birth (yyyy-mm-dd)}); the key when no form names it
   * @param reason why, in plain English, never the value given
   */
  public record Fault(String field, String label, String reason) {
  }
}
