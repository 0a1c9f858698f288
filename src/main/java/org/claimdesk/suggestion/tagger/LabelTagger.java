package org.claimdesk.suggestion.tagger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * A BIO sequence tagger for one span label: an Apache OpenNLP maxent (or perceptron) classifier
 * over {@link TokenFeatures} and the previous tag, decoded greedily left to right as OpenNLP's
 * name finder does with a beam of one. One tagger per label lets spans of different labels nest
 * (a denial inside a claim), which one BIO sequence cannot.
 */
final class LabelTagger {
    static final String B = "B";
    static final String I = "I";
    static final String O = "O";

    /** A span found in a text, in UTF-16 indexes; score is the mean probability of its tags. */
    record Found(int start, int end, double score) {
    }

    private final MaxentModel model;
    private final int b;
    private final int i;

    private LabelTagger(MaxentModel model) {
        this.model = model;
        this.b = model.getIndex(B);
        this.i = model.getIndex(I);
    }

    /** Trains on the events of one label ({@link LabelEvents}). */
    static LabelTagger train(ObjectStream<Event> events, TaggerSettings settings) {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        try {
            return new LabelTagger(TrainerFactory.getEventTrainer(params, null).train(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Found> tag(TokenizedText text, List<String[]> features) {
        List<Found> out = new ArrayList<>();
        String previous = O;
        int start = -1;
        int end = -1;
        double sum = 0;
        int count = 0;
        for (int k = 0; k < text.size(); k++) {
            double[] p = model.eval(TokenFeatures.withPrevious(features.get(k), previous, text.get(k).word()));
            String tag = model.getBestOutcome(p);
            if (tag.equals(I) && previous.equals(O)) {
                tag = B;
            }
            if (!tag.equals(I) && start >= 0) {
                out.add(new Found(start, end, sum / count));
                start = -1;
            }
            if (tag.equals(B)) {
                start = text.get(k).start();
                sum = 0;
                count = 0;
            }
            if (!tag.equals(O)) {
                end = text.get(k).end();
                sum += tag.equals(B) ? p[b] : p[i];
                count++;
            }
            previous = tag;
        }
        if (start >= 0) {
            out.add(new Found(start, end, sum / count));
        }
        return out;
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new GenericModelWriter((AbstractModel) model, new DataOutputStream(out)).persist();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelTagger read(byte[] bytes) {
        try {
            return new LabelTagger(new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
                    .getModel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
