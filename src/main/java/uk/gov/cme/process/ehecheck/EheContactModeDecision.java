package uk.gov.cme.process.ehecheck;

import java.util.List;

/**
 * The {@code ehe-contact-mode} decision table ({@code processes/decisions/ehe-contact-mode.dmn}, seed 002
 * §5 TLP): home visit or telephone. Its key, the variables it reads and the results it returns.
 */
public final class EheContactModeDecision {

  public static final String KEY = "ehe-contact-mode";
  public static final String RESOURCE = "processes/decisions/ehe-contact-mode.dmn";

  private EheContactModeDecision() {
  }

  /** Process variables the table reads. */
  public static final class Inputs {
    /** Boolean: special educational needs (EHCP or SEN support). */
    public static final String SEN = "sen";
    /** Boolean: known to be vulnerable. */
    public static final String VULNERABLE = "vulnerable";
    /** String, one of {@link Involvement#VALUES}. */
    public static final String SOCIAL_CARE_INVOLVEMENT = "socialCareInvolvement";
    /** String, one of {@link Involvement#VALUES}: Education Support, Behaviour and Attendance Service. */
    public static final String ESBAS_INVOLVEMENT = "esbasInvolvement";
    /** Integer: year group by age (0 Reception, 11 Year 11), rules.md R4. */
    public static final String YEAR_GROUP = "yearGroup";
    /** Boolean: the school raised concerns. */
    public static final String SCHOOL_CONCERNS = "schoolConcerns";

    private Inputs() {
    }
  }

  /** Values of the involvement inputs. */
  public static final class Involvement {
    public static final String NONE = "none";
    public static final String PAST = "past";
    public static final String CURRENT = "current";
    public static final List<String> VALUES = List.of(NONE, PAST, CURRENT);

    private Involvement() {
    }
  }

  /** Output names of the table (one result row). */
  public static final class Outputs {
    /** One of {@link ContactMode}. */
    public static final String CONTACT_MODE = "contactMode";
    /** Why, in plain English, shown to TLP. */
    public static final String REASON = "reason";

    private Outputs() {
    }
  }

  /** Values of {@link Outputs#CONTACT_MODE}. */
  public static final class ContactMode {
    public static final String HOME_VISIT = "home-visit";
    public static final String TELEPHONE = "telephone";

    private ContactMode() {
    }
  }
}
