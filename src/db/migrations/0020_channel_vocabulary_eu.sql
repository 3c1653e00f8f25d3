-- The Europass "communication channel type" list (http://data.europa.eu/snb/com-channel/25831c2),
-- which CPSV-AP recommends for Channel.type and SEMIC's own example uses, names its concepts by
-- opaque codes whose labels are not in the files. Its six codes (EU Vocabularies; the same table of
-- codes and names is used by Switzerland's I14Y platform as "EU_Channel_Types") map to channel kinds
-- here, so that files using them need no row added by an editor. A fax has no kind of its own.
INSERT INTO channel_vocabulary (match, kind, note) VALUES
  ('http://data.europa.eu/snb/com-channel/0c84394663', 'post', 'EU com-channel: Post'),
  ('http://data.europa.eu/snb/com-channel/1fc1caefa8', 'email', 'EU com-channel: E-mail'),
  ('http://data.europa.eu/snb/com-channel/5c12931e3f', 'telephone', 'EU com-channel: Mobile phone'),
  ('http://data.europa.eu/snb/com-channel/a1c5444664', 'other', 'EU com-channel: Fax'),
  ('http://data.europa.eu/snb/com-channel/b37115f83e', 'portal', 'EU com-channel: Web'),
  ('http://data.europa.eu/snb/com-channel/c05134f579', 'telephone', 'EU com-channel: Phone')
ON CONFLICT (match) DO NOTHING;
