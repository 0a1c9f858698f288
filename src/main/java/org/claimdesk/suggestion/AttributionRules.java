package org.claimdesk.suggestion;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.suggestion.Proposals.Kind;
import org.jspecify.annotations.Nullable;
import org.claimdesk.suggestion.TextUnits.Quote;
import org.claimdesk.suggestion.TextUnits.Range;

/**
 * Attribution in English news by rules, with no training: quotations with the clause that
 * reports them ("…," Bossert said; saying on Twitter: "…"), reported speech ("X said that …",
 * "according to X, …", "…, X told reporters"), headlines ("Russia Says …"), quotes that run on
 * without a new attribution, and denials ("continues to deny", "rejected that claim", "It can't").
 */
final class AttributionRules {
    private static final Set<String> CLAUSE_WORDS = Set.of("what", "that", "as", "while", "because", "if", "when",
            "and", "but", "since", "after", "before", "which", "who", "whether");
    private static final int LONG_QUOTE_WORDS = 4;
    private static final Pattern THAT = Pattern.compile("(?i)(?::\\s*that\\b|\\bthat\\b|:)");

    private final String text;
    private final Proposals out = new Proposals();
    private int quoteSource = -1;
    private int quoteSourceParagraph = -10;
    private int paragraph;

    private AttributionRules(String text) {
        this.text = text;
    }

    static Proposals find(String text) {
        AttributionRules rules = new AttributionRules(text);
        for (Range p : TextUnits.paragraphs(text)) {
            rules.paragraph++;
            List<Quote> quotes = TextUnits.quotes(text, p).stream()
                    .filter(q -> TextUnits.words(text, q.inner().start(), q.inner().end()) >= LONG_QUOTE_WORDS).toList();
            for (Range s : TextUnits.sentences(text, p, quotes)) {
                List<Quote> inside = quotes.stream().filter(q -> s.contains(q.open())).toList();
                if (inside.isEmpty()) {
                    rules.plain(s.start(), s.end(), false);
                } else {
                    rules.quoted(s, inside);
                }
            }
        }
        return rules.out;
    }

    /** A sentence with quotations: the clause outside them that has a cue is who said them. */
    private void quoted(Range s, List<Quote> quotes) {
        Quote last = quotes.getLast();
        int after = last.runsOn() ? s.end() : last.inner().end() + 1;
        int source = attribution(after, s.end(), 0.9);
        if (source < 0) {
            source = attribution(s.start(), quotes.getFirst().open(), 0.85);
        }
        if (source < 0 && quoteSource >= 0 && paragraph - quoteSourceParagraph <= 2) {
            source = quoteSource; // the quote runs on from the one before
        }
        for (Quote q : quotes) {
            content(q.inner(), source, source == quoteSource ? 0.6 : 0.9);
        }
        if (source >= 0) {
            quoteSource = source;
            quoteSourceParagraph = paragraph;
        }
    }

    /** An ATTRIBUTION for the clause in [start, end) if it holds a reporting cue, else -1. */
    private int attribution(int start, int end, double score) {
        Range clause = TextUnits.clause(text, start, end);
        if (clause.end() <= clause.start()) {
            return -1;
        }
        Matcher cue = CueLexicon.reporting(text).region(clause.start(), clause.end());
        if (!cue.find()) {
            return -1;
        }
        // the cue nearest the quotation reports it ("alleged hacking …, saying on Twitter:")
        int cueStart = cue.start();
        int cueEnd = cue.end();
        while (cue.find()) {
            cueStart = cue.start();
            cueEnd = cue.end();
        }
        if (TextUnits.words(text, clause.start(), clause.end()) > 20) {
            // "But after leaders criticized the plan, Trump appeared to back away, saying:" starts at the speaker
            int comma = firstCommaBefore(clause.start(), cueStart);
            if (comma < 0) {
                return -1;
            }
            clause = TextUnits.clause(text, comma + 1, clause.end());
        }
        return out.attribution(clause, new Range(cueStart, cueEnd), score);
    }

