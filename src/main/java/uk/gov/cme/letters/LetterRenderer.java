package uk.gov.cme.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Makes a letter: fills its HTML template with a model (<a href="https://mustache.github.io/mustache.5.html">
 * Mustache</a>, jmustache, HTML-escaped) and turns the page into a tagged, accessible PDF (PDF/UA) with
 * openhtmltopdf, the DejaVu Sans font embedded.
 *
 * <h2>Templates</h2>
 * A folder ({@code cme.letters.templates}: {@code classpath:letters/} by default, or {@code file:/path/} for
 * an operator's edited copy) holds {@code <kind>.html} for each {@link LetterKind}, the partials they
 * include ({@code {{> _header}}} reads {@code _header.html}) and the stylesheet they link
 * ({@code letter.css}, resolved next to the template). Each template is well-formed XHTML and carries its
 * version in {@code <meta name="version" content="…"/>}; the version is stored with every letter made
 * from it. Templates are read again for every letter, so an edit applies to the next letter made without
 * a restart.
 *
 * <p>A value the template names but the model lacks, a section that never ends, a template without a
 * version or a page that is not well-formed fails with {@link LetterException} naming the template: no
 * half-made letter is ever returned.
 */
public class LetterRenderer {

  private static final Pattern VERSION = Pattern.compile(
      "<meta\\s+name=\"version\"\\s+content=\"([^\"]+)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("_?[a-z0-9]+(-[a-z0-9]+)*");
  private static final String FONT_FAMILY = "DejaVu Sans";

  static {
    XRLog.setLoggerImpl(new Slf4jXrLogger());
  }

  private final ResourceLoader loader;
  private final String folder;

  /**
   * @param folder the templates' folder as a Spring resource location, e.g. {@code classpath:letters/}
   *               or {@code file:/etc/cme/letters/}
   */
  public LetterRenderer(String folder) {
    this(new DefaultResourceLoader(), folder);
  }

  public LetterRenderer(ResourceLoader loader, String folder) {
    this.loader = loader;
    this.folder = folder.endsWith("/") ? folder : folder + "/";
  }

  /** The version of the kind's template, from its {@code <meta name="version">}. */
  public String version(LetterKind kind) {
    return version(kind.template(), read(kind.template()));
  }

  /**
   * Renders the kind's template with the model into a PDF.
   *
   * @param model the values the template names; nested maps for dotted names ({@code law.s437_1})
   */
  public RenderedLetter render(LetterKind kind, Map<String, ?> model) {
    String name = kind.template();
    String source = read(name);
    String version = version(name, source);
    String html;
    try {
      Template template = Mustache.compiler()
          .emptyStringIsFalse(true)
          .withLoader(partial -> new StringReader(read(partial)))
          .compile(source);
      html = template.execute(model);
    } catch (MustacheException e) {
      throw new LetterException("letter template " + name + " (version " + version + ") could not be filled: "
          + e.getMessage(), e);
    }
    return new RenderedLetter(kind, name, version, kind.title(), pdf(name, html));
  }

  private byte[] pdf(String name, String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      // Every family a template may name (or the default, serif) is DejaVu Sans: PDF/UA needs every
      // font embedded, and a built-in PDF font is not.
      for (String family : new String[] {FONT_FAMILY, "sans-serif", "serif"}) {
        builder.useFont(() -> font("DejaVuSans.ttf"), family, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), family, 700, FontStyle.NORMAL, true);
      }
      builder.withW3cDocument(parse(name, html), baseUri(name));
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new LetterException("letter template " + name + " could not be made into a PDF: " + e.getMessage(), e);
    }
  }

  /** The page as XHTML; a page that is not well-formed fails here (openhtmltopdf would print a blank page). */
  private static Document parse(String name, String html) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      parser.setErrorHandler(null);
      Document document = parser.parse(new InputSource(new StringReader(html)));
      // The embedded font is the default, before the template's own styles (which may name it again).
      Element style = document.createElementNS(document.getDocumentElement().getNamespaceURI(), "style");
      style.setTextContent("body { font-family: \"" + FONT_FAMILY + "\"; }");
      NodeList heads = document.getElementsByTagName("head");
      if (heads.getLength() > 0) {
        heads.item(0).insertBefore(style, heads.item(0).getFirstChild());
      } else {
        document.getDocumentElement().insertBefore(style, document.getDocumentElement().getFirstChild());
      }
      return document;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new LetterException("letter template " + name + " is not well-formed XHTML: " + e.getMessage(), e);
    }
  }

  private static InputStream font(String file) {
    InputStream in = LetterRenderer.class.getResourceAsStream("/letters/fonts/" + file);
    if (in == null) {
      throw new LetterException("the letters font " + file + " is missing from the application");
    }
    return in;
  }

  private String baseUri(String name) {
    try {
      return loader.getResource(folder + name + ".html").getURL().toExternalForm();
    } catch (IOException e) {
      throw new LetterException("letter template " + name + " has no address to read its stylesheet from", e);
    }
  }

  private String read(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new LetterException("letter template name " + name + " is not allowed");
    }
    Resource resource = loader.getResource(folder + name + ".html");
    if (!resource.exists()) {
      throw new LetterException("letter template " + name + ".html is missing from " + folder);
    }
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LetterException("letter template " + name + ".html could not be read from " + folder, e);
    }
  }

  private static String version(String name, String source) {
    Matcher m = VERSION.matcher(source);
    if (!m.find()) {
      throw new LetterException("letter template " + name + " has no <meta name=\"version\" content=\"…\"/>");
    }
    return m.group(1).strip();
  }
}
