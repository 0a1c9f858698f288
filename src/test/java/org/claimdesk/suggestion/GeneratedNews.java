package org.claimdesk.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.claimdesk.suggestion.tagger.GoldDocument;
import org.claimdesk.suggestion.tagger.GoldDocument.GoldLink;
import org.claimdesk.suggestion.tagger.GoldDocument.GoldSpan;

/**
 * News articles of about 700 words written from templates, each with its gold annotation by the
 * seed reference's guideline: an ATTRIBUTION is the source with its cue and any listener ("told
 * reporters") but not the time ("on Tuesday"); a CLAIM is the content without "that" and without
 * its quotation marks; a DENIAL is who denies with the denying verb, linked to the claim it denies.
 * A fixed seed gives the same corpus every time. About a tenth of the attributions use cues the
 * rules' lexicon lacks ("believes", "fears"), as a real project's guideline would.
 */
public final class GeneratedNews {
    private static final String[] FIRST = {"Ana", "Peter", "Maria", "John", "Olga", "Samuel", "Lena", "David", "Fatima",
            "Ivan", "Grace", "Tomas", "Mei", "Carlos", "Nadia", "Henrik"};
    private static final String[] LAST = {"Lopez", "Novak", "Okafor", "Schmidt", "Ivanova", "Brennan", "Haddad", "Tanaka",
            "Moreau", "Kowalski", "Adeyemi", "Larsen", "Costa", "Petrov", "Walsh", "Nakamura"};
    private static final String[] ROLE = {"the finance minister", "a senior diplomat", "the mayor of Harbourton",
            "a spokeswoman for the ministry", "the head of the port authority", "an economist at Northbank",
            "the union's leader", "a government adviser"};
    private static final String[] GROUP = {"The ministry", "The port authority", "The company", "Police", "The council",
            "Opposition leaders", "The central bank", "Prosecutors"};
    private static final String[] SUBJECT = {"the new tariff", "the harbour expansion", "the budget", "the rail strike",
            "fuel prices", "the election", "the merger", "the housing plan", "water rationing", "the trade talks"};
    private static final String[] PREDICATE = {"will cost more than expected", "was delayed by at least a year",
            "has broad support among voters", "would hurt small businesses", "is unlikely to pass this month",
            "could be approved by the end of the year", "was planned in secret", "will create thousands of jobs",
            "has already failed", "needs another review"};
    private static final String[] DAY = {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
            "last week", "late on Sunday"};
    private static final String[] BACKGROUND = {"The harbour handles about a third of the country's exports.",
            "Talks resumed after a pause of several weeks.", "The vote is scheduled for early next month.",
            "Shares in the company closed two percent lower.", "The plan was first presented in the spring.",
            "Several hundred people gathered outside the building.", "Inflation has slowed for three months in a row.",
            "The region has seen heavy rain since the weekend.", "A final decision is expected before the summer.",
            "The project is funded partly by regional grants."};

    private final Random random;
    private final StringBuilder text = new StringBuilder();
    private final List<GoldSpan> spans = new ArrayList<>();
    private final List<GoldLink> links = new ArrayList<>();

    private GeneratedNews(long seed) {
        random = new Random(seed);
    }

