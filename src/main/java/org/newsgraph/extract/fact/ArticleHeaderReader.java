package org.newsgraph.extract.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleMeta;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.LexiconLib;
import org.newsgraph.extract.PlaceKind;
import org.newsgraph.extract.fact.NewsDates.Found;
import org.newsgraph.extract.fact.NewsDates.Precision;
import org.newsgraph.extract.name.NameMention.Evidence;
import org.newsgraph.link.ArticleEntities;
import org.newsgraph.link.ArticleEntities.Placed;
import org.newsgraph.link.EntityResolver;
import org.newsgraph.text.Document;
import org.newsgraph.text.Language;
import org.newsgraph.text.Morphology;
import org.newsgraph.text.Span;

/**
 * Reads what an article says of itself in its first lines: the publication date, as precise as
 * written; the dateline, the place the story was filed from ({@code TOKYO, Jan 19 (Reuters) -},
 * {@code Paris, 11 juin 2024 (AFP) -}, {@code SEATTLE —}); and the publisher, the agency in the
 * dateline or a byline line that is only an organization's name. A dateline place or agency that
 * the name finder missed or mistyped is added to the entities, typed by its place in the header.
 *
 * <pre>{@code ArticleHeaderReader.Header h = new ArticleHeaderReader().read(doc, entities);}</pre>
 */
public final class ArticleHeaderReader {

    /** The article's metadata and its entities, with any the header alone revealed. */
    public record Header(ArticleMeta meta, ArticleEntities entities) {
    }

    private final org.newsgraph.link.Gazetteer gazetteer;

    public ArticleHeaderReader() {
        this(org.newsgraph.link.Gazetteer.bundled());
    }

