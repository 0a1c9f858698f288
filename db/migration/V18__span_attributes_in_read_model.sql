-- Attributes that imports set on spans (brat's A and M lines) are exported again: the read model
-- publishes them. A view may only gain columns at its end.
create or replace view annotation_spans as
select s.id, s.document_id, d.project_id, s.annotator_id, u.username as annotator, s.label_id, l.name as label,
       s.start_cp, s.end_cp, s.fragments, s.covered_text, s.note, s.attributes
from span s
left join document d on d.id = s.document_id
left join label l on l.id = s.label_id
left join app_user u on u.id = s.annotator_id;
