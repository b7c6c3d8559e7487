CREATE TABLE "case_measure_months" (
	"agency_id" uuid NOT NULL,
	"month" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"started_with_file" integer DEFAULT 0 NOT NULL,
	"finished" integer DEFAULT 0 NOT NULL,
	"finished_on_time" integer DEFAULT 0 NOT NULL,
	"files_left_open" integer DEFAULT 0 NOT NULL,
	"steps_done" integer DEFAULT 0 NOT NULL,
	"steps_done_on_time" integer DEFAULT 0 NOT NULL,
	"working_days_sum" integer DEFAULT 0 NOT NULL,
	"working_days_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_measure_months_agency_id_month_unit_id_procedure_id_pk" PRIMARY KEY("agency_id","month","unit_id","procedure_id")
);
--> statement-breakpoint
-- Measures of work cases (src/server/modules/cases/measures). Periods cut inside a month
-- read the days at their edges from the cases themselves: by closing and done dates.
CREATE INDEX "work_cases_closed" ON "work_cases" USING btree ("agency_id","closed_date");--> statement-breakpoint
CREATE INDEX "work_cases_file" ON "work_cases" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "case_steps_done" ON "case_steps" USING btree ("agency_id","done_date");--> statement-breakpoint
CREATE INDEX "case_steps_active_due" ON "case_steps" USING btree ("agency_id","due_date") WHERE "state" = 'active';--> statement-breakpoint
-- Adds counts to one cell (agency, month of `day`, unit, procedure).
CREATE FUNCTION case_measures_add(a uuid, u uuid, p uuid, day date, started int, with_file int, finished int,
  on_time int, left_open int, steps int, steps_on_time int, wd_sum int, wd_count int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO case_measure_months AS m (agency_id, month, unit_id, procedure_id, started, started_with_file,
    finished, finished_on_time, files_left_open, steps_done, steps_done_on_time, working_days_sum, working_days_count)
  SELECT a, date_trunc('month', day)::date, u, p, started, with_file, finished, on_time, left_open, steps,
    steps_on_time, wd_sum, wd_count
  WHERE day IS NOT NULL
  ON CONFLICT (agency_id, month, unit_id, procedure_id) DO UPDATE SET
    started = m.started + excluded.started,
    started_with_file = m.started_with_file + excluded.started_with_file,
    finished = m.finished + excluded.finished,
    finished_on_time = m.finished_on_time + excluded.finished_on_time,
    files_left_open = m.files_left_open + excluded.files_left_open,
    steps_done = m.steps_done + excluded.steps_done,
    steps_done_on_time = m.steps_done_on_time + excluded.steps_done_on_time,
    working_days_sum = m.working_days_sum + excluded.working_days_sum,
    working_days_count = m.working_days_count + excluded.working_days_count
$$;--> statement-breakpoint
-- Adds (sign 1) or takes away (sign -1) everything case `c` counts for, as its steps and
-- file stand now, or as they will stand: without step `skip_step`, with step `extra`, with
-- its file in state `file_state`. Each trigger runs BEFORE the row changes, taking the case
-- away as it stands and adding it back as it will stand, so that every row of a statement
-- sees the counts left by the rows before it.
CREATE FUNCTION case_measures_apply(c work_cases, sign int, skip_step uuid, extra case_steps, file_state text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r record;
  late boolean;
BEGIN
  IF c.id IS NULL OR c.state = 'cancelled' THEN RETURN; END IF;
  PERFORM case_measures_add(c.agency_id, c.unit_id, c.procedure_document_id, c.start_date, sign,
    CASE WHEN c.file_opened_at_start THEN sign ELSE 0 END, 0, 0, 0, 0, 0, 0, 0);
  IF c.state = 'closed' THEN
    late := EXISTS (SELECT 1 FROM case_steps s WHERE s.agency_id = c.agency_id AND s.case_id = c.id
        AND s.id IS DISTINCT FROM skip_step AND s.days_late > 0)
      OR coalesce(extra.case_id = c.id AND extra.days_late > 0, false);
    PERFORM case_measures_add(c.agency_id, c.unit_id, c.procedure_document_id, c.closed_date, 0, 0, sign,
      CASE WHEN late THEN 0 ELSE sign END,
      CASE WHEN coalesce(file_state, (SELECT f.state FROM record_files f WHERE f.id = c.file_id)) = 'open'
        THEN sign ELSE 0 END, 0, 0, 0, 0);
  END IF;
  FOR r IN SELECT x.done_date, count(*)::int AS n, (count(*) FILTER (WHERE x.days_late <= 0))::int AS on_time,
      coalesce(sum(x.working_days), 0)::int AS wd, count(x.working_days)::int AS wdc
    FROM (SELECT s.done_date, s.days_late, s.working_days FROM case_steps s
          WHERE s.agency_id = c.agency_id AND s.case_id = c.id AND s.id IS DISTINCT FROM skip_step
          UNION ALL
          SELECT extra.done_date, extra.days_late, extra.working_days WHERE extra.case_id = c.id) x
    WHERE x.done_date IS NOT NULL
    GROUP BY x.done_date
  LOOP
    PERFORM case_measures_add(c.agency_id, c.unit_id, c.procedure_document_id, r.done_date, 0, 0, 0, 0, 0,
      sign * r.n, sign * r.on_time, sign * r.wd, sign * r.wdc);
  END LOOP;
END $$;--> statement-breakpoint
CREATE FUNCTION case_measures_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM case_measures_apply(OLD, -1, NULL, NULL, NULL); END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  PERFORM case_measures_apply(NEW, 1, NULL, NULL, NULL);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER case_measures BEFORE INSERT OR DELETE OR UPDATE OF agency_id, unit_id, procedure_document_id,
  file_id, file_opened_at_start, state, start_date, closed_date ON work_cases
  FOR EACH ROW EXECUTE FUNCTION case_measures_case_changed();--> statement-breakpoint
CREATE FUNCTION case_measures_step_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  the_case uuid;
  c work_cases;
BEGIN
  FOR the_case IN SELECT DISTINCT x FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) x WHERE x IS NOT NULL
  LOOP
    SELECT * INTO c FROM work_cases WHERE id = the_case;
    CONTINUE WHEN NOT FOUND;
    PERFORM case_measures_apply(c, -1, NULL, NULL, NULL);
    IF TG_OP = 'DELETE' THEN
      PERFORM case_measures_apply(c, 1, OLD.id, NULL, NULL);
    ELSE
      PERFORM case_measures_apply(c, 1, NEW.id, NEW, NULL);
    END IF;
  END LOOP;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;--> statement-breakpoint
CREATE TRIGGER case_measures BEFORE INSERT OR DELETE OR UPDATE OF case_id, done_date, days_late, working_days
  ON case_steps FOR EACH ROW EXECUTE FUNCTION case_measures_step_changed();--> statement-breakpoint
CREATE FUNCTION case_measures_file_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c work_cases;
BEGIN
  FOR c IN SELECT * FROM work_cases w
    WHERE w.file_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END AND w.state = 'closed'
  LOOP
    PERFORM case_measures_apply(c, -1, NULL, NULL, CASE WHEN TG_OP = 'INSERT' THEN 'none' ELSE OLD.state END);
    PERFORM case_measures_apply(c, 1, NULL, NULL, CASE WHEN TG_OP = 'DELETE' THEN 'none' ELSE NEW.state END);
  END LOOP;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;--> statement-breakpoint
CREATE TRIGGER case_measures BEFORE INSERT OR DELETE OR UPDATE OF state ON record_files
  FOR EACH ROW EXECUTE FUNCTION case_measures_file_changed();--> statement-breakpoint
-- Recounts every cell from the cases (after a bulk load with the triggers disabled).
CREATE FUNCTION case_measures_rebuild() RETURNS void LANGUAGE sql AS $$
  DELETE FROM case_measure_months;
  INSERT INTO case_measure_months (agency_id, month, unit_id, procedure_id, started, started_with_file,
    finished, finished_on_time, files_left_open, steps_done, steps_done_on_time, working_days_sum, working_days_count)
  SELECT agency_id, month, unit_id, procedure_id, sum(started), sum(with_file), sum(finished), sum(on_time),
    sum(left_open), sum(steps), sum(steps_on_time), sum(wd), sum(wdc)
  FROM (
    SELECT c.agency_id, date_trunc('month', c.start_date)::date AS month, c.unit_id,
      c.procedure_document_id AS procedure_id, 1 AS started, c.file_opened_at_start::int AS with_file,
      0 AS finished, 0 AS on_time, 0 AS left_open, 0 AS steps, 0 AS steps_on_time, 0 AS wd, 0 AS wdc
    FROM work_cases c WHERE c.state <> 'cancelled'
    UNION ALL
    SELECT c.agency_id, date_trunc('month', c.closed_date)::date, c.unit_id, c.procedure_document_id, 0, 0, 1,
      (NOT EXISTS (SELECT 1 FROM case_steps s WHERE s.agency_id = c.agency_id AND s.case_id = c.id
        AND s.days_late > 0))::int,
      (EXISTS (SELECT 1 FROM record_files f WHERE f.id = c.file_id AND f.state = 'open'))::int, 0, 0, 0, 0
    FROM work_cases c WHERE c.state = 'closed' AND c.closed_date IS NOT NULL
    UNION ALL
    SELECT c.agency_id, date_trunc('month', s.done_date)::date, c.unit_id, c.procedure_document_id, 0, 0, 0, 0, 0,
      1, (s.days_late <= 0)::int, coalesce(s.working_days, 0), (s.working_days IS NOT NULL)::int
    FROM case_steps s JOIN work_cases c ON c.id = s.case_id AND c.agency_id = s.agency_id
    WHERE s.done_date IS NOT NULL AND c.state <> 'cancelled'
  ) counts
  GROUP BY agency_id, month, unit_id, procedure_id
$$;--> statement-breakpoint
SELECT case_measures_rebuild();
