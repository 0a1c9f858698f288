package org.claimdesk.dataset.format;

import org.claimdesk.dataset.TokenTagger;
import org.springframework.stereotype.Component;

/** The CoNLL columns with BIOES tags (Begin, Inside, Outside, End, Single). */
@Component
public class BioesFormat extends ConllFormat {
    public BioesFormat() {
        super("bioes", "CoNLL 2003 (BIOES)", TokenTagger.Scheme.BIOES);
    }
}
