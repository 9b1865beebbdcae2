package uk.gov.cme.process.registerinspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A school's two lists for its register inspection (seed 002 App. 5; processes.md P7 step 1): the
 * children allocated a place at the school this academic year, started or not, and the children the school
 * notified as off-rolled. As text for the forms, as CSV for the download, and the Allocated children as the
 * choices of the findings' select. Personal data: never log it.
 */
record InspectionLists(List<AllocatedChild> allocated, List<OffRolledChild> offRoll) {

  /** One child of the Allocated list. */
  record AllocatedChild(String caseReference, String childName, String dateOfBirth, String placedBy,
                        String allocatedOn, String expectedStart, String started, String legalForename,
                        String legalSurname) {
  }

  /** One child of the Off Roll list. */
  record OffRolledChild(long notificationId, String childName, String dateOfBirth, String upn, String ground,
                        String proposedDeletionDate, String outcome) {
  }

  static final String[] ALLOCATED_COLUMNS = {"caseReference", "childName", "dateOfBirth", "placedBy",
      "allocatedOn", "expectedStart", "started"};
  static final String[] OFF_ROLL_COLUMNS = {"notificationId", "childName", "dateOfBirth", "upn", "ground",
      "proposedDeletionDate", "outcome"};

  /**
   * The most a list's text on a form holds (a Camunda string variable holds 4,000 characters): a longer
   * list ends with how many more there are, and the CSV download has them all.
   */
  static final int TEXT_LIMIT = 3600;

  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The Allocated list as the forms show it, one child a line. */
  String allocatedText() {
    if (allocated.isEmpty()) {
      return "No child has been allocated a place at the school this academic year.";
    }
    List<String> lines = allocated.stream().map(c -> c.childName() + ", born " + c.dateOfBirth() + " (case "
        + c.caseReference() + "): " + c.placedBy() + " on " + c.allocatedOn() + ", expected start "
        + c.expectedStart() + "; started: " + c.started()).toList();
    return limited(lines, "allocated.csv");
  }

  /** The Off Roll list as the forms show it, one child a line. */
  String offRollText() {
    if (offRoll.isEmpty()) {
      return "The school has sent no off-roll notification.";
    }
    List<String> lines = offRoll.stream().map(c -> c.childName() + ", born " + c.dateOfBirth()
        + (c.upn() == null ? "" : ", UPN " + c.upn()) + ": ground (" + c.ground() + "), deletion "
        + c.proposedDeletionDate() + "; " + c.outcome() + " (notification " + c.notificationId() + ")").toList();
    return limited(lines, "off-roll.csv");
  }

  /** The lines, one a line, up to {@link #TEXT_LIMIT} characters; then how many more, and where they are. */
  static String limited(List<String> lines, String csv) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (String line : lines) {
      if (text.length() + line.length() + 1 > TEXT_LIMIT) {
        break;
      }
      text.append(line).append('\n');
      shown++;
    }
    if (shown < lines.size()) {
      text.append("... and ").append(lines.size() - shown).append(" more: download the whole list (").append(csv)
          .append(", /api/register-inspections/<number>/").append(csv).append(")");
    }
    return text.toString().strip();
  }

  /** The Allocated children as a select's options (JSON, {@code valuesKey}): label the child, value the case. */
  String allocatedChoices() {
    List<Map<String, String>> options = allocated.stream().map(c -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", c.childName() + ", born " + c.dateOfBirth() + " (" + c.caseReference() + ")");
      option.put("value", c.caseReference());
      return option;
    }).toList();
    try {
      return JSON.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the choices cannot be written as JSON", e);
    }
  }

  /** The Allocated children for the referrals (JSON): case reference, legal names, date of birth. */
  String allocatedChildren() {
    List<Map<String, String>> children = allocated.stream().map(c -> {
      Map<String, String> child = new LinkedHashMap<>();
      child.put("caseReference", c.caseReference());
      child.put("legalForename", c.legalForename());
      child.put("legalSurname", c.legalSurname());
      child.put("dateOfBirth", c.dateOfBirth());
      return child;
    }).toList();
    try {
      return JSON.writeValueAsString(children);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the children cannot be written as JSON", e);
    }
  }

  /** The Allocated list as CSV with a header line. */
  String allocatedCsv() {
    return csv(AllocatedChild.class, ALLOCATED_COLUMNS, allocated);
  }

  /** The Off Roll list as CSV with a header line. */
  String offRollCsv() {
    return csv(OffRolledChild.class, OFF_ROLL_COLUMNS, offRoll);
  }

  private static String csv(Class<?> type, String[] columns, List<?> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String column : columns) {
      schema.addColumn(column);
    }
    java.io.StringWriter out = new java.io.StringWriter();
    try (var writer = CSV.writerFor(type).with(schema.build())
        .with(com.fasterxml.jackson.core.JsonGenerator.Feature.IGNORE_UNKNOWN).writeValues(out)) {
      writer.writeAll(rows);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the list cannot be written as CSV", e);
    }
    return out.toString();
  }
}
