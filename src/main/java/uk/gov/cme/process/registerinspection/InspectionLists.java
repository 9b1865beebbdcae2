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

  private static final CsvMapper CSV = new CsvMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The Allocated list as the forms show it, one child a line. */
  String allocatedText() {
    if (allocated.isEmpty()) {
      return "No child has been allocated a place at the school this academic year.";
    }
    StringBuilder text = new StringBuilder();
    for (AllocatedChild c : allocated) {
      text.append(c.childName()).append(", born ").append(c.dateOfBirth()).append(" (case ")
          .append(c.caseReference()).append("): ").append(c.placedBy()).append(" on ").append(c.allocatedOn())
          .append(", expected start ").append(c.expectedStart()).append("; started: ").append(c.started())
          .append('\n');
    }
    return text.toString().strip();
  }

  /** The Off Roll list as the forms show it, one child a line. */
  String offRollText() {
    if (offRoll.isEmpty()) {
      return "The school has sent no off-roll notification.";
    }
    StringBuilder text = new StringBuilder();
    for (OffRolledChild c : offRoll) {
      text.append(c.childName()).append(", born ").append(c.dateOfBirth());
      if (c.upn() != null) {
        text.append(", UPN ").append(c.upn());
      }
      text.append(": ground (").append(c.ground()).append("), deletion ").append(c.proposedDeletionDate())
          .append("; ").append(c.outcome()).append(" (notification ").append(c.notificationId()).append(")\n");
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
