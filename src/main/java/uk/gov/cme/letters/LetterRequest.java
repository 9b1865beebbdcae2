package uk.gov.cme.letters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.cme.rules.law.Citation;

/**
 * What one letter says: the local authority, the case, the child, the parent, the named school, the dates
 * and, for a decision, whether the request was granted and why not. {@link #model()} makes the values a
 * template reads; every date is written out ("Friday 8 January 2027") and every provision is quoted in
 * full from {@link Citation} ({@code {{law.s437_1}}} is "section 437(1) of the Education Act 1996").
 *
 * @param laName         the local authority's name ({@code cme.letters.la-name})
 * @param laAddress      its address, one line each ({@code cme.letters.la-address})
 * @param caseReference  the case reference
 * @param childName      the child's full name
 * @param childDateOfBirth the child's date of birth
 * @param parentName     the parent's name, as addressed
 * @param parentAddress  the parent's address, one line each
 * @param schoolName     the school named (the order's school); null when none
 * @param letterDate     the date of the letter
 * @param deadline       the date computed for the letter (the notice's period, the choice of school, …);
 *                       null when the letter has none
 * @param officerName    who signs it
 * @param granted        for a decision: whether the request was granted; null otherwise
 * @param reasons        for a refusal: the reasons
 */
public record LetterRequest(String laName, List<String> laAddress, String caseReference, String childName,
    LocalDate childDateOfBirth, String parentName, List<String> parentAddress, String schoolName,
    LocalDate letterDate, LocalDate deadline, String officerName, Boolean granted, String reasons) {

  /** The values of the templates. Values that are null are left out, so a template naming one fails. */
  public Map<String, Object> model() {
    Map<String, Object> model = new LinkedHashMap<>();
    put(model, "laName", laName);
    put(model, "laAddress", laAddress);
    put(model, "caseReference", caseReference);
    put(model, "childName", childName);
    put(model, "childDateOfBirth", LetterDates.written(childDateOfBirth));
    put(model, "parentName", parentName);
    put(model, "parentAddress", parentAddress);
    put(model, "schoolName", schoolName);
    put(model, "letterDate", LetterDates.written(letterDate));
    put(model, "deadline", LetterDates.written(deadline));
    put(model, "officerName", officerName);
    model.put("granted", Boolean.TRUE.equals(granted));
    put(model, "reasons", reasons);
    Map<String, String> law = new LinkedHashMap<>();
    law.put("s436a", Citation.EA1996_S436A.inFull());
    law.put("s437_1", Citation.EA1996_S437_1.inFull());
    law.put("s437_3", Citation.EA1996_S437_3.inFull());
    law.put("s438", Citation.EA1996_S438.inFull());
    law.put("s439", Citation.EA1996_S439.inFull());
    law.put("s440", Citation.EA1996_S440.inFull());
    law.put("s442", Citation.EA1996_S442.inFull());
    law.put("s443", Citation.EA1996_S443.inFull());
    law.put("s444", Citation.EA1996_S444.inFull());
    law.put("s447", Citation.EA1996_S447.inFull());
    model.put("law", law);
    return model;
  }

  private static void put(Map<String, Object> model, String name, Object value) {
    if (value instanceof String s && s.isBlank()) {
      return;
    }
    if (value != null) {
      model.put(name, value);
    }
  }
}
