-- Figures kept live as records change: each client's contribution to an evaluation's results,
-- cell by cell, and their totals. When a client's records change, its old contribution is taken
-- from the totals and its new one added, in the transaction of the change. These are the exact
-- counts, before disclosure control: for the service's own use, never for publication (publish a
-- card made from them into oba_published_cell).
--   kind: count (counts = {n}), proportion (counts = {numerator, denominator, excluded,
--   not paired, not eligible, deteriorated}), transitions (counts = the matrix by rows, over
--   levels), or summary (counts = {n}, with sum, sum of squares, least and greatest).
CREATE TABLE oba_contribution (
  figures        text NOT NULL,
  client_id      text COLLATE "C" NOT NULL,
  measure        text NOT NULL,
  breakdown      text NOT NULL,
  breakdown_key  text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('count', 'proportion', 'transitions', 'summary')),
  counts         bigint[] NOT NULL,
  levels         text[],
  sum            double precision,
  sum_of_squares double precision,
  least          double precision,
  greatest       double precision,
  PRIMARY KEY (figures, client_id, measure, breakdown, breakdown_key)
);
CREATE INDEX oba_contribution_cell ON oba_contribution (figures, measure, breakdown, breakdown_key);

CREATE TABLE oba_live_cell (
  figures        text NOT NULL,
  measure        text NOT NULL,
  breakdown      text NOT NULL,
  breakdown_key  text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('count', 'proportion', 'transitions', 'summary')),
  counts         bigint[] NOT NULL,
  levels         text[],
  sum            double precision,
  sum_of_squares double precision,
  least          double precision,
  greatest       double precision,
  PRIMARY KEY (figures, measure, breakdown, breakdown_key)
);
