package uk.gov.cme.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Made-up children for the benchmark, each distinct (a name spelt from its number), of compulsory school
 * age; every other one with a valid UPN (the other half matched on name, date of birth and postcode).
 */
final class BenchChildren {

  private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
  private static final String[] FORENAMES = {"Alex", "Bailey", "Casey", "Devon", "Emery", "Frankie", "Harley",
      "Jordan", "Kai", "Logan", "Morgan", "Noel", "Parker", "Quinn", "Reese", "Sasha", "Taylor", "Rowan"};

  /** A run's own prefix, so children of two runs on one database never meet. */
  private final String run;
  private final AtomicInteger next = new AtomicInteger();

  BenchChildren(String run) {
    this.run = run;
  }

  record Child(int number, String forename, String surname, LocalDate dateOfBirth, String upn, String postcode) {
  }

  Child next() {
    return child(next.getAndIncrement());
  }

  Child child(int number) {
    String forename = FORENAMES[number % FORENAMES.length];
    String surname = "Bench" + run + spelt(number);
    LocalDate born = LocalDate.of(2012, 1, 1).plusDays((number * 37L) % (6 * 365));
    String upn = number % 2 == 0 ? upn(number) : null;
    return new Child(number, forename, surname, born, upn, "SO23 " + (1 + number % 9) + "UJ");
  }

  /** A school's referral body, as {@code POST /api/referrals} takes it; the attempt on {@code attemptOn}. */
  static Map<String, Object> referral(Child child, String referrerEmail, LocalDate attemptOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("referrerName", "A. Teacher");
    body.put("referrerEmail", referrerEmail);
    body.put("legalForename", child.forename());
    body.put("legalSurname", child.surname());
    body.put("dateOfBirth", child.dateOfBirth().toString());
    body.put("postcode", child.postcode());
    if (child.upn() != null) {
      body.put("upn", child.upn());
    }
    body.put("onSchoolRoll", false);
    body.put("educationElsewhere", "none");
    body.put("circumstances", "Not seen since the half term.");
    body.put("attemptsToLocate", List.of(
        Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", attemptOn.toString(), "result", "No answer")));
    return body;
  }

  /** Letters only: names may not hold digits. */
  static String spelt(int number) {
    StringBuilder s = new StringBuilder();
    int n = number;
    do {
      s.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return s.reverse().toString();
  }

  /** A valid permanent UPN (check letter, LA 850, an establishment and serial from the number). */
  static String upn(int number) {
    String rest = "850" + String.format("%04d", 2000 + (number / 1000) % 8000) + "26"
        + String.format("%03d", number % 1000);
    String withoutCheck = "A" + rest;
    int sum = 0;
    for (int p = 2; p <= 13; p++) {
      char c = withoutCheck.charAt(p - 1);
      sum += (Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c)) * p;
    }
    return LETTERS.charAt(sum % LETTERS.length()) + rest;
  }
}