    /** A reader that knows the news organizations of {@code gazetteer}, which may sign a story off by name alone. */
    public ArticleHeaderReader(org.newsgraph.link.Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final int HEADER_LINES = 8;
    private static final java.util.Set<String> RELEASE_LINES = LexiconLib.rows("/lexicon/press-release.tsv").stream()
            .map(r -> LexiconLib.fold(r[1].strip())).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Lines longer than this are body text, whose dates are events rather than the publication date. */
    private static final int SHORT_LINE_WORDS = 15;
    private static final int DATE_LINE_WORDS = 5;
    /** "CITY, extra (AGENCY) -": a short place, an optional comma part, an optional agency, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}'’.\\- ]{0,40}?)(?:\\s*\\([^()\\n]{2,40}\\)(?=\\s*,))?\\s*(?:,\\s*([^()\\n—–]{1,40}?))?\\s*(?:\\(([^()\\n]{2,40})\\))?\\s*(?:--|[-—–])\\s");
    /**
     * A press release sent out by a wire: "PARIS--(BUSINESS WIRE)--Acme", "NEW YORK, March 3, 2025
     * /PRNewswire/ -- Acme". The place is the dateline; the wire only distributes the text, so it
     * is no publisher ([M-release]).
     */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}'’.\\- ]{0,40}?)\\s*(?:,\\s*([^()\\n—–/]{1,40}?))?\\s*(?:--\\s*\\([^()\\n]{2,40}\\)\\s*--|/[^/\\n]{2,30}/\\s*(?:--|[-—–]))");
    /** "KYODO NEWS - Feb 17, 2026 - 18:40 | Business, All": a publication's name, a dash, then the date. */
    private static final Pattern MASTHEAD_STAMP = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{M}'’.& ]{2,40}?)\\s+(?:--|[-—–])\\s+(.{4,40}?)(?:\\s+(?:--|[-—–|])|$)");
    /** "ANKARA", "Muscat: Oman on Tuesday...": a place alone on its line, or before a colon that opens the lead. */
    private static final Pattern LONE_PLACE = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}'’.\\- ]{1,30}?)(?:\\s*$|:\\s+\\p{Lu})");
    /** "15/12/2021 – Le groupe Acme…": a lead that opens with the date, then a dash. */
    private static final Pattern LEAD_DATE = Pattern.compile("^([^\\n—–]{4,30}?)\\s+(?:--|[-—–])\\s");
    /** "… a annoncé Acme. (AFP)": the agency credited in parentheses at the end of a paragraph. */
    private static final Pattern CREDIT = Pattern.compile("[.!?»\"”]\\s*\\(([^()\\n]{2,40})\\)\\s*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()\\n]{2,40})\\)");
    /** "Salta, Argentina, April 22, 2025", "Genève, le 22 octobre 2025": a line that is only a place and a date. */
    private static final Pattern PLACE_DATE_LINE = Pattern.compile("^(\\p{Lu}[\\p{L}\\p{M}'’.\\- ]{0,40}?)\\s*[,|]\\s*(.{4,60})$");
    /** "(Bloomberg) -- Acme said": the agency in parentheses that opens the lead. */
    private static final Pattern LEAD_AGENCY = Pattern.compile("^\\((\\p{Lu}[^()\\n]{1,30})\\)\\s*(?:--|[-—–])\\s");
    /** "This report by The Canadian Press was first published March 6, 2025.", "Cet article de X a été publié le …". */
    private static final Pattern SIGN_OFF = Pattern.compile("^(?:This (?:report|article|story) (?:by|from)|Cet article (?:de|du|de la))"
            + " (\\p{Lu}[^\\n]{1,60}?) (?:was (?:first )?published|a été publié (?:pour la première fois )?(?:le)?)\\s*(.{0,40}?)\\.?$");
    /** "— Nikkei Asia": a signature line that closes the text. */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:--|[-—–])\\s*(\\p{Lu}[^\\n]{1,40})$");
    private static final int SIGNATURE_WORDS = 5;
    /** A leading article of a publication's name, which the name finder may leave out: "Le Monde". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:le|la|les|l'|l’|the)\\s*$");
    /** "L'ÉCHO AUSTRAL — Économie", "REGIONAL AVIATION WEEKLY | Commercial": a publication's name and its section. */
    private static final Pattern MASTHEAD = Pattern.compile(
            "^(\\p{Lu}[^|—–\\n]{1,50}?)\\s+[|—–]\\s+(\\p{Lu}[\\p{L}\\p{M}'’ &-]{1,30})(?:\\s+[|—–]\\s+([^|—–\\n]{1,40}))?$");
    /** "Économie | Édition du mardi 13 mai 2025": a section and a date under a masthead. */
    private static final Pattern SECTION_DATE_LINE = Pattern.compile("^[^|\\n]{1,30}\\|[^|\\n]*\\d{4}");
    private static final int MASTHEAD_WORDS = 5;
    /** "Publié le 4 février 2025 à 18h12", "Published March 3, 2025": the line under a masthead. */
    private static final Pattern PUBLISHED_LINE = Pattern.compile("^(?i)(publié|publiée|mis à jour|published|updated|posted)\\b");
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("de", "du", "des", "la", "le", "les", "l'", "d'", "of", "the", "&");
    /** A machine-written stamp that opens the text: " date 2024-04 (Washington) ...". */
    private static final Pattern DATE_STAMP = Pattern.compile(
            "^\\s*(?i:date)\\s*:?\\s*(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\s*(?:\\(([^()\\n]{2,40})\\))?");

    public Header read(Document doc, ArticleEntities entities) {
        String text = doc.text();
        List<Span> lines = headerLines(text);
        ArticleEntities es = entities;
        Optional<String> dateline = Optional.empty();
        Optional<String> publisher = Optional.empty();
        Optional<Span> masthead = masthead(text, lines);
        if (masthead.isPresent()) {
            Added org = ensure(es, text, masthead.get(), EntityType.ORGANIZATION);
            es = org.entities();
            publisher = Optional.of(org.id());
            Optional<Span> dated = mastheadDate(text, lines.get(0));
            List<Span> rest = new ArrayList<>(lines.subList(1, lines.size()));
            // "HARBOUR & FREIGHT | Feature | May 2025": the masthead's date dates the article
            dated.ifPresent(d -> rest.add(0, d));
            lines = rest;
        }
        Found datelineDate = null;
        List<Found> dates = new ArrayList<>();

        Matcher stamp = DATE_STAMP.matcher(text);
        Optional<String> stamped = Optional.empty();
        if (stamp.find()) {
            stamped = NewsDates.in(stamp.group(1), doc.language(), false).stream().findFirst().map(Found::value);
            if (stamp.group(2) != null) {
                Span place = trimmed(text, stamp.start(2), stamp.end(2));
                Added added = ensure(es, text, place, EntityType.PLACE);
                es = added.entities();
                dateline = Optional.of(added.id());
            }
        }
        boolean release = false;
        for (Span line : lines) {
            String s = doc.text(line);
            release |= isReleaseLine(s);
            Matcher wire = WIRE_DATELINE.matcher(s);
            if (dateline.isEmpty() && wire.find()) {
                Span place = trimmed(text, line.start() + wire.start(1), line.start() + wire.end(1));
                Added added = ensure(es, text, place, EntityType.PLACE);
                es = added.entities();
                dateline = Optional.of(added.id());
                release = true;
                List<Found> here = NewsDates.in(s.substring(0, wire.end()), doc.language(), true);
                if (!here.isEmpty()) {
                    datelineDate = here.get(0);
                }
                continue;
            }
            Matcher leadDate = LEAD_DATE.matcher(s);
            if (datelineDate == null && leadDate.find() && words(leadDate.group(1)) <= DATE_LINE_WORDS) {
                List<Found> here = NewsDates.in(leadDate.group(1), doc.language(), false);
                if (!here.isEmpty()) {
                    datelineDate = here.get(0);
                }
            }
            if (publisher.isEmpty()) {
                publisher = credited(es, text, line);
            }
            // "KYODO NEWS - Feb 17, 2026 - 18:40 | Business": a publication and its date, not a place and a lead
            Matcher stampLine = MASTHEAD_STAMP.matcher(s);
            if (stampLine.find() && words(s) <= SHORT_LINE_WORDS
                    && !NewsDates.in(stampLine.group(2), doc.language(), true).isEmpty()
                    && es.at(line.start()).filter(x -> x.type() == EntityType.PLACE).isEmpty()) {
                if (publisher.isEmpty()) {
                    Span agency = trimmed(text, line.start() + stampLine.start(1), line.start() + stampLine.end(1));
                    Added org = ensure(es, text, agency, EntityType.ORGANIZATION);
                    es = org.entities();
                    publisher = Optional.of(org.id());
                }
                if (datelineDate == null) {
                    datelineDate = NewsDates.in(stampLine.group(2), doc.language(), true).get(0);
                }
                continue;
            }
            // "ANKARA" alone on its line, "Muscat: Oman on Tuesday gave...": a known place as the dateline
            Matcher lone = LONE_PLACE.matcher(s);
            // (the first line is the masthead's or the headline's: "GULF NEWS" is no place)
            if (dateline.isEmpty() && line.start() > 0 && lone.find()) {
                int at = line.start() + lone.start(1);
                int to = line.start() + lone.end(1);
                Optional<Placed> place = es.at(at).filter(x -> x.type() == EntityType.PLACE && x.span().start() == at && x.span().end() == to);
                if (place.isPresent()) {
                    dateline = Optional.of(place.get().entityId());
                    continue;
                }
            }
            Matcher m = DATELINE.matcher(s);
            if (dateline.isEmpty() && m.find() && isDateline(m, es, line.start(), doc.language())) {
                Span place = trimmed(text, line.start() + m.start(1), line.start() + m.end(1));
                Added added = ensure(es, text, place, EntityType.PLACE);
                es = added.entities();
                dateline = Optional.of(added.id());
                if (m.group(3) != null && publisher.isEmpty()) {
                    Span agency = trimmed(text, line.start() + m.start(3), line.start() + m.end(3));
                    Added org = ensure(es, text, agency, EntityType.ORGANIZATION);
                    es = org.entities();
                    publisher = Optional.of(org.id());
                }
                String prefix = s.substring(0, m.end());
                List<Found> here = NewsDates.in(prefix, doc.language(), true);
                if (!here.isEmpty()) {
                    datelineDate = here.get(0);
                }
                continue;
            }
            if (words(s) <= SHORT_LINE_WORDS) {
                // a month alone dates the article only on a line that is little else ("date 2024-04"),
                // not in a headline such as "to open a plant by March 2027"
                boolean dateLine = words(s) <= DATE_LINE_WORDS;
                NewsDates.in(s, doc.language(), false).stream()
                        .filter(d -> dateLine || d.precision() == Precision.DAY).forEach(dates::add);
            }
            if (publisher.isEmpty()) {
                publisher = onlyOrganization(es, line, text);
            }
            Matcher placeDate = PLACE_DATE_LINE.matcher(s);
            if (dateline.isEmpty() && placeDate.find() && isPlaceDateLine(placeDate, es, line.start(), doc.language())) {
                Span place = trimmed(text, line.start() + placeDate.start(1), line.start() + placeDate.end(1));
                Added added = ensure(es, text, place, EntityType.PLACE);
                es = added.entities();
                dateline = Optional.of(added.id());
            }
            Matcher lead = LEAD_AGENCY.matcher(s);
            if (publisher.isEmpty() && lead.find()) {
                Span agency = trimmed(text, line.start() + lead.start(1), line.start() + lead.end(1));
                Added org = ensure(es, text, agency, EntityType.ORGANIZATION);
                es = org.entities();
                publisher = Optional.of(org.id());
            }
            if (words(s) <= SHORT_LINE_WORDS) {
                boolean dated = !NewsDates.in(s, doc.language(), false).isEmpty();
                Matcher p = PARENTHESES.matcher(s);
                while (p.find()) {
                    Span inside = trimmed(text, line.start() + p.start(1), line.start() + p.end(1));
                    Optional<Placed> in = es.at(inside.start()).filter(x -> inside.contains(x.span()));
                    EntityType type = in.map(Placed::type)
                            .orElse(isAcronym(doc.text(inside)) ? EntityType.ORGANIZATION : EntityType.PLACE);
                    if (in.isEmpty() && !dated) {
                        continue;
                    }
                    if (type == EntityType.PLACE && dateline.isEmpty()) {
                        Added added = ensure(es, text, inside, type);
                        es = added.entities();
                        dateline = Optional.of(added.id());
                    } else if (type == EntityType.ORGANIZATION && publisher.isEmpty()) {
                        Added added = ensure(es, text, inside, type);
                        es = added.entities();
                        publisher = Optional.of(added.id());
                    }
                }
            }
        }
        Optional<Span> last = lastLine(text);
        if (publisher.isEmpty() && last.isPresent()) {
            Matcher sig = SIGNATURE.matcher(doc.text(last.get()));
            if (sig.find() && words(sig.group(1)) <= SIGNATURE_WORDS && !sig.group(1).strip().endsWith(".")) {
                Span agency = trimmed(text, last.get().start() + sig.start(1), last.get().start() + sig.end(1));
                Added org = ensure(es, text, agency, EntityType.ORGANIZATION);
                es = org.entities();
                publisher = Optional.of(org.id());
            }
        }
        if (publisher.isEmpty() && last.isPresent()) {
            publisher = credited(es, text, last.get());
        }
        // "This report by The Canadian Press was first published March 6, 2025.", "APS": the agency that signs off
        Optional<SignOff> signOff = last.flatMap(l -> signOff(text, l));
        if (publisher.isEmpty() && signOff.isPresent()) {
            Added org = ensure(es, text, signOff.get().agency(), EntityType.ORGANIZATION);
            es = org.entities();
            publisher = Optional.of(org.id());
            if (datelineDate == null && dates.isEmpty() && stamped.isEmpty()) {
                stamped = NewsDates.in(signOff.get().date(), doc.language(), true).stream().findFirst().map(Found::value);
            }
        }
        if (release) {
            publisher = Optional.empty();
        }
        Optional<String> published = stamped.isPresent() ? stamped : published(datelineDate, dates);
        // a name read as both the dateline and the agency ("MILLION —" ... "MILLION", "NAIROBI, ... NAIROBI —") keeps one
        // type: the metadata names only the entities that remain with the type its role needs
        ArticleEntities kept = es;
        return new Header(new ArticleMeta(published,
                publisher.filter(id -> kept.entity(id).filter(e -> e.type() == EntityType.ORGANIZATION).isPresent()),
                dateline.filter(id -> kept.entity(id).filter(e -> e.type() == EntityType.PLACE).isPresent())), es);
    }

    /**
     * Where the article's prose starts: past the dateline ("Paris, 11 juin 2024 (AFP) -") and the
     * header lines before it, or past a leading date stamp; 0 when the text has neither.
     */
    static int bodyStart(Document doc, ArticleEntities entities) {
        String text = doc.text();
        Matcher stamp = DATE_STAMP.matcher(text);
        int start = stamp.find() ? stamp.end() : 0;
        for (Span line : headerLines(text)) {
            Matcher wire = WIRE_DATELINE.matcher(doc.text(line));
            if (wire.find()) {
                return Math.max(start, line.start() + wire.end());
            }
            Matcher m = DATELINE.matcher(doc.text(line));
            if (m.find() && isDateline(m, entities, line.start(), doc.language())) {
                return Math.max(start, line.start() + m.end());
            }
        }
        return start;
    }

    /**
     * The dateline's own date first; a dateline day without a year takes the year of another
     * header date; then the first full date; then the dateline's month; then the first month.
     */
    private static Optional<String> published(Found datelineDate, List<Found> dates) {
        if (datelineDate != null && datelineDate.precision() == Precision.DAY) {
            return Optional.of(datelineDate.value());
        }
        if (datelineDate != null) {
            Optional<Integer> year = dates.stream().map(Found::year).findFirst();
            Optional<String> dated = year.flatMap(datelineDate::inYear).map(Found::value);
            if (dated.isPresent()) {
                return dated;
            }
        }
        Optional<Found> datelineMonth = Optional.ofNullable(datelineDate).filter(d -> d.precision() == Precision.MONTH);
        return dates.stream().filter(d -> d.precision() == Precision.DAY).findFirst()
                .or(() -> datelineMonth)
                .or(() -> dates.stream().filter(d -> d.precision() == Precision.MONTH).findFirst())
                .map(Found::value);
    }

    /** "… a annoncé Acme. (AFP)": an organization credited in parentheses at the end of a line. */
    private static Optional<String> credited(ArticleEntities es, String text, Span line) {
        Matcher c = CREDIT.matcher(text.substring(line.start(), line.end()));
        if (!c.find()) {
            return Optional.empty();
        }
        Span inside = trimmed(text, line.start() + c.start(1), line.start() + c.end(1));
        return es.at(inside.start()).filter(x -> inside.contains(x.span()) && x.type() == EntityType.ORGANIZATION)
                .map(Placed::entityId);
    }

    private static boolean isReleaseLine(String line) {
        String folded = LexiconLib.fold(line.strip()).replaceAll("[\\p{Punct}\\s]+$", "");
        return RELEASE_LINES.contains(folded);
    }

    /** A short place before a dash, in capitals, or with an agency or a date, or already known as a place. */
    private static boolean isDateline(Matcher m, ArticleEntities es, int lineStart, Language language) {
        String place = m.group(1).strip();
        if (place.split("\\s+").length > 4) {
            return false;
        }
        boolean caps = place.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && place.chars().filter(Character::isLetter).count() >= 2;
        boolean dated = m.group(2) != null && !NewsDates.in(m.group(2), language, true).isEmpty();
        boolean knownPlace = es.at(lineStart + m.start(1)).filter(p -> p.type() == EntityType.PLACE).isPresent();
        return caps || m.group(3) != null || dated || knownPlace;
    }

    private static Optional<String> onlyOrganization(ArticleEntities es, Span line, String text) {
        return es.placed().stream()
                .filter(p -> p.type() == EntityType.ORGANIZATION && line.contains(p.span()) && p.span().end() == line.end()
                        && (p.span().start() == line.start() || LEADING_ARTICLE.matcher(text.substring(line.start(), p.span().start())).matches()))
                .map(Placed::entityId).findFirst();
    }

    /** A known place, then only places and a full date: "London, 28 January 2025", "Salta, Argentina, April 22, 2025". */
    private static boolean isPlaceDateLine(Matcher m, ArticleEntities es, int lineStart, Language language) {
        boolean knownPlace = es.at(lineStart + m.start(1)).filter(p -> p.type() == EntityType.PLACE).isPresent();
        String rest = m.group(2);
        boolean dated = NewsDates.in(rest, language, false).stream().anyMatch(d -> d.precision() == Precision.DAY);
        return knownPlace && dated && words(m.group(0)) <= 8;
    }

    /** The agency a closing line credits, and the date it gives, if any ("" when none). */
    private record SignOff(Span agency, String date) {
    }

    /**
     * The agency a closing line credits: "This report by X was first published DATE.", "Cet article de X a
     * été publié le DATE.", or a line that is only a news organization's name or initials the gazetteer
     * knows ("APS", "PTI").
     */
    private Optional<SignOff> signOff(String text, Span line) {
        String s = text.substring(line.start(), line.end());
        Matcher m = SIGN_OFF.matcher(s);
        if (m.matches()) {
            return Optional.of(new SignOff(trimmed(text, line.start() + m.start(1), line.start() + m.end(1)), m.group(2)));
        }
        String name = s.replaceAll("^[(\\[]|[)\\].]$", "").strip();
        boolean known = words(name) <= SIGNATURE_WORDS && gazetteer.lookup(name).stream()
                .anyMatch(g -> g.type() == EntityType.ORGANIZATION);
        if (!known) {
            return Optional.empty();
        }
        int at = s.indexOf(name);
        return Optional.of(new SignOff(new Span(line.start() + at, line.start() + at + name.length()), ""));
    }

    /** The last non-blank line of the text. */
    private static Optional<Span> lastLine(String text) {
        int end = text.length();
        while (end > 0) {
            int nl = text.lastIndexOf('\n', end - 1);
            Span s = trimmed(text, nl + 1, end);
            if (s.length() > 0) {
                return Optional.of(s);
            }
            end = Math.max(0, nl);
            if (nl < 0) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The publication's name on the first line: "L'ÉCHO AUSTRAL — Économie", "REGIONAL AVIATION WEEKLY | Commercial"
     * (a name and its section), or "Le Courrier du Morbihan" alone above "Publié le 4 février 2025".
     */
    private static Optional<Span> masthead(String text, List<Span> lines) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        Span first = lines.get(0);
        String s = text.substring(first.start(), first.end());
        Matcher m = MASTHEAD.matcher(s);
        // "Business | Semiconductors": a section's common word is no publication's name
        boolean section = m.matches() && words(m.group(1)) == 1 && (Morphology.of(Language.EN).isCommonWord(m.group(1).strip())
                || Morphology.of(Language.FR).isCommonWord(m.group(1).strip()));
        if (m.matches() && !section && words(m.group(1)) <= MASTHEAD_WORDS && words(m.group(2)) <= 3) {
            return Optional.of(trimmed(text, first.start() + m.start(1), first.start() + m.end(1)));
        }
        String next = text.substring(lines.get(1).start(), lines.get(1).end());
        boolean named = words(s) <= MASTHEAD_WORDS - 1 && !s.matches(".*[.!?:;,]$")
                && java.util.Arrays.stream(s.split("\\s+")).allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || NAME_LINKS.contains(w));
        return named && (PUBLISHED_LINE.matcher(next).find() || SECTION_DATE_LINE.matcher(next).find()) ? Optional.of(first) : Optional.empty();
    }

    /** The date segment closing a masthead's line: "May 2025" in "HARBOUR & FREIGHT | Feature | May 2025". */
    private static Optional<Span> mastheadDate(String text, Span line) {
        Matcher m = MASTHEAD.matcher(text.substring(line.start(), line.end()));
        if (!m.matches() || m.group(3) == null || !m.group(3).matches(".*\\d{4}.*")) {
            return Optional.empty();
        }
        return Optional.of(trimmed(text, line.start() + m.start(3), line.start() + m.end(3)));
    }

    /** The first non-blank lines, each trimmed. */
    private static List<Span> headerLines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length() && out.size() < HEADER_LINES) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            Span s = trimmed(text, start, end);
            if (s.length() > 0) {
                out.add(s);
            }
            start = end + 1;
        }
        return out;
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && QuotationMarkFinder.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && QuotationMarkFinder.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }

    private record Added(ArticleEntities entities, String id) {
    }

    /**
     * The entity of this type named at a header span: the one already there, the one there
     * retyped (the header says what it is), or a new one.
     */
    private static Added ensure(ArticleEntities es, String text, Span at, EntityType type) {
        Optional<Placed> there = es.at(at.start()).filter(p -> at.contains(p.span()) || p.span().contains(at));
        if (there.isPresent() && there.get().type() == type) {
            Entity old = es.entity(there.get().entityId()).orElseThrow();
            // "Le Courrier du Val" over the name found inside it, "Courrier du Val": the masthead's whole name is the label
            boolean inside = type == EntityType.ORGANIZATION && !there.get().span().equals(at) && at.contains(there.get().span())
                    && old.wikidata().isEmpty() && !old.label().equals(text.substring(at.start(), at.end()));
            return inside ? relabelled(es, old, text.substring(at.start(), at.end())) : new Added(es, there.get().entityId());
        }
        String surface = text.substring(at.start(), at.end());
        if (there.isPresent()) {
            return retyped(es, es.entity(there.get().entityId()).orElseThrow(), type);
        }
        String label = type == EntityType.PLACE ? titleCase(surface) : surface;
        String id = id(type, label);
        if (es.entity(id).isPresent()) {
            Entity old = es.entity(id).get();
            // "Le Courrier du Val" over "Courrier du Val" found in the text: the masthead's whole name is the label
            boolean shorter = type == EntityType.ORGANIZATION && old.wikidata().isEmpty() && !old.label().equals(label)
                    && label.endsWith(old.label());
            return shorter ? relabelled(es, old, label) : new Added(es, id);
        }
        List<String> alt = label.equals(surface) ? List.of() : List.of(surface);
        Entity added = new Entity(id, type, kindOf(type), label, alt, List.of(at), Optional.empty());
        return new Added(es.with(added, Evidence.CUE), id);
    }

    /** The entity under a longer label, its old one kept as an alternative. */
    private static Added relabelled(ArticleEntities es, Entity old, String label) {
        List<String> alt = new ArrayList<>(old.altLabels());
        alt.add(0, old.label());
        Entity now = new Entity(old.id(), old.type(), old.kind(), label, alt, old.mentions(), old.wikidata());
        List<Entity> entities = es.entities().stream().map(e -> e.id().equals(old.id()) ? now : e).toList();
        return new Added(new ArticleEntities(entities, es.placed(), es.evidence()), old.id());
    }

    private static Added retyped(ArticleEntities es, Entity old, EntityType type) {
        String label = type == EntityType.PLACE ? titleCase(old.label()) : old.label();
        String id = old.id().startsWith("wd:") ? old.id() : id(type, label);
        if (!id.equals(old.id()) && es.entity(id).isPresent()) {
            return new Added(es, id);
        }
        List<String> alt = new ArrayList<>(old.altLabels());
        if (!label.equals(old.label())) {
            alt.add(0, old.label());
        }
        Entity now = new Entity(id, type, kindOf(type), label, alt, old.mentions(), old.wikidata());
        List<Entity> entities = es.entities().stream().map(e -> e.id().equals(old.id()) ? now : e).toList();
        List<Placed> placed = es.placed().stream()
                .map(p -> p.entityId().equals(old.id()) ? new Placed(p.span(), id, type) : p).toList();
        Map<String, Evidence> evidence = new HashMap<>(es.evidence());
        evidence.remove(old.id());
        evidence.put(id, Evidence.CUE);
        return new Added(new ArticleEntities(entities, placed, evidence), id);
    }

    /** Datelines name cities. */
    private static PlaceKind kindOf(EntityType type) {
        return type == EntityType.PLACE ? PlaceKind.CITY : PlaceKind.OTHER;
    }

    private static String id(EntityType type, String label) {
        return type.className().toLowerCase(Locale.ROOT) + ":" + EntityResolver.normalize(label);
    }

    /** "ABU DHABI" → "Abu Dhabi", "SAINT-ÉTIENNE" → "Saint-Étienne"; names in mixed case stay as they are. */
    static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : name.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '’';
        }
        return sb.toString();
    }
}
