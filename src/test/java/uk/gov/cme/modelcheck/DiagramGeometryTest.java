package uk.gov.cme.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import uk.gov.cme.modelcheck.DiagramGeometry.Box;
import uk.gov.cme.modelcheck.DiagramGeometry.Pt;

/**
 * The diagram geometry checks of {@link DiagramGeometry}: each rule on a small hand-made diagram that
 * breaks it and one that does not, and the whole checker on a copy of {@code cme-referral.bpmn} as it
 * was drawn before issue 9 (flows sharing one line, labels on their lines).
 */
class DiagramGeometryTest {

  // ---------------------------------------------------------------------------------------------
  // geometry primitives
  // ---------------------------------------------------------------------------------------------

  @Test
  void segmentsOnOneLineShareTheirOverlap() {
    assertThat(DiagramGeometry.sharedLength(pt(0, 0), pt(100, 0), pt(50, 0), pt(200, 0))).isEqualTo(50);
    assertThat(DiagramGeometry.sharedLength(pt(0, 0), pt(0, 100), pt(0, 90), pt(0, 30))).isEqualTo(60);
    assertThat(DiagramGeometry.sharedLength(pt(0, 0), pt(100, 100), pt(50, 50), pt(70, 70)))
        .isCloseTo(Math.hypot(20, 20), org.assertj.core.data.Offset.offset(0.01));
    assertThat(DiagramGeometry.sharedLength(pt(0, 0), pt(100, 0), pt(0, 30), pt(100, 30))).as("parallel").isZero();
    assertThat(DiagramGeometry.sharedLength(pt(0, 0), pt(100, 0), pt(100, 0), pt(200, 0))).as("end to end").isZero();
    assertThat(DiagramGeometry.sharedLength(pt(0, 0), pt(100, 0), pt(50, -50), pt(50, 50))).as("crossing").isZero();
  }

