package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.ArticleMeta;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Investment;
import org.newsgraph.extract.Money;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.Position;
import org.newsgraph.extract.Quote;
import org.newsgraph.extract.Relation;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.NG;
import org.newsgraph.text.Document;
import org.newsgraph.text.Span;
import org.newsgraph.validate.ShapesValidator;

/**
 * newsgraph's own annotated articles, written for testing and never used to tune the extractor:
 * each case folder under {@code src/test/resources/cases} holds {@code article.txt} and the facts a
 * careful reader takes from it in {@code expected.tsv}. Facts are scored as {@code shared/tools/score.py}
 * scores the corpus (one difference: an investment's purpose is not annotated, its end date is), a report of every miss is printed, and the total F1 per kind of fact must stay at
 * or above the floor in {@code floors.tsv}, so that a change that loses ground fails the build.
 *
 * <pre>{@code mvn -B -q test -Dtest=CasesTest   # prints the per-case report and the totals}</pre>
 */
class CasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Path FLOORS = CASES.resolve("floors.tsv");
    private static final List<String> TYPES = List.of("Organization", "Person", "Place", "Product");
    private static final List<String> KINDS = List.of("entities", "Organization", "Person", "Place", "Product",
            "investments", "positions", "relations", "quotes", "metadata");
    private static final List<String> RELATIONS = List.of("partnerOf", "partOf", "locatedIn", "creatorOf");
    private static final List<String> META = List.of("language", "published", "publisher", "dateline");
    private static final Pattern LEADING = Pattern.compile("^(le |la |les |l'|the |l )");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final String TRIMMED = " .,;:!?\"'«»()";

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseIsScoredAndItsGraphConforms(String name) {
        Case c = Case.load(name);
        Model graph = extract(c.text());
        Score score = Score.of(c.expected(), graph);
        System.out.print(score.report(name));

        ValidationReport report = ShapesValidator.bundled().validate(graph.getGraph());
        assertTrue(report.conforms(), () -> name + " conforms to ontology/shapes.ttl:\n"
                + String.join("\n", ShapesValidator.describe(report, graph)));
    }

    @Test
    void totalF1StaysAtOrAboveTheFloors() throws IOException {
        Score total = new Score();
        for (String name : cases().toList()) {
            Case c = Case.load(name);
            total.add(Score.of(c.expected(), extract(c.text())));
        }
        System.out.print(total.report("TOTAL over " + cases().count() + " cases"));
        System.out.print(total.calibrationReport());
        Map<String, Double> floors = floors();
        assertEquals(Set.of("entities", "investments", "positions", "relations", "quotes", "metadata"), floors.keySet(),
                "floors.tsv sets a floor for entities, investments, positions, relations, quotes and metadata");
        List<String> below = floors.entrySet().stream()
                .filter(f -> total.counts(f.getKey()).f1() < f.getValue())
                .map(f -> String.format(Locale.ROOT, "%s F1 %.3f < floor %.2f", f.getKey(), total.counts(f.getKey()).f1(), f.getValue()))
                .toList();
        assertTrue(below.isEmpty(), () -> "the extractor lost ground on src/test/resources/cases: " + below);
    }

    /** The scorer and the annotations checked together: a graph holding exactly the expected facts scores 1. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExpectedFactsThemselvesScoreOne(String name) {
        Case c = Case.load(name);
        Score score = Score.of(c.expected(), GraphBuilder.standard().build(c.expected().asExtraction(c.text())));
        for (String kind : KINDS) {
            Counts k = score.counts(kind);
            assertEquals(0, k.fp + k.fn, () -> name + " " + kind + " scores " + k + ":\n" + score.report(name));
        }
    }

    @Test
    void anEmptyGraphScoresNothing() throws IOException {
        Case c = Case.load(cases().findFirst().orElseThrow());
        Score score = Score.of(c.expected(), org.apache.jena.rdf.model.ModelFactory.createDefaultModel());
        for (String kind : List.of("entities", "investments", "positions", "quotes")) {
            assertEquals(0.0, score.counts(kind).f1(), kind);
        }
    }

    private static Model extract(String text) {
        return GraphBuilder.standard().build(Pipeline.standard().extract(Document.of(text)));
    }

    private static Map<String, Double> floors() throws IOException {
        Map<String, Double> floors = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FLOORS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            floors.put(f[0].strip(), Double.parseDouble(f[1].strip()));
        }
        return floors;
    }

    /** A name as score.py compares it: no accents, no case, no outer punctuation, no leading article. */
    static String norm(String s) {
        String n = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00a0', ' ');
        n = strip(n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return LEADING.matcher(n).replaceFirst("").strip();
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && TRIMMED.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIMMED.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    // ---- the annotations ----

    record Case(String text, Expected expected) {

        static Case load(String name) {
            Path dir = CASES.resolve(name);
            try {
                String text = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
                return new Case(text, Expected.parse(dir.resolve("expected.tsv"), Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record GoldEntity(String type, String name, List<String> aliases, Set<String> forms) {
    }

    record GoldInvestment(Set<String> investors, String target, Double amount, String currency, String duration, String endDate) {

        /** The stated slots, as score.py keys them; an unstated slot is absent. */
        Map<String, Object> slots() {
            Map<String, Object> s = new LinkedHashMap<>();
            if (!investors.isEmpty()) {
                s.put("investor", investors);
            }
            putIf(s, "target", target);
            putIf(s, "amount", amount);
            putIf(s, "currency", currency);
            putIf(s, "duration", duration);
            putIf(s, "endDate", endDate);
            return s;
        }
    }

    /** The parsed expected.tsv; every name a fact uses must be an entity's first name. */
    record Expected(Map<String, String> meta, List<GoldEntity> entities, List<GoldInvestment> investments,
                    Set<List<String>> positions, Set<List<String>> relations, List<List<String>> quotes) {

        static Expected parse(Path file, List<String> lines) {
            Map<String, String> meta = new LinkedHashMap<>();
            List<GoldEntity> entities = new ArrayList<>();
            List<GoldInvestment> investments = new ArrayList<>();
            Set<List<String>> positions = new HashSet<>();
            Set<List<String>> relations = new HashSet<>();
            List<List<String>> quotes = new ArrayList<>();
            List<String> used = new ArrayList<>();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String where = file + ":" + (n + 1);
                switch (f[0]) {
                    case "meta" -> {
                        check(f.length == 3 && META.contains(f[1]), where, "meta KEY VALUE");
                        meta.put(f[1], f[2]);
                        if (f[1].equals("publisher") || f[1].equals("dateline")) {
                            used.add(f[2]);
                        }
                    }
                    case "entity" -> {
                        check(f.length == 3 && TYPES.contains(f[1]), where, "entity TYPE NAME|ALIAS");
                        List<String> names = Arrays.asList(f[2].split("\\|"));
                        Set<String> forms = names.stream().map(CasesTest::norm).collect(Collectors.toSet());
                        entities.add(new GoldEntity(f[1], names.get(0), names.subList(1, names.size()), forms));
                    }
                    case "investment" -> {
                        check(f.length == 7, where, "investment INVESTORS TARGET AMOUNT CURRENCY DURATION ENDDATE");
                        Set<String> investors = f[1].isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(f[1].split("\\|")));
                        investments.add(new GoldInvestment(investors, blankToNull(f[2]),
                                f[3].isEmpty() ? null : Double.valueOf(f[3]), blankToNull(f[4]), blankToNull(f[5]), blankToNull(f[6])));
                        used.addAll(investors);
                        if (!f[2].isEmpty()) {
                            used.add(f[2]);
                        }
                    }
                    case "position" -> {
                        check(f.length == 3, where, "position PERSON IN");
                        positions.add(List.of(f[1], f[2]));
                        used.add(f[1]);
                        used.add(f[2]);
                    }
                    case "relation" -> {
                        check(f.length == 4 && RELATIONS.contains(f[1]), where, "relation TYPE SUBJECT OBJECT");
                        relations.add(relationKey(f[1], f[2], f[3]));
                        used.add(f[2]);
                        used.add(f[3]);
                    }
                    case "quote" -> {
                        check(f.length == 3 && !f[2].isBlank(), where, "quote SPEAKER START");
                        quotes.add(List.of(f[1], f[2]));
                        used.add(f[1]);
                    }
                    default -> check(false, where, "a line kind of meta, entity, investment, position, relation, quote");
                }
            }
            Set<String> names = entities.stream().map(GoldEntity::name).collect(Collectors.toSet());
            for (String name : used) {
                check(names.contains(name), file.toString(), "an entity line for '" + name + "', which a fact names");
            }
            return new Expected(meta, entities, investments, positions, relations, quotes);
        }

        /** A graph-ready extraction holding exactly these facts, to check the scorer against. */
        Extraction asExtraction(String text) {
            Document doc = Document.of(text);
            Span first = new Span(0, 1);
            List<Entity> list = entities.stream()
                    .map(e -> new Entity(e.name(), EntityType.valueOf(e.type().toUpperCase(Locale.ROOT)), PlaceKind.OTHER,
                            e.name(), e.aliases(), List.of(), Optional.empty()))
                    .toList();
            List<Investment> invs = investments.stream()
                    .map(i -> new Investment(List.copyOf(i.investors()), Optional.ofNullable(i.target()),
                            Optional.ofNullable(i.amount()).map(a -> new Money(BigDecimal.valueOf(a), i.currency(), Money.Qualifier.EXACT, first)),
                            Optional.ofNullable(i.duration()), Optional.ofNullable(i.endDate()), Optional.empty(), first, 1.0))
                    .toList();
            List<Position> pos = positions.stream()
                    .map(p -> new Position(p.get(0), "role", Optional.of(p.get(1)), first, 1.0))
                    .toList();
            List<Relation> rels = relations.stream()
                    .map(r -> new Relation(Arrays.stream(Relation.Type.values()).filter(t -> t.propertyName().equals(r.get(0))).findFirst().orElseThrow(),
                            r.get(1), r.get(2), first, 1.0))
                    .toList();
            List<Quote> qs = quotes.stream().map(q -> new Quote(Optional.of(q.get(0)), q.get(1), first, 1.0)).toList();
            ArticleMeta m = new ArticleMeta(Optional.ofNullable(meta.get("published")),
                    Optional.ofNullable(meta.get("publisher")), Optional.ofNullable(meta.get("dateline")));
            return new Extraction(doc, m, list, invs, pos, rels, qs);
        }

        private static void check(boolean ok, String where, String wanted) {
            if (!ok) {
                throw new IllegalArgumentException(where + ": expected " + wanted);
            }
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static List<String> relationKey(String type, String subject, String object) {
        if (type.equals("partnerOf") && subject.compareTo(object) > 0) {
            return List.of(type, object, subject);
        }
        return List.of(type, subject, object);
    }

    // ---- the scoring, after shared/tools/score.py ----

    static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        }

        double recall() {
            return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** Counts per kind of fact for one case or many, with the misses that explain them. */
    static final class Score {
        private final Map<String, Counts> counts = new LinkedHashMap<>();
        private final List<String> misses = new ArrayList<>();
        /** Per kind and stated ng:confidence: how many such facts were right, and how many there were. */
        private final Map<String, int[]> calibration = new java.util.TreeMap<>();

        void calibrate(String kind, RDFNode confidence, boolean right) {
            String key = String.format(Locale.ROOT, "%-10s %s", kind, confidence == null ? "-" : confidence.asLiteral().getLexicalForm());
            int[] c = calibration.computeIfAbsent(key, k -> new int[2]);
            c[0] += right ? 1 : 0;
            c[1]++;
        }

        /** How often the facts of each stated confidence were right: the measure ng:confidence stands for. */
        String calibrationReport() {
            StringBuilder out = new StringBuilder("   confidence stated -> measured precision\n");
            calibration.forEach((k, c) -> out.append(String.format(Locale.ROOT, "   %s -> %d/%d = %.2f%n", k, c[0], c[1], (double) c[0] / c[1])));
            return out.toString();
        }

        Score() {
            KINDS.forEach(k -> counts.put(k, new Counts()));
        }

        Counts counts(String kind) {
            return counts.get(kind);
        }

        void add(Score other) {
            other.calibration.forEach((k, c) -> {
                int[] mine = calibration.computeIfAbsent(k, x -> new int[2]);
                mine[0] += c[0];
                mine[1] += c[1];
            });
            KINDS.forEach(k -> counts.get(k).add(other.counts.get(k)));
        }

        String report(String title) {
            StringBuilder out = new StringBuilder("== ").append(title).append('\n');
            KINDS.forEach(k -> out.append(String.format(Locale.ROOT, "   %-12s %s%n", k, counts.get(k))));
            misses.forEach(m -> out.append("   - ").append(m).append('\n'));
            return out.toString();
        }

        static Score of(Expected gold, Model g) {
            return new Scoring(gold, g).run();
        }
    }

    /** One scoring of a graph against one case's annotations. */
    private record Scoring(Expected gold, Model g, Score sc) {

        Scoring(Expected gold, Model g) {
            this(gold, g, new Score());
        }

        Score run() {
            entities();
            investments();
            positions();
            relations();
            quotes();
            metadata();
            return sc;
        }

        private void miss(String m) {
            sc.misses.add(m);
        }

        private Set<String> labels(Resource node) {
            Set<String> out = new TreeSet<>();
            for (Property p : List.of(RDFS.label, SKOS.altLabel, SKOS.prefLabel)) {
                g.listObjectsOfProperty(node, p).forEach(o -> out.add(norm(o.asLiteral().getLexicalForm())));
            }
            return out;
        }

        /** The expected entity a node stands for, by its labels; "?" and the node where none. */
        private String resolve(RDFNode node, String type) {
            if (node == null) {
                return "?null";
            }
            Set<String> ls = node.isLiteral() ? Set.of(norm(node.asLiteral().getLexicalForm())) : labels(node.asResource());
            for (GoldEntity e : gold.entities()) {
                if ((type == null || e.type().equals(type)) && e.forms().stream().anyMatch(ls::contains)) {
                    return e.name();
                }
            }
            return "?" + (node.isURIResource() ? node.asResource().getLocalName() : node.toString()) + ls;
        }

        private RDFNode one(Resource s, Property p) {
            Statement st = s == null ? null : s.getProperty(p);
            return st == null ? null : st.getObject();
        }

        private void entities() {
            Counts all = sc.counts("entities");
            for (String type : TYPES) {
                Counts c = sc.counts(type);
                Map<String, Set<String>> found = new HashMap<>();
                List<Resource> nodes = g.listSubjectsWithProperty(RDF.type, g.createResource(NG.NS + type)).toList();
                nodes.sort(Comparator.comparing(Resource::toString));
                for (Resource n : nodes) {
                    String name = resolve(n, type);
                    if (name.startsWith("?")) {
                        c.fp++;
                        miss("extra " + type + ": " + labels(n));
                    } else if (found.containsKey(name)) {
                        c.fp++;
                        miss("duplicate " + type + " node for " + name + ": " + labels(n) + " beside " + found.get(name));
                    } else {
                        found.put(name, labels(n));
                        c.tp++;
                    }
                }
                for (GoldEntity e : gold.entities()) {
                    if (e.type().equals(type) && !found.containsKey(e.name())) {
                        c.fn++;
                        miss("missing " + type + ": " + e.name());
                    }
                }
                all.add(c);
            }
        }

        private Map<String, Object> predictedSlots(Resource i) {
            Map<String, Object> s = new LinkedHashMap<>();
            Set<String> investors = new TreeSet<>();
            g.listObjectsOfProperty(i, NG.investor).forEach(x -> investors.add(resolve(x, null)));
            if (!investors.isEmpty()) {
                s.put("investor", investors);
            }
            RDFNode target = one(i, NG.target);
            if (target != null) {
                s.put("target", resolve(target, null));
            }
            RDFNode amount = one(i, NG.amount);
            if (amount != null && amount.isResource()) {
                RDFNode v = one(amount.asResource(), NG.value);
                RDFNode cur = one(amount.asResource(), NG.currency);
                if (v != null) {
                    try {
                        s.put("amount", Double.valueOf(v.asLiteral().getLexicalForm()));
                    } catch (NumberFormatException e) {
                        s.put("amount", "?" + v);
                    }
                }
                if (cur != null) {
                    s.put("currency", cur.asLiteral().getLexicalForm().toUpperCase(Locale.ROOT));
                }
            }
            RDFNode d = one(i, NG.duration);
            if (d != null) {
                s.put("duration", d.asLiteral().getLexicalForm());
            }
            RDFNode end = one(i, NG.endDate);
            if (end != null) {
                s.put("endDate", end.asLiteral().getLexicalForm());
            }
            return s;
        }

        private static int size(String slot, Object v) {
            return slot.equals("investor") ? ((Set<?>) v).size() : 1;
        }

        private static int hits(String slot, Object p, Object gv) {
            if (slot.equals("investor")) {
                Set<Object> common = new HashSet<>((Set<?>) p);
                common.retainAll((Set<?>) gv);
                return common.size();
            }
            if (slot.equals("amount")) {
                return p instanceof Double pv && Math.abs(pv - (Double) gv) <= 0.005 * Math.abs((Double) gv) ? 1 : 0;
            }
            return p.equals(gv) ? 1 : 0;
        }

        /** Pairs each predicted investment with the expected one it agrees with most, as score.py does. */
        private void investments() {
            Counts ci = sc.counts("investments");
            List<Resource> nodes = g.listSubjectsWithProperty(RDF.type, NG.Investment).toList();
            nodes.sort(Comparator.comparing(Resource::toString));
            List<Map<String, Object>> preds = nodes.stream().map(this::predictedSlots).toList();
            List<Map<String, Object>> golds = gold.investments().stream().map(GoldInvestment::slots).toList();
            List<int[]> pairs = new ArrayList<>();
            for (int pi = 0; pi < preds.size(); pi++) {
                for (int gi = 0; gi < golds.size(); gi++) {
                    int n = 0;
                    for (Map.Entry<String, Object> e : golds.get(gi).entrySet()) {
                        Object pv = preds.get(pi).get(e.getKey());
                        n += pv == null ? 0 : hits(e.getKey(), pv, e.getValue());
                    }
                    if (n > 0) {
                        pairs.add(new int[] {n, pi, gi});
                    }
                }
            }
            pairs.sort(Comparator.comparingInt(x -> -x[0]));
            Set<Integer> usedP = new HashSet<>();
            Set<Integer> usedG = new HashSet<>();
            for (int[] pair : pairs) {
                if (usedP.contains(pair[1]) || usedG.contains(pair[2])) {
                    continue;
                }
                usedP.add(pair[1]);
                usedG.add(pair[2]);
                Map<String, Object> p = preds.get(pair[1]);
                Map<String, Object> gd = golds.get(pair[2]);
                Set<String> keys = new TreeSet<>(p.keySet());
                keys.addAll(gd.keySet());
                for (String k : keys) {
                    Object pv = p.get(k);
                    Object gv = gd.get(k);
                    int h = pv != null && gv != null ? hits(k, pv, gv) : 0;
                    ci.tp += h;
                    ci.fp += pv != null ? size(k, pv) - h : 0;
                    ci.fn += gv != null ? size(k, gv) - h : 0;
                    if (pv == null || gv == null || h < Math.max(size(k, pv), size(k, gv))) {
                        miss("investment " + gd.get("investor") + "->" + gd.get("target") + ": " + k + " is " + pv + ", expected " + gv);
                    }
                }
            }
            for (int pi = 0; pi < preds.size(); pi++) {
                if (!usedP.contains(pi)) {
                    Map<String, Object> p = preds.get(pi);
                    p.forEach((k, v) -> ci.fp += size(k, v));
                    miss("extra investment: " + p);
                }
            }
            for (int gi = 0; gi < golds.size(); gi++) {
                if (!usedG.contains(gi)) {
                    Map<String, Object> gd = golds.get(gi);
                    gd.forEach((k, v) -> ci.fn += size(k, v));
                    miss("missing investment: " + gd);
                }
            }
        }

        private void positions() {
            Set<List<String>> pred = new HashSet<>();
            g.listStatements(null, NG.holds, (RDFNode) null).forEach(st -> {
                List<String> key = List.of(resolve(st.getSubject(), "Person"), resolve(one(st.getObject().asResource(), NG.positionIn), null));
                pred.add(key);
                sc.calibrate("position", one(st.getObject().asResource(), NG.confidence), gold.positions().contains(key));
            });
            tally(sc.counts("positions"), pred, gold.positions(), "position");
        }

        private void relations() {
            Set<List<String>> pred = new HashSet<>();
            for (String r : RELATIONS) {
                g.listStatements(null, g.createProperty(NG.NS + r), (RDFNode) null).forEach(st -> pred.add(
                        relationKey(r, resolve(st.getSubject(), null), resolve(st.getObject(), null))));
            }
            tally(sc.counts("relations"), pred, gold.relations(), "relation");
        }

        private void tally(Counts c, Set<List<String>> pred, Set<List<String>> want, String what) {
            for (List<String> p : pred.stream().sorted(Comparator.comparing(List::toString)).toList()) {
                if (want.contains(p)) {
                    c.tp++;
                } else {
                    c.fp++;
                    miss("extra " + what + ": " + p);
                }
            }
            want.stream().filter(w -> !pred.contains(w)).map(List::toString).sorted().forEach(w -> {
                c.fn++;
                miss("missing " + what + ": " + w);
            });
        }

        private void quotes() {
            Counts cq = sc.counts("quotes");
            List<List<String>> left = new ArrayList<>();
            List<Resource> nodes = g.listSubjectsWithProperty(RDF.type, NG.Quote).toList();
            nodes.sort(Comparator.comparing(Resource::toString));
            Map<List<String>, RDFNode> stated = new java.util.HashMap<>();
            for (Resource q : nodes) {
                RDFNode text = one(q, NG.text);
                List<String> key = List.of(resolve(one(q, NG.speaker), "Person"), norm(text == null ? "" : text.asLiteral().getLexicalForm()));
                left.add(key);
                stated.put(key, one(q, NG.confidence));
            }
            for (List<String> x : gold.quotes()) {
                String want = norm(x.get(1));
                String start = want.substring(0, Math.min(40, want.length()));
                Optional<List<String>> hit = left.stream()
                        .filter(p -> p.get(0).equals(x.get(0)) && p.get(1).startsWith(start)).findFirst();
                if (hit.isPresent()) {
                    left.remove(hit.get());
                    sc.calibrate("quote", stated.get(hit.get()), true);
                    cq.tp++;
                } else {
                    cq.fn++;
                    miss("missing quote by " + x.get(0) + ": " + x.get(1));
                }
            }
            for (List<String> p : left) {
                sc.calibrate("quote", stated.get(p), false);
                cq.fp++;
                miss("extra quote: " + p.get(0) + ": " + p.get(1).substring(0, Math.min(60, p.get(1).length())));
            }
        }

        private void metadata() {
            Counts cm = sc.counts("metadata");
            List<Resource> articles = g.listSubjectsWithProperty(RDF.type, NG.Article).toList();
            Resource a = articles.isEmpty() ? null : articles.get(0);
            Map<String, String> got = new LinkedHashMap<>();
            RDFNode lang = one(a, NG.language);
            got.put("language", lang == null ? null : lang.asLiteral().getLexicalForm());
            RDFNode published = one(a, NG.published);
            got.put("published", published == null ? null : published.asLiteral().getLexicalForm());
            RDFNode publisher = one(a, NG.publisher);
            got.put("publisher", publisher == null ? null : resolve(publisher, null));
            RDFNode dateline = one(a, NG.dateline);
            got.put("dateline", dateline == null ? null : resolve(dateline, null));
            for (String k : META) {
                String want = gold.meta().get(k);
                String have = got.get(k);
                if (want == null && have == null) {
                    continue;
                }
                if (want != null && want.equals(have)) {
                    cm.tp++;
                } else {
                    cm.fp += have != null ? 1 : 0;
                    cm.fn += want != null ? 1 : 0;
                    miss("article " + k + ": " + have + ", expected " + want);
                }
            }
        }
    }
}