    /** A quotation's content: a claim, or a denial where it only denies ("It can't."). */
    private void content(Range inner, int source, double score) {
        Range content = TextUnits.clause(text, inner.start(), inner.end());
        List<Range> sentences = TextUnits.sentences(text, content, List.of());
        Range lastSentence = sentences.isEmpty() ? content : sentences.getLast();
        int claim = -1;
        if (isShortDenial(lastSentence)) {
            Range rest = TextUnits.trim(text, content.start(), lastSentence.start());
            if (rest.end() > rest.start()) {
                claim = out.add(Kind.CLAIM, rest, score);
            }
            int denial = out.add(Kind.DENIAL, TextUnits.clause(text, lastSentence.start(), lastSentence.end()), 0.75);
            int denied = claim >= 0 ? claim : out.lastClaim();
            if (denied >= 0) {
                out.link(denial, denied, Proposals.DENIES);
            }
        } else {
            claim = out.add(Kind.CLAIM, content, score);
        }
        if (claim >= 0 && source >= 0) {
            out.link(claim, source, Proposals.ATTRIBUTED_TO);
        }
    }

    private boolean isShortDenial(Range r) {
        return TextUnits.words(text, r.start(), r.end()) <= 6 && CueLexicon.DENIAL_SENTENCE.matcher(r.of(text)).find();
    }

    /** A sentence, or a clause inside one ({@code nested}), without long quotations. */
    private void plain(int start, int end, boolean nested) {
        Range s = new Range(start, end);
        if (!nested && isShortDenial(s)) {
            int denial = out.add(Kind.DENIAL, TextUnits.clause(text, start, end), 0.75);
            if (out.lastClaim() >= 0) {
                out.link(denial, out.lastClaim(), Proposals.DENIES);
            }
            return;
        }
        if (CueLexicon.CREDIT.matcher(s.of(text)).lookingAt()) {
            return; // "With reporting by Reuters": who wrote the story, not who said something
        }
        Matcher cue = CueLexicon.reporting(text).region(start, end);
        boolean reports = cue.find();
        Matcher deny = CueLexicon.DENYING.matcher(text).region(start, end);
        while (deny.find()) {
            boolean negated = CueLexicon.NEGATED.matcher(text.substring(Math.max(start, deny.start() - 12), deny.start())).find();
            if (!negated && (!reports || deny.start() < cue.start())) {
                denial(start, end, deny, nested);
                return;
            }
        }
        if (reports) {
            reported(start, end, cue, nested);
        }
    }

    private void denial(int start, int end, Matcher deny, boolean nested) {
        int from = nested ? subjectStart(start, deny.start()) : start;
        int denial = out.add(Kind.DENIAL, TextUnits.clause(text, from, deny.end()), 0.75);
        int before = out.lastClaimBefore(denial);
        Range that = thatAfter(deny.end(), end);
        // "deny what agencies concluded: that …": the claim is the agencies', reported inside
        if (that != null && !CueLexicon.reporting(text).region(deny.end(), that.start()).find()) {
            int claim = out.add(Kind.CLAIM, TextUnits.clause(text, that.end(), end), 0.75);
            out.link(denial, claim, Proposals.DENIES);
            return;
        }
        int claims = out.size();
        plain(deny.end(), end, true);
        int nestedClaim = out.firstClaimFrom(claims);
        int denied = nestedClaim >= 0 ? nestedClaim : before;
        if (denied >= 0) {
            out.link(denial, denied, Proposals.DENIES);
        }
    }