  @Test
  void aSegmentCutsABoxOnlyWhenItRunsInsideIt() {
    Box box = new Box(100, 100, 100, 80);
    assertThat(box.cutBy(pt(0, 140), pt(300, 140))).isTrue();
    assertThat(box.cutBy(pt(150, 0), pt(150, 120))).isTrue();
    assertThat(box.cutBy(pt(0, 140), pt(100, 140))).as("ends at the border").isFalse();
    assertThat(box.cutBy(pt(0, 100), pt(300, 100))).as("runs along the border").isTrue();
    assertThat(box.shrink(2).cutBy(pt(0, 100), pt(300, 100))).as("along the border, box shrunk").isFalse();
    assertThat(box.cutBy(pt(0, 0), pt(300, 50))).isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // the rules, on small diagrams
  // ---------------------------------------------------------------------------------------------

  /** Start → A → gateway G → B (straight on) / C (below), each flow and label clear. */
  private static final String CLEAN = """
      <shape id="Start" x="100" y="122" w="36" h="36" lx="95" ly="165" lw="46" lh="14"/>
      <shape id="A" x="200" y="100" w="100" h="80"/>
      <shape id="G" x="350" y="115" w="50" h="50" lx="340" ly="85" lw="70" lh="14"/>
      <shape id="B" x="500" y="100" w="100" h="80"/>
      <shape id="C" x="500" y="250" w="100" h="80"/>
      <edge id="F1" pts="136,140 200,140"/>
      <edge id="F2" pts="300,140 350,140"/>
      <edge id="F3" pts="400,140 500,140" lx="420" ly="118" lw="30" lh="14"/>
      <edge id="F4" pts="375,165 375,290 500,290" lx="385" ly="266" lw="30" lh="14"/>
      """;

  private static final String FLOWS = """
      <flow id="F1" from="Start" to="A"/><flow id="F2" from="A" to="G"/>
      <flow id="F3" from="G" to="B" name="Yes"/><flow id="F4" from="G" to="C" name="No"/>
      """;

  @Test
  void aCleanDiagramHasNoFaults() throws Exception {
    assertThat(check(FLOWS, CLEAN)).isEmpty();
  }

  @Test
  void aFlowThroughAShapeThatIsNotItsEndIsAFault() throws Exception {
    // F4 drawn straight down through D, a task standing below the gateway
    String shapes = CLEAN.replace("pts=\"375,165 375,290 500,290\"", "pts=\"375,165 375,400 500,400\"")
        .replace("ly=\"266\"", "ly=\"376\"")
        + "<shape id=\"D\" x=\"325\" y=\"250\" w=\"100\" h=\"80\"/>";
    assertThat(check(FLOWS + "<task id=\"D\"/>", shapes))
        .contains("x.bpmn: F4: drawn through D");
  }

  @Test
  void aFlowInsideAnExpandedSubprocessDoesNotCrossIt() throws Exception {
    String flows = """
        <subProcess id="S" name="Sub"><startEvent id="S1" name="In"/><endEvent id="S2" name="Out"/>
        <flow id="SF" from="S1" to="S2"/></subProcess>
        """;
    String shapes = """
        <shape id="S" x="100" y="100" w="300" h="150" expanded="true"/>
        <shape id="S1" x="150" y="157" w="36" h="36" lx="150" ly="200" lw="36" lh="14"/>
        <shape id="S2" x="300" y="157" w="36" h="36" lx="300" ly="200" lw="36" lh="14"/>
        <edge id="SF" pts="186,175 300,175"/>
        <shape id="T" x="600" y="100" w="100" h="80"/>
        """;
    assertThat(check(flows + "<task id=\"T\"/>", shapes)).isEmpty();
    // a flow from outside drawn across the subprocess is a crossing
    String across = shapes + "<shape id=\"U\" x=\"0\" y=\"300\" w=\"100\" h=\"80\"/>"
        + "<edge id=\"UT\" pts=\"50,300 50,200 650,200 650,180\"/>";
    assertThat(check(flows + "<task id=\"T\"/><task id=\"U\"/><flow id=\"UT\" from=\"U\" to=\"T\"/>", across))
        .containsExactly("x.bpmn: UT: drawn through S");
  }

  @Test
  void aLabelInsideAnExpandedSubprocessMustNotCrossItsBorder() throws Exception {
    String flows = """
        <subProcess id="S" name="Sub"><startEvent id="S1" name="Case closed"/><endEvent id="S2" name="Out"/>
        <flow id="SF" from="S1" to="S2"/></subProcess>
        """;
    String inside = """
        <shape id="S" x="100" y="100" w="300" h="150" expanded="true"/>
        <shape id="S1" x="150" y="157" w="36" h="36" lx="140" ly="200" lw="56" lh="14"/>
        <shape id="S2" x="300" y="157" w="36" h="36" lx="300" ly="200" lw="36" lh="14"/>
        <edge id="SF" pts="186,175 300,175"/>
        """;
    assertThat(check(flows, inside)).isEmpty();
    // the start event's label drawn from the subprocess's left border, as case-updates had it
    assertThat(check(flows, inside.replace("lx=\"140\"", "lx=\"100\"")))
        .containsExactly("x.bpmn: S1: label overlaps S");
  }

  @Test
  void aFlowFromABoundaryEventMayLeaveAcrossItsHost() throws Exception {
    String flows = FLOWS + "<boundaryEvent id=\"Timer\" attachedTo=\"A\"/><flow id=\"FT\" from=\"Timer\" to=\"C\"/>";
    String shapes = CLEAN.replace("pts=\"375,165 375,290 500,290\"", "pts=\"375,165 375,270 500,270\"")
        .replace("ly=\"266\"", "ly=\"246\"")
        + "<shape id=\"Timer\" x=\"232\" y=\"162\" w=\"36\" h=\"36\"/>"
        + "<edge id=\"FT\" pts=\"250,170 250,310 500,310\"/>";
    assertThat(check(flows, shapes)).isEmpty();
  }

  @Test
  void flowsLeavingAGatewayOnOneLineAreAFault() throws Exception {
    // B moved below C's line: both flows leave the gateway's bottom and run down one line
    String shapes = CLEAN.replace("<shape id=\"B\" x=\"500\" y=\"100\"", "<shape id=\"B\" x=\"500\" y=\"400\"")
        .replace("pts=\"400,140 500,140\" lx=\"420\" ly=\"118\"", "pts=\"375,165 375,440 500,440\" lx=\"420\" ly=\"416\"");
    assertThat(check(FLOWS, shapes)).containsExactly("x.bpmn: F3: shares a stretch of line with F4");
  }

  @Test
  void flowsMeetingAtOnePointDoNotShareALine() throws Exception {
    // F3 and F4 cross at right angles, and touch at the gateway: neither is a shared stretch
    String shapes = CLEAN.replace("pts=\"400,140 500,140\"", "pts=\"400,140 450,140 450,80 550,80 550,100\"")
        .replace("lx=\"420\" ly=\"118\"", "lx=\"470\" ly=\"58\"");
    assertThat(check(FLOWS, shapes)).isEmpty();
  }

  @Test
  void aLabelOnALineOrAShapeIsAFault() throws Exception {
    String onItsLine = CLEAN.replace("lx=\"420\" ly=\"118\"", "lx=\"420\" ly=\"133\"");
    assertThat(check(FLOWS, onItsLine)).containsExactly("x.bpmn: F3: label lies on the line of F3");
    String onOtherLine = CLEAN.replace("lx=\"385\" ly=\"266\"", "lx=\"360\" ly=\"230\"");
    assertThat(check(FLOWS, onOtherLine)).containsExactly("x.bpmn: F4: label lies on the line of F4");
    String onShape = CLEAN.replace("lx=\"420\" ly=\"118\"", "lx=\"480\" ly=\"110\"");
    assertThat(check(FLOWS, onShape)).containsExactly("x.bpmn: F3: label overlaps B");
    String gatewayLabelOnTask = CLEAN.replace("lx=\"340\" ly=\"85\"", "lx=\"280\" ly=\"100\"");
    assertThat(check(FLOWS, gatewayLabelOnTask)).containsExactly("x.bpmn: G: label overlaps A");
  }

  @Test
  void aLabelTouchingALineByOnePixelIsNoFault() throws Exception {
    // label bottom at y=140 exactly on the line: shrunk by 1px it no longer meets it
    String touching = CLEAN.replace("lx=\"420\" ly=\"118\"", "lx=\"420\" ly=\"126\"");
    assertThat(check(FLOWS, touching)).isEmpty();
  }

  @Test
  void overlappingLabelsAreAFault() throws Exception {
    String overlapping = CLEAN.replace("lx=\"340\" ly=\"85\"", "lx=\"410\" ly=\"110\"");
    assertThat(check(FLOWS, overlapping)).containsExactly("x.bpmn: F3: label overlaps the label of G");
  }

  @Test
  void unnamedFlowsLabelsAreIgnored() throws Exception {
    String flows = FLOWS.replace(" name=\"Yes\"", "");
    String onItsLine = CLEAN.replace("lx=\"420\" ly=\"118\"", "lx=\"420\" ly=\"133\"");
    assertThat(check(flows, onItsLine)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // cme-referral as drawn before issue 9
  // ---------------------------------------------------------------------------------------------

  @Test
  void cmeReferralAsDrawnBeforeIssue9Fails(@TempDir Path root) throws Exception {
    ModelStandardsTest.copyFixture("diagrams", root);
    List<String> faults = DiagramGeometry.check(root.resolve("processes/cme-referral.bpmn"),
        "processes/cme-referral.bpmn");
    String f = "processes/cme-referral.bpmn: ";
    assertThat(faults).contains(
        // the flows out of "What did the investigation find?" run down one line
        f + "Flow_Ehe: shares a stretch of line with Flow_AnotherLa",
        f + "Flow_AnotherLa: shares a stretch of line with Flow_Abroad",
        f + "Flow_Abroad: shares a stretch of line with Flow_WhereaboutsUnknown",
        // "Same child" and "Different child" share segments with the flows they join
        f + "Flow_OpenCaseCertain: shares a stretch of line with Flow_SameChild",
        f + "Flow_NoOpenCase: shares a stretch of line with Flow_DifferentChild",
        // labels on lines, labels on tasks
        f + "Flow_SameChild: label lies on the line of Flow_OpenCaseCertain",
        f + "Flow_Ehe: label lies on the line of Flow_Ehe",
        f + "Flow_NoEhcp: label overlaps Task_AllocateSchoolPlace",
        f + "Gateway_InvestigationOutcome: label overlaps SubProcess_Investigation");
    assertThat(faults).hasSize(45);
  }

  // ---------------------------------------------------------------------------------------------
  // a tiny BPMN writer
  // ---------------------------------------------------------------------------------------------

  private static Pt pt(double x, double y) {
    return new Pt(x, y);
  }

  /**
   * Builds a BPMN file from a shorthand: {@code <task id/>}, {@code <flow id from to name/>},
   * {@code <boundaryEvent id attachedTo/>}, {@code <subProcess>…</subProcess>} for the process, and
   * {@code <shape id x y w h [lx ly lw lh] [expanded]/>}, {@code <edge id pts [lx ly lw lh]/>} for the
   * diagram. Shapes without a semantic element get a task; gateways are ids starting with G, events
   * with Start/End.
   */
  static List<String> check(String semantics, String diagram) throws Exception {
    StringBuilder process = new StringBuilder(semantics
        .replaceAll("<flow id=\"(\\w+)\" from=\"(\\w+)\" to=\"(\\w+)\"", "<sequenceFlow id=\"$1\" sourceRef=\"$2\" targetRef=\"$3\"")
        .replaceAll("<boundaryEvent id=\"(\\w+)\" attachedTo=\"(\\w+)\"", "<boundaryEvent id=\"$1\" attachedToRef=\"$2\""));
    for (String id : List.of("Start", "A", "G", "B", "C")) {
      if (diagram.contains("<shape id=\"" + id + "\"") && !process.toString().contains("id=\"" + id + "\"")) {
        String tag = id.equals("Start") ? "startEvent" : id.equals("G") ? "exclusiveGateway" : "task";
        process.append("<").append(tag).append(" id=\"").append(id).append("\" name=\"").append(id).append("\"/>");
      }
    }
    String di = diagram
        .replaceAll("<shape id=\"(\\w+)\" x=\"([\\d.]+)\" y=\"([\\d.]+)\" w=\"([\\d.]+)\" h=\"([\\d.]+)\""
            + " lx=\"([\\d.]+)\" ly=\"([\\d.]+)\" lw=\"([\\d.]+)\" lh=\"([\\d.]+)\"/>",
            "<bpmndi:BPMNShape id=\"$1_di\" bpmnElement=\"$1\"><dc:Bounds x=\"$2\" y=\"$3\" width=\"$4\" height=\"$5\"/>"
                + "<bpmndi:BPMNLabel><dc:Bounds x=\"$6\" y=\"$7\" width=\"$8\" height=\"$9\"/></bpmndi:BPMNLabel></bpmndi:BPMNShape>")
        .replaceAll("<shape id=\"(\\w+)\" x=\"([\\d.]+)\" y=\"([\\d.]+)\" w=\"([\\d.]+)\" h=\"([\\d.]+)\"( expanded=\"true\")?/>",
            "<bpmndi:BPMNShape id=\"$1_di\" bpmnElement=\"$1\" isExpanded=\"$6\"><dc:Bounds x=\"$2\" y=\"$3\" width=\"$4\" height=\"$5\"/></bpmndi:BPMNShape>")
        .replace("isExpanded=\" expanded=\"true\"\"", "isExpanded=\"true\"")
        .replaceAll("<edge id=\"(\\w+)\" pts=\"([^\"]+)\" lx=\"([\\d.]+)\" ly=\"([\\d.]+)\" lw=\"([\\d.]+)\" lh=\"([\\d.]+)\"/>",
            "<bpmndi:BPMNEdge id=\"$1_di\" bpmnElement=\"$1\" pts=\"$2\"><bpmndi:BPMNLabel><dc:Bounds x=\"$3\" y=\"$4\" width=\"$5\" height=\"$6\"/></bpmndi:BPMNLabel></bpmndi:BPMNEdge>")
        .replaceAll("<edge id=\"(\\w+)\" pts=\"([^\"]+)\"/>",
            "<bpmndi:BPMNEdge id=\"$1_di\" bpmnElement=\"$1\" pts=\"$2\"></bpmndi:BPMNEdge>");
    // waypoints
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("pts=\"([^\"]+)\">").matcher(di);
    while (m.find()) {
      StringBuilder wps = new StringBuilder(">");
      for (String p : m.group(1).trim().split("\\s+")) {
        String[] xy = p.split(",");
        wps.append("<di:waypoint x=\"").append(xy[0]).append("\" y=\"").append(xy[1]).append("\"/>");
      }
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(wps.toString()));
    }
    m.appendTail(out);
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
          xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
          id="d" targetNamespace="t">
          <process id="x" isExecutable="true">%s</process>
          <bpmndi:BPMNDiagram id="dia"><bpmndi:BPMNPlane id="plane" bpmnElement="x">%s</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </definitions>
        """.formatted(process, out).strip();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return DiagramGeometry.check(doc, "x.bpmn");
  }
}
