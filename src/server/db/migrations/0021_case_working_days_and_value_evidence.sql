ALTER TABLE "work_cases" ADD COLUMN "working_days" integer;--> statement-breakpoint
ALTER TABLE "case_measure_months" ADD COLUMN "case_working_days_sum" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_measure_months" ADD COLUMN "case_working_days_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "file_hash" text;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "mime_type" text;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "size" integer;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "record_file_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "record_file_code" text;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "record_item_id" uuid;--> statement-breakpoint
-- The working days each closed case took, start to closing: the steps service stores them with
-- the agency's calendar from now on. Cases closed before are counted here from the stored
-- calendar (a case stored the years it spans when its deadlines were set): the days after the
-- start up to the closing day that are working days (a listed day decides, else Monday–Friday).
UPDATE "work_cases" c SET "working_days" = (
  SELECT count(*)::int FROM generate_series(c.start_date + 1, c.closed_date, interval '1 day') AS d(day)
  WHERE coalesce(
    (SELECT k.kind = 'working_day' FROM calendar_days k WHERE k.agency_id = c.agency_id AND k.date = d.day::date),
    extract(isodow FROM d.day) < 6)
)
WHERE c.state = 'closed' AND c.closed_date IS NOT NULL AND c.working_days IS NULL;--> statement-breakpoint
-- The case measures count the closed cases' working days too (average working days per case).
DROP FUNCTION case_measures_add(uuid, uuid, uuid, date, int, int, int, int, int, int, int, int, int);--> statement-breakpoint
CREATE FUNCTION case_measures_add(a uuid, u uuid, p uuid, day date, started int, with_file int, finished int,
  on_time int, left_open int, steps int, steps_on_time int, wd_sum int, wd_count int, case_wd_sum int,
  case_wd_count int) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO case_measure_months AS m (agency_id, month, unit_id, procedure_id, started, started_with_file,
    finished, finished_on_time, files_left_open, steps_done, steps_done_on_time, working_days_sum, working_days_count,
    case_working_days_sum, case_working_days_count)
  SELECT a, date_trunc('month', day)::date, u, p, started, with_file, finished, on_time, left_open, steps,
    steps_on_time, wd_sum, wd_count, case_wd_sum, case_wd_count
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
    working_days_count = m.working_days_count + excluded.working_days_count,
    case_working_days_sum = m.case_working_days_sum + excluded.case_working_days_sum,
    case_working_days_count = m.case_working_days_count + excluded.case_working_days_count
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_measures_apply(c work_cases, sign int, skip_step uuid, extra case_steps, file_state text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r record;
  late boolean;
BEGIN
  IF c.id IS NULL OR c.state = 'cancelled' THEN RETURN; END IF;
  PERFORM case_measures_add(c.agency_id, c.unit_id, c.procedure_document_id, c.start_date, sign,
    CASE WHEN c.file_opened_at_start THEN sign ELSE 0 END, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  IF c.state = 'closed' THEN
    late := EXISTS (SELECT 1 FROM case_steps s WHERE s.agency_id = c.agency_id AND s.case_id = c.id
        AND s.id IS DISTINCT FROM skip_step AND s.days_late > 0)
      OR coalesce(extra.case_id = c.id AND extra.days_late > 0, false);
    PERFORM case_measures_add(c.agency_id, c.unit_id, c.procedure_document_id, c.closed_date, 0, 0, sign,
      CASE WHEN late THEN 0 ELSE sign END,
      CASE WHEN coalesce(file_state, (SELECT f.state FROM record_files f WHERE f.id = c.file_id)) = 'open'
        THEN sign ELSE 0 END, 0, 0, 0, 0,
      sign * coalesce(c.working_days, 0), CASE WHEN c.working_days IS NULL THEN 0 ELSE sign END);
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
      sign * r.n, sign * r.on_time, sign * r.wd, sign * r.wdc, 0, 0);
  END LOOP;
END $$;--> statement-breakpoint
DROP TRIGGER case_measures ON work_cases;--> statement-breakpoint
CREATE TRIGGER case_measures BEFORE INSERT OR DELETE OR UPDATE OF agency_id, unit_id, procedure_document_id,
  file_id, file_opened_at_start, state, start_date, closed_date, working_days ON work_cases
  FOR EACH ROW EXECUTE FUNCTION case_measures_case_changed();--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_measures_rebuild() RETURNS void LANGUAGE sql AS $$
  DELETE FROM case_measure_months;
  INSERT INTO case_measure_months (agency_id, month, unit_id, procedure_id, started, started_with_file,
    finished, finished_on_time, files_left_open, steps_done, steps_done_on_time, working_days_sum, working_days_count,
    case_working_days_sum, case_working_days_count)
  SELECT agency_id, month, unit_id, procedure_id, sum(started), sum(with_file), sum(finished), sum(on_time),
    sum(left_open), sum(steps), sum(steps_on_time), sum(wd), sum(wdc), sum(case_wd), sum(case_wdc)
  FROM (
    SELECT c.agency_id, date_trunc('month', c.start_date)::date AS month, c.unit_id,
      c.procedure_document_id AS procedure_id, 1 AS started, c.file_opened_at_start::int AS with_file,
      0 AS finished, 0 AS on_time, 0 AS left_open, 0 AS steps, 0 AS steps_on_time, 0 AS wd, 0 AS wdc,
      0 AS case_wd, 0 AS case_wdc
    FROM work_cases c WHERE c.state <> 'cancelled'
    UNION ALL
    SELECT c.agency_id, date_trunc('month', c.closed_date)::date, c.unit_id, c.procedure_document_id, 0, 0, 1,
      (NOT EXISTS (SELECT 1 FROM case_steps s WHERE s.agency_id = c.agency_id AND s.case_id = c.id
        AND s.days_late > 0))::int,
      (EXISTS (SELECT 1 FROM record_files f WHERE f.id = c.file_id AND f.state = 'open'))::int, 0, 0, 0, 0,
      coalesce(c.working_days, 0), (c.working_days IS NOT NULL)::int
    FROM work_cases c WHERE c.state = 'closed' AND c.closed_date IS NOT NULL
    UNION ALL
    SELECT c.agency_id, date_trunc('month', s.done_date)::date, c.unit_id, c.procedure_document_id, 0, 0, 0, 0, 0,
      1, (s.days_late <= 0)::int, coalesce(s.working_days, 0), (s.working_days IS NOT NULL)::int, 0, 0
    FROM case_steps s JOIN work_cases c ON c.id = s.case_id AND c.agency_id = s.agency_id
    WHERE s.done_date IS NOT NULL AND c.state <> 'cancelled'
  ) counts
  GROUP BY agency_id, month, unit_id, procedure_id
$$;--> statement-breakpoint
SELECT case_measures_rebuild();