    private void reported(int start, int end, Matcher cue, boolean nested) {
        String word = cue.group().toLowerCase(Locale.ROOT);
        int subject = nested ? subjectStart(start, cue.start()) : start;
        if (word.equals("according to")) {
            int comma = text.indexOf(',', cue.end());
            if (cue.start() - start <= 1 && comma > 0 && comma < end) {
                int source = out.attribution(TextUnits.clause(text, cue.start(), comma), range(cue), 0.8);
                link(out.add(Kind.CLAIM, TextUnits.clause(text, comma + 1, end), 0.8), source);
            } else if (cue.start() > start) {
                link(out.add(Kind.CLAIM, TextUnits.clause(text, start, cue.start()), 0.7),
                        out.attribution(TextUnits.clause(text, cue.start(), end), range(cue), 0.7));
            }
            return;
        }
        Range that = thatAfter(cue.end(), end);
        if (that != null) {
            int source = out.attribution(TextUnits.clause(text, subject, that.start()), range(cue), 0.8);
            int claimEnd = trailingAttribution(that.end(), end);
            int claim = out.add(Kind.CLAIM, TextUnits.clause(text, that.end(), claimEnd), 0.8);
            link(claim, source);
            if (claimEnd < end) {
                Matcher second = CueLexicon.reporting(text).region(claimEnd, end);
                if (second.find()) {
                    link(claim, out.attribution(TextUnits.clause(text, claimEnd, end), range(second), 0.7));
                }
            }
            plain(that.end(), claimEnd, true);
            return;
        }
        if (nested) {
            return;
        }
        if (TextUnits.words(text, start, cue.start()) <= 2 && Character.isUpperCase(text.charAt(start))) {
            int source = out.attribution(TextUnits.clause(text, start, cue.end()), range(cue), 0.6);
            link(out.add(Kind.CLAIM, TextUnits.clause(text, cue.end(), end), 0.6), source);
            return;
        }
        if (TextUnits.words(text, cue.end(), end) >= 7 && !word.startsWith("tel") && !word.startsWith("tol")) {
            // "Okafor, who has campaigned against it, said the repairs had cost …": speech without "that"
            int source = out.attribution(TextUnits.clause(text, start, cue.end()), range(cue), 0.65);
            int claim = out.add(Kind.CLAIM, TextUnits.clause(text, cue.end(), end), 0.65);
            link(claim, source);
            return;
        }
        int comma = firstCommaBefore(start, cue.start());
        if (comma > start && TextUnits.words(text, start, comma) >= 4) {
            int claim = out.add(Kind.CLAIM, TextUnits.clause(text, start, comma), 0.7);
            link(claim, out.attribution(TextUnits.clause(text, comma + 1, end), range(cue), 0.7));
        }
    }

    /** The earliest comma before the cue with at most 12 words between them: where the source starts. */
    private int firstCommaBefore(int start, int cue) {
        for (int i = start; i < cue; i++) {
            if (text.charAt(i) == ',' && TextUnits.words(text, i + 1, cue) <= 12) {
                return i;
            }
        }
        return -1;
    }

    /** Where a trailing ", a local association said in a statement" begins inside a claim, else its end. */
    private int trailingAttribution(int start, int end) {
        int comma = text.lastIndexOf(',', end - 1);
        if (comma > start && TextUnits.words(text, comma + 1, end) <= 10
                && CueLexicon.reporting(text).region(comma + 1, end).find()) {
            return comma;
        }
        return end;
    }

    /**
     * The marker between a cue and what it reports: "that", ": that" or ":" within 8 words of the
     * cue and before any comma, as [marker start, claim start); null when there is none or the
     * claim would be under three words ("rejected that claim").
     */
    private @Nullable Range thatAfter(int from, int end) {
        Matcher m = THAT.matcher(text).region(from, end);
        if (m.find() && TextUnits.words(text, from, m.start()) <= 8 && text.substring(from, m.start()).indexOf(',') < 0) {
            Range rest = TextUnits.trim(text, m.end(), end);
            return TextUnits.words(text, rest.start(), rest.end()) >= 3 ? new Range(m.start(), rest.start()) : null;
        }
        return null;
    }

    /** Inside a clause, the subject starts after the nearest clause word or punctuation, 8 words back at most. */
    private int subjectStart(int start, int cue) {
        int i = cue;
        for (int words = 0; words < 8 && i > start; words++) {
            int w = i;
            while (w > start && Character.isWhitespace(text.charAt(w - 1))) {
                w--;
            }
            if (w > start && ",;:".indexOf(text.charAt(w - 1)) >= 0) {
                return i;
            }
            int b = w;
            while (b > start && !Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (CLAUSE_WORDS.contains(text.substring(b, w).toLowerCase(Locale.ROOT))) {
                return i;
            }
            i = b;
        }
        return i;
    }

    private void link(int claim, int source) {
        if (claim >= 0 && source >= 0) {
            out.link(claim, source, Proposals.ATTRIBUTED_TO);
        }
    }

    private static Range range(Matcher m) {
        return new Range(m.start(), m.end());
    }
}
