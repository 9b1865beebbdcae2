package uk.gov.cme.casework;

/**
 * What officers need to know at a glance about a child's needs and social-care involvement
 * (data.md, flags). Each is "current" as far as the case register knows.
 *
 * @param ehcp                 has an education, health and care plan
 * @param senSupport           receives SEN support
 * @param childInCare          is a child in care (looked after)
 * @param childProtectionPlan  is subject to a child protection plan
 * @param childInNeedPlan      is subject to a child in need plan
 * @param cmooeActionGroup     is missing out on formal full-time education (rules.md R3: fewer than 18
 *                             hours a week, or out of provision for 4 weeks or more), to be raised at
 *                             the CMOOE Action Group; set when a referral is classified CMOOE
 */
public record ChildFlags(boolean ehcp, boolean senSupport, boolean childInCare, boolean childProtectionPlan,
                         boolean childInNeedPlan, boolean cmooeActionGroup) {

  /** No flag set. */
  public static final ChildFlags NONE = new ChildFlags(false, false, false, false, false, false);
}
