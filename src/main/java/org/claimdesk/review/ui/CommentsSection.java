package org.claimdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.claimdesk.annotation.SpanDto;
import org.claimdesk.annotation.SpanSection;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notifications;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.SpanComment;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Comments under any selected span: the thread, and a question for the curator. */
@Service
@Order(3)
class CommentsSection implements SpanSection {
    private final CommentService comments;

    CommentsSection(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public Optional<Component> sectionFor(SpanDto span, boolean readOnly) {
        Div box = new Div();
        Div thread = new Div();
        TextArea text = new TextArea();
        text.setPlaceholder("A question for the curator");
        text.setWidthFull();
        text.setMaxLength(5000);
        Button ask = new Button("Comment", e -> {
            try {
                comments.comment(span.id(), text.getValue());
                text.clear();
                show(thread, span.id());
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        ask.addThemeVariants(ButtonVariant.LUMO_SMALL);
        ask.setEnabled(!readOnly);
        text.setReadOnly(readOnly);
        box.add(new H4("Comments"), thread, text, ask);
        show(thread, span.id());
        return Optional.of(box);
    }

    private void show(Div thread, long spanId) {
        thread.removeAll();
        for (SpanComment c : comments.onSpan(spanId)) {
            Div line = new Div(c.author() + ": " + c.text() + (c.open() ? " (open)" : " (resolved by " + c.resolvedBy() + ")"));
            line.addClassName("cd-comment");
            thread.add(line);
        }
    }
}
