-- A language is a BCP 47 tag of up to 35 characters (en-GB-oxendict-x-private1 is one): 16 was too few.
alter table statement alter column language set data type varchar(35);
