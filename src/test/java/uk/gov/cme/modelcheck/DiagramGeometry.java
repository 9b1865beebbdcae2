package uk.gov.cme.modelcheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Geometry checks of a BPMN diagram (the {@code <bpmndi:…>} part): what makes a diagram hard to read
 * in the Modeler and in Cockpit. Each diagram plane (the main one and the drill-down plane of every
 * collapsed subprocess) is checked on its own:
 *
 * <ol>
 *   <li><b>through a shape</b>: no segment of a sequence flow passes through a shape (its bounds shrunk
 *       by {@value #SHAPE_SHRINK}px) that is neither the flow's source nor its target (a boundary event's
 *       host counts as its own); an expanded subprocess that contains the flow is not crossed;</li>
 *   <li><b>shared line</b>: no two flows have collinear segments that overlap by more than
 *       {@value #MAX_SHARED}px, whatever their ends: flows leaving one gateway fan out, flows joining one
 *       target arrive on lines of their own;</li>
 *   <li><b>label on a line / on a shape</b>: the label bounds of every named flow and of every named
 *       event, gateway or data element (shrunk by {@value #LABEL_SHRINK}px) meet no flow's line and no
 *       shape (an expanded subprocess only at its border);</li>
 *   <li><b>labels overlap</b>: no two such labels overlap.</li>
 * </ol>
 *
 * <p>Faults read {@code "<file>: <element id>: <problem>"}, like those of {@link ModelStandards}.
 */
public final class DiagramGeometry {

  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
  public static final String DC_NS = "http://www.omg.org/spec/DD/20100524/DC";
  public static final String DI_NS = "http://www.omg.org/spec/DD/20100524/DI";

  /** Pixels a shape is shrunk by before a flow is tested against it (a flow may touch a border). */
  public static final double SHAPE_SHRINK = 2.0;
  /** Pixels a label is shrunk by before it is tested against lines, shapes and other labels. */
  public static final double LABEL_SHRINK = 1.0;
  /** Longest stretch (px) two flows may run on one line (where they meet at a shared end point). */
  public static final double MAX_SHARED = 5.0;
  /** Distance (px) under which two parallel segments count as one line. */
  private static final double COLLINEAR = 0.5;

  /** Elements drawn as containers: a flow inside them does not cross them. */
  private static final Set<String> CONTAINERS = Set.of("subProcess", "transaction", "adHocSubProcess");
  /** Shapes that are never obstacles. */
  private static final Set<String> NOT_OBSTACLES = Set.of("participant", "lane", "group");
  /** Shapes whose name is written inside them, not in an external label. */
  private static final Set<String> INNER_LABELLED = Set.of("task", "userTask", "serviceTask", "sendTask",
      "receiveTask", "scriptTask", "businessRuleTask", "manualTask", "callActivity", "subProcess",
      "transaction", "adHocSubProcess", "participant", "lane", "textAnnotation");
  /** Edges that are lines to keep labels off (associations are dotted and join annotations). */
  private static final Set<String> LINES = Set.of("sequenceFlow", "messageFlow");

  private DiagramGeometry() {
  }

  // ---------------------------------------------------------------------------------------------
  // geometry
  // ---------------------------------------------------------------------------------------------

  /** A point. */
  public record Pt(double x, double y) {
  }

  /** An axis-aligned box. */
  public record Box(double x, double y, double w, double h) {

    public Box shrink(double d) {
      return new Box(x + d, y + d, w - 2 * d, h - 2 * d);
    }

    boolean empty() {
      return w <= 0 || h <= 0;
    }

    /** True when the open interiors overlap. */
    public boolean overlaps(Box o) {
      return !empty() && !o.empty() && x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    /** True when {@code o} lies wholly inside this box. */
    public boolean contains(Box o) {
      return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }

    /** True when the segment a–b has a piece longer than 0.5px inside this box (Liang–Barsky). */
    public boolean cutBy(Pt a, Pt b) {
      if (empty()) {
        return false;
      }
      double dx = b.x - a.x;
      double dy = b.y - a.y;
      double t0 = 0;
      double t1 = 1;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {a.x - x, x + w - a.x, a.y - y, y + h - a.y};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] < 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
          if (t0 > t1) {
            return false;
          }
        }
      }
      return (t1 - t0) * Math.hypot(dx, dy) > 0.5;
    }

    /** True when the segment a–b crosses the border of this box (enters or leaves it). */
    public boolean borderCutBy(Pt a, Pt b) {
      Box inner = shrink(0.01);
      boolean aIn = inner.containsPoint(a);
      boolean bIn = inner.containsPoint(b);
      return aIn != bIn || (!aIn && cutBy(a, b));
    }

    boolean containsPoint(Pt p) {
      return p.x > x && p.x < x + w && p.y > y && p.y < y + h;
    }
  }

  /** Length (px) along which segments a1–b1 and a2–b2 lie on one line; 0 when they do not. */
  public static double sharedLength(Pt a1, Pt b1, Pt a2, Pt b2) {
    double dx = b1.x - a1.x;
    double dy = b1.y - a1.y;
    double len = Math.hypot(dx, dy);
    if (len < 1e-9 || Math.hypot(b2.x - a2.x, b2.y - a2.y) < 1e-9) {
      return 0;
    }
    double d1 = Math.abs(dx * (a2.y - a1.y) - dy * (a2.x - a1.x)) / len;
    double d2 = Math.abs(dx * (b2.y - a1.y) - dy * (b2.x - a1.x)) / len;
    if (d1 > COLLINEAR || d2 > COLLINEAR) {
      return 0;
    }
    double t1 = ((a2.x - a1.x) * dx + (a2.y - a1.y) * dy) / len;
    double t2 = ((b2.x - a1.x) * dx + (b2.y - a1.y) * dy) / len;
    double lo = Math.max(0, Math.min(t1, t2));
    double hi = Math.min(len, Math.max(t1, t2));
    return Math.max(0, hi - lo);
  }

  // ---------------------------------------------------------------------------------------------
  // the model
  // ---------------------------------------------------------------------------------------------

  /** What the geometry checks need of one semantic element. */
  private record Semantic(String id, String kind, String name, String source, String target,
      String attachedTo, List<String> ancestors) {
  }

  private record Shape(String id, Box box, boolean expanded, Box label) {
  }

  private record Edge(String id, List<Pt> points, Box label) {
  }

  /** Reads {@code file} and checks its diagram; {@code rel} names the file in the faults. */
  public static List<String> check(Path file, String rel) {
    Document doc;
    try {
      doc = parse(file);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      return List.of(rel + ": (file): cannot be read as XML: " + e.getMessage());
    }
    return check(doc, rel);
  }

  static Document parse(Path file) throws ParserConfigurationException, IOException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(file.toFile());
  }

  /** Checks every diagram plane of a parsed BPMN document. */
  public static List<String> check(Document doc, String rel) {
    Map<String, Semantic> semantics = new HashMap<>();
    collectSemantics(doc.getDocumentElement(), new ArrayList<>(), semantics);
    List<String> faults = new ArrayList<>();
    for (Element plane : elements(doc.getDocumentElement(), BPMNDI_NS, "BPMNPlane")) {
      checkPlane(plane, semantics, rel, faults);
    }
    return new ArrayList<>(new LinkedHashSet<>(faults));
  }

  private static void collectSemantics(Element el, List<String> ancestors, Map<String, Semantic> out) {
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child) || !BPMN_NS.equals(child.getNamespaceURI())) {
        continue;
      }
      String id = child.getAttribute("id");
      String kind = child.getLocalName();
      if (!id.isEmpty()) {
        out.put(id, new Semantic(id, kind, child.getAttribute("name").trim(), attr(child, "sourceRef"),
            attr(child, "targetRef"), attr(child, "attachedToRef"), List.copyOf(ancestors)));
      }
      boolean scope = CONTAINERS.contains(kind) || "process".equals(kind);
      if (scope && !id.isEmpty()) {
        ancestors.add(id);
      }
      collectSemantics(child, ancestors, out);
      if (scope && !id.isEmpty()) {
        ancestors.remove(ancestors.size() - 1);
      }
    }
  }

  private static void checkPlane(Element plane, Map<String, Semantic> semantics, String rel, List<String> faults) {
    List<Shape> shapes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    for (Node n = plane.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element el) || !BPMNDI_NS.equals(el.getNamespaceURI())) {
        continue;
      }
      String ref = el.getAttribute("bpmnElement");
      if ("BPMNShape".equals(el.getLocalName())) {
        Box box = bounds(el);
        if (box != null) {
          shapes.add(new Shape(ref, box, "true".equals(el.getAttribute("isExpanded")), labelBounds(el)));
        }
      } else if ("BPMNEdge".equals(el.getLocalName())) {
        List<Pt> pts = new ArrayList<>();
        for (Element w : elements(el, DI_NS, "waypoint")) {
          pts.add(new Pt(num(w, "x"), num(w, "y")));
        }
        edges.add(new Edge(ref, pts, labelBounds(el)));
      }
    }

    List<Edge> lines = edges.stream()
        .filter(e -> semantics.containsKey(e.id) && LINES.contains(semantics.get(e.id).kind))
        .toList();

    // (a) flows through shapes
    for (Edge edge : lines) {
      Semantic flow = semantics.get(edge.id);
      Set<String> ends = ends(flow, semantics);
      for (Shape shape : shapes) {
        Semantic s = semantics.get(shape.id);
        String kind = s == null ? "" : s.kind;
        if (ends.contains(shape.id) || NOT_OBSTACLES.contains(kind) || flow.ancestors.contains(shape.id)) {
          continue;
        }
        Box inner = shape.box.shrink(SHAPE_SHRINK);
        for (int i = 0; i + 1 < edge.points.size(); i++) {
          if (inner.cutBy(edge.points.get(i), edge.points.get(i + 1))) {
            faults.add(rel + ": " + edge.id + ": drawn through " + shape.id);
            break;
          }
        }
      }
    }

    // (b) shared stretches of line
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        Edge e1 = lines.get(i);
        Edge e2 = lines.get(j);
        if (shareLine(e1, e2)) {
          faults.add(rel + ": " + e1.id + ": shares a stretch of line with " + e2.id);
        }
      }
    }

    // (c) labels on lines and shapes, (d) labels on labels
    Map<String, Box> labels = new LinkedHashMap<>();
    for (Edge edge : lines) {
      Semantic s = semantics.get(edge.id);
      if (edge.label != null && !s.name.isEmpty()) {
        labels.put(edge.id, edge.label);
      }
    }
    for (Shape shape : shapes) {
      Semantic s = semantics.get(shape.id);
      if (shape.label != null && s != null && !s.name.isEmpty() && !INNER_LABELLED.contains(s.kind)) {
        labels.put(shape.id, shape.label);
      }
    }
    List<String> labelled = new ArrayList<>(labels.keySet());
    for (String id : labelled) {
      Box label = labels.get(id).shrink(LABEL_SHRINK);
      for (Edge edge : lines) {
        for (int i = 0; i + 1 < edge.points.size(); i++) {
          if (label.cutBy(edge.points.get(i), edge.points.get(i + 1))) {
            faults.add(rel + ": " + id + ": label lies on the line of " + edge.id);
            break;
          }
        }
      }
      for (Shape shape : shapes) {
        Semantic s = semantics.get(shape.id);
        String kind = s == null ? "" : s.kind;
        if (shape.id.equals(id) || NOT_OBSTACLES.contains(kind)) {
          continue;
        }
        boolean hit = shape.expanded
            ? label.overlaps(shape.box) && !shape.box.shrink(SHAPE_SHRINK).contains(label)
            && !(label.contains(shape.box))
            : label.overlaps(shape.box);
        if (hit) {
          faults.add(rel + ": " + id + ": label overlaps " + shape.id);
        }
      }
    }
    for (int i = 0; i < labelled.size(); i++) {
      for (int j = i + 1; j < labelled.size(); j++) {
        if (labels.get(labelled.get(i)).shrink(LABEL_SHRINK).overlaps(labels.get(labelled.get(j)).shrink(LABEL_SHRINK))) {
          faults.add(rel + ": " + labelled.get(i) + ": label overlaps the label of " + labelled.get(j));
        }
      }
    }
  }

  /** A flow's source and target, and the host of either when it is a boundary event. */
  private static Set<String> ends(Semantic flow, Map<String, Semantic> semantics) {
    Set<String> ends = new HashSet<>();
    for (String end : new String[] {flow.source, flow.target}) {
      if (end == null) {
        continue;
      }
      ends.add(end);
      Semantic s = semantics.get(end);
      if (s != null && s.attachedTo != null) {
        ends.add(s.attachedTo);
      }
    }
    return ends;
  }

  private static boolean shareLine(Edge e1, Edge e2) {
    for (int i = 0; i + 1 < e1.points.size(); i++) {
      for (int j = 0; j + 1 < e2.points.size(); j++) {
        if (sharedLength(e1.points.get(i), e1.points.get(i + 1), e2.points.get(j), e2.points.get(j + 1))
            > MAX_SHARED) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Command line, for redrawing a diagram: {@code java DiagramGeometry.java processes/x.bpmn ...}
   * (needs only the JDK) prints every fault and exits 1 when there is one.
   */
  public static void main(String[] args) {
    int count = 0;
    for (String arg : args) {
      for (String fault : check(Path.of(arg), arg)) {
        System.out.println(fault);
        count++;
      }
    }
    System.out.println("diagram geometry: " + args.length + " file(s), " + count + " fault(s)");
    System.exit(count == 0 ? 0 : 1);
  }

  // ---------------------------------------------------------------------------------------------
  // XML helpers
  // ---------------------------------------------------------------------------------------------

  private static List<Element> elements(Element root, String ns, String localName) {
    NodeList list = root.getElementsByTagNameNS(ns, localName);
    List<Element> out = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The {@code dc:Bounds} that is a direct child of {@code el}. */
  private static Box bounds(Element el) {
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element b && DC_NS.equals(b.getNamespaceURI()) && "Bounds".equals(b.getLocalName())) {
        return new Box(num(b, "x"), num(b, "y"), num(b, "width"), num(b, "height"));
      }
    }
    return null;
  }

  private static Box labelBounds(Element el) {
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element l && BPMNDI_NS.equals(l.getNamespaceURI()) && "BPMNLabel".equals(l.getLocalName())) {
        return bounds(l);
      }
    }
    return null;
  }

  private static double num(Element el, String attr) {
    String v = el.getAttribute(attr);
    return v.isEmpty() ? 0 : Double.parseDouble(v);
  }

  private static String attr(Element el, String name) {
    String v = el.getAttribute(name);
    return v.isEmpty() ? null : v;
  }
}
