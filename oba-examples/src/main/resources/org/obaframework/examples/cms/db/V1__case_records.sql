-- The records of a children's services case-management system: people, families and their
-- members, clients (the children and families a service works with), referrals, episodes,
-- service outputs, assessments and their indicator scores. Ids are pseudonymous; characteristics
-- keep only what breakdowns need. Every id column is COLLATE "C" (binary order), so that rows
-- ordered by client come in the order oba's JDBC reader expects, and every table that belongs to
-- a client carries its client_id, tied by composite foreign keys, so that a client's rows are
-- read in order from an index, one client at a time.

CREATE TABLE person (
  person_id   text COLLATE "C" PRIMARY KEY
);

-- A characteristic of a person (sex, age band, ethnicity, disability, local authority, ...),
-- from the date it holds (null: from the beginning).
CREATE TABLE person_characteristic (
  person_id   text COLLATE "C" NOT NULL REFERENCES person,
  name        text NOT NULL,
  value       text NOT NULL,
  valid_from  date,
  UNIQUE NULLS NOT DISTINCT (person_id, name, valid_from)
);

CREATE TABLE family (
  family_id   text COLLATE "C" PRIMARY KEY
);

CREATE TABLE family_characteristic (
  family_id   text COLLATE "C" NOT NULL REFERENCES family,
  name        text NOT NULL,
  value       text NOT NULL,
  valid_from  date,
  UNIQUE NULLS NOT DISTINCT (family_id, name, valid_from)
);

CREATE TABLE family_member (
  family_id   text COLLATE "C" NOT NULL REFERENCES family,
  person_id   text COLLATE "C" NOT NULL REFERENCES person,
  role        text NOT NULL CHECK (role IN ('ADULT', 'CHILD')),
  position    integer NOT NULL,
  PRIMARY KEY (family_id, person_id),
  UNIQUE (family_id, position)
);
CREATE INDEX family_member_person ON family_member (person_id);

-- A client: a child or a family the services work with (oba's subject). Its id is the person's
-- or the family's.
CREATE TABLE client (
  client_id   text COLLATE "C" PRIMARY KEY,
  person_id   text COLLATE "C" UNIQUE REFERENCES person,
  family_id   text COLLATE "C" UNIQUE REFERENCES family,
  CHECK (num_nonnulls(person_id, family_id) = 1),
  CHECK (client_id = coalesce(person_id, family_id))
);

CREATE TABLE referral (
  referral_id text COLLATE "C" PRIMARY KEY,
  client_id   text COLLATE "C" NOT NULL REFERENCES client,
  received_on date NOT NULL,
  source      text,
  UNIQUE (referral_id, client_id)
);
CREATE INDEX referral_client ON referral (client_id);

-- An episode: the client's time in a programme, delivered by a team in a local authority.
CREATE TABLE episode (
  episode_id      text COLLATE "C" PRIMARY KEY,
  referral_id     text COLLATE "C" NOT NULL,
  client_id       text COLLATE "C" NOT NULL,
  programme       text NOT NULL,
  team            text,
  local_authority text NOT NULL,
  delivery_model  text,
  start_date      date NOT NULL,
  end_date        date,
  closure_reason  text CHECK (closure_reason IN ('PLANNED', 'UNPLANNED', 'MOVED_AWAY',
                    'TRANSFERRED', 'OTHER')),
  FOREIGN KEY (referral_id, client_id) REFERENCES referral (referral_id, client_id),
  UNIQUE (episode_id, client_id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX episode_client ON episode (client_id, start_date, episode_id);

-- A service output given in an episode, such as residential support.
CREATE TABLE service_output (
  episode_id  text COLLATE "C" NOT NULL,
  client_id   text COLLATE "C" NOT NULL,
  output      text NOT NULL,
  PRIMARY KEY (episode_id, output),
  FOREIGN KEY (episode_id, client_id) REFERENCES episode (episode_id, client_id)
);
CREATE INDEX service_output_client ON service_output (client_id, episode_id, output);

-- An assessment (review) of an episode: its kind, when it was assessed and recorded, who rated
-- (the practitioner, the child, a parent or carer, or jointly) and the practitioner who recorded it.
CREATE TABLE assessment (
  assessment_id   text COLLATE "C" PRIMARY KEY,
  episode_id      text COLLATE "C" NOT NULL,
  client_id       text COLLATE "C" NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('BASELINE', 'REVIEW', 'CLOSURE', 'FOLLOW_UP')),
  assessed_on     date NOT NULL,
  recorded_on     date,
  rater           text NOT NULL CHECK (rater IN ('PRACTITIONER', 'CHILD_OR_YOUNG_PERSON',
                    'PARENT_OR_CARER', 'JOINT')),
  practitioner_id text,
  FOREIGN KEY (episode_id, client_id) REFERENCES episode (episode_id, client_id),
  UNIQUE (assessment_id, client_id)
);
CREATE INDEX assessment_client ON assessment (client_id, assessed_on, assessment_id);

-- An indicator's score in an assessment, about the client or one member of a family: a level
-- of an ordinal scale, a number, or yes/no; or not applicable, or not assessed.
CREATE TABLE indicator_score (
  assessment_id text COLLATE "C" NOT NULL,
  client_id     text COLLATE "C" NOT NULL,
  position      integer NOT NULL,
  indicator     text NOT NULL,
  person_id     text COLLATE "C" REFERENCES person,
  status        text NOT NULL DEFAULT 'RATED'
                  CHECK (status IN ('RATED', 'NOT_APPLICABLE', 'NOT_ASSESSED')),
  level         text,
  number        numeric,
  flag          boolean,
  PRIMARY KEY (assessment_id, position),
  FOREIGN KEY (assessment_id, client_id) REFERENCES assessment (assessment_id, client_id)
);
CREATE INDEX indicator_score_client ON indicator_score (client_id, assessment_id, position);