    /** {@code count} articles; the same seed gives the same articles. */
    public static List<GoldDocument> corpus(long seed, int count) {
        List<GoldDocument> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new GeneratedNews(seed * 100_003 + i).article(i + 1));
        }
        return out;
    }

    /** Real news text annotated by hand: the seed article and the harbour story, to measure beside generated text. */
    public static List<GoldDocument> handAnnotated() {
        return ReferenceAnnotations.handAnnotated();
    }

    /** The attribution rules, to measure beside a learned model. */
    public static SuggestionEngine rules() {
        return new AttributionRulesEngine();
    }

    /** The articles as ClaimDesk JSONL, for an import into the gold layer. */
    public static String jsonl(List<GoldDocument> docs) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        StringBuilder b = new StringBuilder();
        for (GoldDocument d : docs) {
            List<Object> spans = new ArrayList<>();
            for (int i = 0; i < d.spans().size(); i++) {
                GoldSpan s = d.spans().get(i);
                spans.add(java.util.Map.of("id", "s" + i, "label", s.label(), "start", s.start(), "end", s.end()));
            }
            List<Object> relations = d.links().stream().<Object>map(l -> java.util.Map.of("type", l.type(),
                    "from", "s" + l.from(), "to", "s" + l.to())).toList();
            b.append(json.writeValueAsString(java.util.Map.of("id", "generated-" + d.id(), "title", "Generated " + d.id(),
                    "text", d.text(), "spans", spans, "relations", relations))).append('\n');
        }
        return b.toString();
    }

    private GoldDocument article(long id) {
        text.append(pick(GROUP)).append(" Faces Questions Over ").append(capitalized(pick(SUBJECT))).append("\n\n");
        while (words() < 700) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                text.append(pick(BACKGROUND));
            } else if (kind < 4) {
                reported();
            } else if (kind < 6) {
                quoted();
            } else if (kind < 7) {
                according();
            } else if (kind < 8) {
                denial();
            } else if (kind < 9) {
                believes();
            } else {
                fronted();
            }
            text.append(random.nextInt(3) == 0 ? "\n\n" : " ");
        }
        return new GoldDocument(id, text.toString().strip(), List.copyOf(spans), List.copyOf(links));
    }

    /** Maria Costa, the finance minister, said on Monday that the budget will cost more than expected. */
    private void reported() {
        int a = span("ATTRIBUTION", source() + " " + pick("said", "told reporters", "told lawmakers", "warned", "argued"));
        text.append(' ').append(pick(DAY)).append(" that ");
        link(span("CLAIM", clause()), a);
        text.append('.');
    }

    /** “The budget will cost more than expected,” Maria Costa told reporters. */
    private void quoted() {
        boolean curly = random.nextBoolean();
        text.append(curly ? '“' : '"');
        int c = span("CLAIM", capitalized(clause()));
        text.append(curly ? ",” " : ",\" ");
        int a = span("ATTRIBUTION", source() + " " + pick("said", "told reporters", "added", "insisted"));
        text.append('.');
        link(c, a);
    }

    /** According to Police, the budget will cost more than expected. */
    private void according() {
        int a = span("ATTRIBUTION", "According to " + pick(GROUP).toLowerCase(java.util.Locale.ROOT));
        text.append(", ");
        link(span("CLAIM", clause()), a);
        text.append('.');
    }

    /** The ministry denied on Friday that the merger was planned in secret. */
    private void denial() {
        int d = span("DENIAL", pick(GROUP) + " " + pick("denied", "rejected claims", "dismissed suggestions"));
        text.append(' ').append(pick(DAY)).append(" that ");
        int c = span("CLAIM", clause());
        text.append('.');
        links.add(new GoldLink("DENIES", d, c));
    }

    /** Peter Novak believes the housing plan has broad support among voters. */
    private void believes() {
        int a = span("ATTRIBUTION", source() + " " + pick("believes", "fears", "suspects"));
        text.append(' ');
        link(span("CLAIM", clause()), a);
        text.append('.');
    }

    /** The harbour expansion was delayed by at least a year, the council said in a statement. */
    private void fronted() {
        int c = span("CLAIM", capitalized(clause()));
        text.append(", ");
        int a = span("ATTRIBUTION", pick(GROUP).toLowerCase(java.util.Locale.ROOT) + " said");
        text.append(' ').append(pick(DAY)).append('.');
        link(c, a);
    }

    private String source() {
        String name = random.nextBoolean() ? pick(FIRST) + " " + pick(LAST) : coined() + " " + coined();
        return random.nextBoolean() ? name + ", " + pick(ROLE) + "," : name;
    }

    /** Contents run from five words to whole clauses joined by "and" or "because". */
    private String clause() {
        String c = pick(SUBJECT) + " " + pick(PREDICATE);
        int more = random.nextInt(4);
        if (more == 1) {
            c += " and " + pick(SUBJECT) + " " + pick(PREDICATE);
        } else if (more == 2) {
            c += " because " + pick(SUBJECT) + " " + pick(PREDICATE);
        }
        return c;
    }

    /** A name no list holds, so that the model must learn from context rather than names. */
    private String coined() {
        String[] syllables = {"ka", "lo", "mir", "ten", "sa", "vo", "ri", "dan", "el", "ust", "na", "bor"};
        String n = pick(syllables) + pick(syllables) + (random.nextBoolean() ? pick(syllables) : "");
        return capitalized(n);
    }

    private int span(String label, String s) {
        int start = text.length();
        text.append(s);
        spans.add(new GoldSpan(label, start, text.length()));
        return spans.size() - 1;
    }

    private void link(int claim, int attribution) {
        links.add(new GoldLink("ATTRIBUTED_TO", claim, attribution));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int words() {
        return text.toString().split("\\s+").length;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
