package uk.gov.cme.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Errors of the application's API as RFC 9457 problem details. A 400 lists every field at fault with
 * the reason ({@code errors: [{field, reason}]}, and the form's {@code label} when the process refused
 * it); messages never echo personal data back. Each refusal is logged once, at INFO, with the names of
 * the fields at fault only: no values, no stack trace.
 */
@RestControllerAdvice(basePackages = "uk.gov.cme.api")
class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** What the request body is, when it cannot be read. */
  static final String NOT_JSON = "the body is not valid JSON";

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
    List<String> fields = e.errors().stream().map(InvalidInputException.FieldError::field)
        .filter(field -> e.errors().stream().noneMatch(f -> f.field().equals(field) && isCallersName(f.reason())))
        .toList();
    int others = e.errors().size() - fields.size();
    LOG.info("Input refused on {} {}: {}{}", request.getMethod(), request.getRequestURI(), fields,
        others == 0 ? "" : " and " + others + " name(s) not accepted");
    return badRequest(e.errors().stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
  }

  /** Refused by a step of the process the API started (logged there, once). */
  @ExceptionHandler(InputRefusedException.class)
  ProblemDetail refusedByTheProcess(InputRefusedException e) {
    return badRequest(e.faults().stream()
        .map(f -> Map.of("field", f.field(), "label", f.label(), "reason", f.reason())).toList());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    return badRequest(e.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage())))
        .toList());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    String reason = e.getCause() instanceof JsonProcessingException ? NOT_JSON : "the body is missing or cannot be read";
    LOG.info("Input refused on {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
    return badRequest(List.of(Map.of("field", "", "reason", reason)));
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "You are not allowed to do this");
    problem.setTitle("Forbidden");
    return problem;
  }

  /** A reason given for a name the caller made up: the name itself is not logged. */
  private static boolean isCallersName(String reason) {
    return reason.endsWith("not a field of this request");
  }

  static ProblemDetail badRequest(List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing was saved");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** 404: what is not there and what the caller may not see get the same answer. */
  static ResponseEntity<ProblemDetail> notFound(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
    problem.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  /**
   * 500: a stored document (a letter, a record of findings) no longer matches the SHA-256 kept when it was
   * made, so it is not served. {@code what} names it ("letter", "record").
   */
  static ResponseEntity<ProblemDetail> failedIntegrityCheck(String what) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "This " + what + " could not be checked against the copy stored when it was made, so it is not shown."
            + " Tell the CME team manager.");
    problem.setTitle(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " failed its check");
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
