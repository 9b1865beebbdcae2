package uk.gov.cme.rules.upn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of {@link Upn#validate(String)}: either a valid, normalised {@link Upn} or the list of
 * faults found (never both, never neither).
 */
public final class UpnValidation {

  private final Upn upn;
  private final List<UpnFault> faults;

  private UpnValidation(Upn upn, List<UpnFault> faults) {
    this.upn = upn;
    this.faults = List.copyOf(faults);
  }

  static UpnValidation valid(Upn upn) {
    return new UpnValidation(Objects.requireNonNull(upn, "upn"), List.of());
  }

  static UpnValidation invalid(List<UpnFault> faults) {
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("an invalid UPN needs at least one fault");
    }
    return new UpnValidation(null, faults);
  }

  /** Whether the UPN is valid. */
  public boolean isValid() {
    return upn != null;
  }

  /** The valid, normalised UPN, or empty if it is not valid. */
  public Optional<Upn> upn() {
    return Optional.ofNullable(upn);
  }

  /** What is wrong, in the order of the UPN's parts; empty if it is valid. */
  public List<UpnFault> faults() {
    return faults;
  }

  /** The fault messages joined with "; ", or an empty string if it is valid. */
  public String message() {
    return faults.stream().map(UpnFault::message).collect(Collectors.joining("; "));
  }

  /**
   * The valid UPN.
   *
   * @throws IllegalArgumentException with {@link #message()} if it is not valid
   */
  public Upn orElseThrow() {
    if (upn == null) {
      throw new IllegalArgumentException("the UPN is not valid: " + message());
    }
    return upn;
  }

  @Override
  public String toString() {
    return isValid() ? "UpnValidation[valid]" : "UpnValidation[invalid: " + message() + "]";
  }
}
