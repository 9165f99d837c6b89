-- The speaker a statement's title names: "Spokesperson Geng Shuang", "porte-parole", "发言人华春莹".
alter table statement add column speaker_name varchar(200);
alter table statement add column speaker_role varchar(200);
