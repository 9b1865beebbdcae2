package uk.gov.cme.process.shared.letters;

import java.util.Arrays;
import java.util.List;

/**
 * The local authority as its letters name it: {@code cme.letters.la-name}, {@code cme.letters.la-address}
 * (lines separated by commas or new lines) and who signs ({@code cme.letters.signed-by}, by default the
 * team, {@code cme.service-name}).
 */
public record LetterAuthority(String name, List<String> address, String signedBy) {

  public LetterAuthority {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("cme.letters.la-name is not set: letters must name the local authority");
    }
    address = List.copyOf(address);
    if (address.isEmpty()) {
      throw new IllegalArgumentException("cme.letters.la-address is not set: letters must give the authority's address");
    }
  }

  public static LetterAuthority of(String name, String address, String signedBy) {
    return new LetterAuthority(name == null ? null : name.strip(), lines(address), signedBy);
  }

  /** Address lines from text separated by commas or new lines; blank lines left out. */
  public static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
