package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks graphs against SHACL shapes, by default the ones newsgraph ships in {@code ontology/shapes.ttl},
 * and words the report for people.
 *
 * <pre>{@code ValidationReport r = ShapesValidator.bundled().validate(model.getGraph());}</pre>
 */
public final class ShapesValidator {

    /** Where the shipped shapes sit on the classpath. */
    public static final String BUNDLED_SHAPES = "/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator for the shapes shipped with newsgraph. */
    public static ShapesValidator bundled() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(BUNDLED_SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("this build of newsgraph has no " + BUNDLED_SHAPES);
            }
            return of(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator for a graph of shapes. */
    public static ShapesValidator of(Graph shapesGraph) {
        return new ShapesValidator(Shapes.parse(Objects.requireNonNull(shapesGraph)));
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * The report as lines: one per result, {@code Violation: <focus> <path>: <message>}, sorted, then
     * {@code conforms} or the count of results, such as {@code 2 violations}.
     */
    public static List<String> describe(ValidationReport report, PrefixMapping prefixes) {
        Prologue prologue = new Prologue(prefixes);
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            StringBuilder line = new StringBuilder(severity(entry.severity()))
                    .append(": ")
                    .append(FmtUtils.stringForNode(entry.focusNode(), prologue));
            if (entry.resultPath() != null) {
                line.append(' ').append(PathWriter.asString(entry.resultPath(), prologue));
            }
            line.append(": ").append(entry.message().strip());
            lines.add(line.toString());
        }
        // the validator's order varies from run to run; sorted, two reports of one graph compare equal
        lines.sort(null);
        int count = report.getEntries().size();
        lines.add(report.conforms() ? "conforms" : count + (count == 1 ? " violation" : " violations"));
        return List.copyOf(lines);
    }

    private static String severity(Severity severity) {
        if (Severity.Violation.equals(severity)) {
            return "Violation";
        }
        if (Severity.Warning.equals(severity)) {
            return "Warning";
        }
        if (Severity.Info.equals(severity)) {
            return "Info";
        }
        Node level = severity.level();
        return level.isURI() ? level.getLocalName() : level.toString();
    }
}
