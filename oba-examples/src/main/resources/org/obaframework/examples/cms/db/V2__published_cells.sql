-- Report cards as published, after disclosure control, for BI tools and dashboards: one row per
-- cell of a card (a measure's line, or a row of one of its breakdowns), replaced whole in one
-- transaction each time a card is published. Only what the card shows is here: a hidden count is
-- null with its symbol, such as [c], and no column says why it is hidden.
CREATE TABLE oba_published_cell (
  card             text NOT NULL,
  period           text NOT NULL,
  period_start     date NOT NULL,
  period_end       date NOT NULL,
  as_of            date NOT NULL,
  measure          text NOT NULL,
  measure_name     text NOT NULL,
  section          text NOT NULL,
  breakdown        text NOT NULL,
  breakdown_key    text NOT NULL,
  number           bigint,
  number_text      text NOT NULL,
  denominator      bigint,
  denominator_text text,
  percent          double precision,
  percent_text     text,
  ci_lower         double precision,
  ci_upper         double precision,
  confidence       double precision,
  assessed         text,
  not_paired       text,
  excluded         text,
  not_eligible     text,
  status           text NOT NULL CHECK (status IN ('shown', 'rounded', 'hidden', 'no value')),
  PRIMARY KEY (card, period, as_of, measure, breakdown, breakdown_key)
);

-- When each card was last published, and under which disclosure policy.
CREATE TABLE oba_publication (
  card         text NOT NULL,
  period       text NOT NULL,
  as_of        date NOT NULL,
  disclosure   text NOT NULL,
  cells        integer NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (card, period, as_of)
);
