package uk.gov.cme.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.gov.cme.casework.InvalidInputException;

/**
 * Errors of the application's API as RFC 9457 problem details. A 400 lists every field at fault with
 * the reason ({@code errors: [{field, reason}]}); messages never echo personal data back.
 */
@RestControllerAdvice(basePackages = "uk.gov.cme.api")
class ApiErrors {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return badRequest(e.errors().stream().map(f -> Map.of("field", f.field(), "reason", f.reason())).toList());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    return badRequest(e.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("field", f.getField(), "reason", String.valueOf(f.getDefaultMessage())))
        .toList());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
      String reason = mapping instanceof InvalidFormatException invalid
          ? "is not a valid " + describe(invalid.getTargetType())
          : "cannot be read";
      return badRequest(List.of(Map.of("field", field, "reason", reason)));
    }
    return badRequest(List.of(Map.of("field", "", "reason", "the body is not valid JSON")));
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail forbidden(AuthorizationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "You are not allowed to do this");
    problem.setTitle("Forbidden");
    return problem;
  }

  private static String describe(Class<?> type) {
    if (type == java.time.LocalDate.class) {
      return "date (yyyy-mm-dd)";
    }
    if (type.isEnum()) {
      return "value; allowed: " + java.util.Arrays.stream(type.getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", "));
    }
    return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  static ProblemDetail badRequest(List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; nothing was saved");
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }
}
