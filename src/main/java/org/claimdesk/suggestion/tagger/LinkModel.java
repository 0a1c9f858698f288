package org.claimdesk.suggestion.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links between predicted spans, learned from the gold layer's links: for each (from label, to
 * label, type) how often a span of the from label has such a link, on which side its partner
 * usually stands, and how far away it may be. A predicted span whose label links often enough is
 * linked to the nearest predicted partner within that reach. Event roles are links from the
 * trigger, so events are learned the same way.
 */
final class LinkModel {
    static final double MIN_RATE = 0.25;

    record Pattern(String from, String to, String type, int count, int before, int maxGap) {
        double rate(Map<String, Integer> spansOf) {
            return Math.min(1.0, (double) count / Math.max(1, spansOf.getOrDefault(from, 0)));
        }
    }

    /** A predicted span in UTF-16 indexes. */
    record Node(String label, int start, int end, double score) {
    }

    record Edge(String type, int from, int to, double score) {
    }

    private final List<Pattern> patterns;
    private final Map<String, Integer> spansOf;

    private LinkModel(List<Pattern> patterns, Map<String, Integer> spansOf) {
        this.patterns = patterns;
        this.spansOf = spansOf;
    }

    static LinkModel learn(List<GoldDocument> docs) {
        Map<List<String>, int[]> stats = new HashMap<>();
        Map<String, Integer> spansOf = new HashMap<>();
        for (GoldDocument d : docs) {
            d.spans().forEach(s -> spansOf.merge(s.label(), 1, Integer::sum));
            for (GoldDocument.GoldLink l : d.links()) {
                GoldDocument.GoldSpan from = d.spans().get(l.from());
                GoldDocument.GoldSpan to = d.spans().get(l.to());
                int[] s = stats.computeIfAbsent(List.of(from.label(), to.label(), l.type()), k -> new int[3]);
                s[0]++;
                s[1] += to.start() < from.start() ? 1 : 0;
                s[2] = Math.max(s[2], gap(from.start(), from.end(), to.start(), to.end()));
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        stats.forEach((k, s) -> patterns.add(new Pattern(k.get(0), k.get(1), k.get(2), s[0], s[1], s[2])));
        patterns.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return new LinkModel(patterns, spansOf);
    }

    /** Gaps are measured in the units of the offsets given: code points when learning, UTF-16 when predicting, close enough for a reach. */
    private static int gap(int aStart, int aEnd, int bStart, int bEnd) {
        return Math.max(0, Math.max(aStart, bStart) - Math.min(aEnd, bEnd));
    }

    List<Edge> link(List<Node> nodes) {
        List<Edge> out = new ArrayList<>();
        for (Pattern p : patterns) {
            double rate = p.rate(spansOf);
            if (rate < MIN_RATE) {
                continue;
            }
            double before = (double) p.before() / p.count();
            for (int f = 0; f < nodes.size(); f++) {
                Node from = nodes.get(f);
                if (!from.label().equals(p.from())) {
                    continue;
                }
                int best = -1;
                int bestGap = Integer.MAX_VALUE;
                for (int t = 0; t < nodes.size(); t++) {
                    Node to = nodes.get(t);
                    boolean side = to.start() < from.start() ? before >= 0.2 : before <= 0.8;
                    int g = gap(from.start(), from.end(), to.start(), to.end());
                    if (t != f && to.label().equals(p.to()) && side && g <= p.maxGap() && g < bestGap) {
                        best = t;
                        bestGap = g;
                    }
                }
                if (best >= 0) {
                    out.add(new Edge(p.type(), f, best, rate * Math.min(from.score(), nodes.get(best).score())));
                }
            }
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(spansOf.size());
        for (var e : spansOf.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeInt(patterns.size());
        for (Pattern p : patterns) {
            out.writeUTF(p.from());
            out.writeUTF(p.to());
            out.writeUTF(p.type());
            out.writeInt(p.count());
            out.writeInt(p.before());
            out.writeInt(p.maxGap());
        }
    }

    static LinkModel read(DataInputStream in) throws IOException {
        Map<String, Integer> spansOf = new HashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            spansOf.put(in.readUTF(), in.readInt());
        }
        List<Pattern> patterns = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            patterns.add(new Pattern(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readInt(), in.readInt()));
        }
        return new LinkModel(patterns, spansOf);
    }
}
