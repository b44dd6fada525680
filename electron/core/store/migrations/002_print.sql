-- A reprint (补打) is a job of its own that names the job it reprints; a case's original receipt
-- is its job with no reprint_of. Jobs are found by case for the query screen's 补打回执.
ALTER TABLE print_jobs ADD COLUMN reprint_of TEXT REFERENCES print_jobs (id);
CREATE INDEX print_jobs_by_case ON print_jobs (case_id, created_at);
