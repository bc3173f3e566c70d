-- kbdesk schema 1 (frozen: never edit; add a new migration instead)

CREATE TABLE attachments (
	id VARCHAR(32) NOT NULL, 
	owner_type VARCHAR(40) NOT NULL, 
	owner_id VARCHAR(32) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	filename VARCHAR(255) NOT NULL, 
	mime VARCHAR(100) NOT NULL, 
	size INTEGER NOT NULL, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_attachments_owner ON attachments (owner_type, owner_id);

CREATE INDEX ix_attachments_sha256 ON attachments (sha256);

CREATE TABLE audit_log (
	id VARCHAR(32) NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(100) NOT NULL, 
	action VARCHAR(16) NOT NULL, 
	record_type VARCHAR(40) NOT NULL, 
	record_id VARCHAR(32) NOT NULL, 
	changes JSON, 
	PRIMARY KEY (id)
);

CREATE INDEX ix_audit_log_at ON audit_log (at);

CREATE INDEX ix_audit_record ON audit_log (record_type, record_id);

CREATE TABLE categories (
	code VARCHAR(40) NOT NULL, 
	name_zh VARCHAR(100) NOT NULL, 
	name_en VARCHAR(100) NOT NULL, 
	builtin BOOLEAN NOT NULL, 
	PRIMARY KEY (code)
);

CREATE TABLE courses (
	id VARCHAR(32) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	outline TEXT NOT NULL, 
	trainer VARCHAR(100) NOT NULL, 
	duration_hours INTEGER NOT NULL, 
	tags JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);

CREATE TABLE customers (
	id VARCHAR(32) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	organisation VARCHAR(200) NOT NULL, 
	plan_level VARCHAR(20) NOT NULL, 
	service_manager VARCHAR(100) NOT NULL, 
	technical_manager VARCHAR(100) NOT NULL, 
	region VARCHAR(100) NOT NULL, 
	notes TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (name)
);

CREATE TABLE links (
	id VARCHAR(32) NOT NULL, 
	source_type VARCHAR(40) NOT NULL, 
	source_id VARCHAR(32) NOT NULL, 
	target_type VARCHAR(40) NOT NULL, 
	target_id VARCHAR(32) NOT NULL, 
	relation VARCHAR(20) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (source_type, source_id, target_type, target_id)
);

CREATE INDEX ix_links_source ON links (source_type, source_id);

CREATE INDEX ix_links_target ON links (target_type, target_id);

CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);

CREATE TABLE migrations (
	name VARCHAR(100) NOT NULL, 
	applied_at DATETIME NOT NULL, 
	PRIMARY KEY (name)
);

CREATE TABLE cases (
	id VARCHAR(32) NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	customer_id VARCHAR(32) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	phenomenon TEXT NOT NULL, 
	business_impact TEXT NOT NULL, 
	occurred_at DATETIME, 
	reported_at DATETIME NOT NULL, 
	product VARCHAR(100) NOT NULL, 
	component VARCHAR(100) NOT NULL, 
	environment TEXT NOT NULL, 
	error_messages TEXT NOT NULL, 
	logs TEXT NOT NULL, 
	category VARCHAR(40) NOT NULL, 
	severity VARCHAR(20) NOT NULL, 
	fault_level VARCHAR(4), 
	status VARCHAR(20) NOT NULL, 
	owner VARCHAR(100) NOT NULL, 
	root_cause TEXT NOT NULL, 
	resolution TEXT NOT NULL, 
	workaround TEXT NOT NULL, 
	not_a_fault BOOLEAN NOT NULL, 
	not_a_fault_reason VARCHAR(200) NOT NULL, 
	responded_at DATETIME, 
	recovered_at DATETIME, 
	closed_at DATETIME, 
	tags JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (number), 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	FOREIGN KEY(category) REFERENCES categories (code) ON DELETE RESTRICT
);

CREATE INDEX ix_cases_category ON cases (category);

CREATE INDEX ix_cases_customer_id ON cases (customer_id);

CREATE INDEX ix_cases_product ON cases (product);

CREATE INDEX ix_cases_reported_at ON cases (reported_at);

CREATE INDEX ix_cases_severity ON cases (severity);

CREATE INDEX ix_cases_status ON cases (status);

CREATE TABLE contacts (
	id VARCHAR(32) NOT NULL, 
	customer_id VARCHAR(32) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	role VARCHAR(100) NOT NULL, 
	phone VARCHAR(50) NOT NULL, 
	email VARCHAR(200) NOT NULL, 
	designated BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);

CREATE INDEX ix_contacts_customer_id ON contacts (customer_id);

CREATE TABLE materials (
	id VARCHAR(32) NOT NULL, 
	course_id VARCHAR(32) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(course_id) REFERENCES courses (id) ON DELETE CASCADE
);

CREATE INDEX ix_materials_course_id ON materials (course_id);

CREATE TABLE runbooks (
	id VARCHAR(32) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	product VARCHAR(100) NOT NULL, 
	customer_id VARCHAR(32), 
	summary TEXT NOT NULL, 
	preconditions TEXT NOT NULL, 
	linked_systems JSON NOT NULL, 
	tags JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE SET NULL
);

CREATE INDEX ix_runbooks_customer_id ON runbooks (customer_id);

CREATE TABLE service_records (
	id VARCHAR(32) NOT NULL, 
	customer_id VARCHAR(32) NOT NULL, 
	date DATE NOT NULL, 
	engineer VARCHAR(100) NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	content TEXT NOT NULL, 
	outcome TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT
);

CREATE INDEX ix_service_records_customer_id ON service_records (customer_id);

CREATE INDEX ix_service_records_date ON service_records (date);

CREATE TABLE training_sessions (
	id VARCHAR(32) NOT NULL, 
	course_id VARCHAR(32) NOT NULL, 
	customer_id VARCHAR(32), 
	planned_date DATE NOT NULL, 
	held_date DATE, 
	trainer VARCHAR(100) NOT NULL, 
	location VARCHAR(200) NOT NULL, 
	onsite BOOLEAN NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	feedback TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(course_id) REFERENCES courses (id) ON DELETE RESTRICT, 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT
);

CREATE INDEX ix_training_sessions_course_id ON training_sessions (course_id);

CREATE INDEX ix_training_sessions_customer_id ON training_sessions (customer_id);

CREATE INDEX ix_training_sessions_planned_date ON training_sessions (planned_date);

CREATE TABLE articles (
	id VARCHAR(32) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	body TEXT NOT NULL, 
	product VARCHAR(100) NOT NULL, 
	problem TEXT NOT NULL, 
	solution TEXT NOT NULL, 
	tags JSON NOT NULL, 
	source_case_id VARCHAR(32), 
	version INTEGER NOT NULL, 
	author VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(source_case_id) REFERENCES cases (id) ON DELETE SET NULL
);

CREATE INDEX ix_articles_source_case_id ON articles (source_case_id);

CREATE TABLE attendance (
	id VARCHAR(32) NOT NULL, 
	session_id VARCHAR(32) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	organisation VARCHAR(200) NOT NULL, 
	attended BOOLEAN NOT NULL, 
	score INTEGER, 
	comment TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES training_sessions (id) ON DELETE CASCADE
);

CREATE INDEX ix_attendance_session_id ON attendance (session_id);

CREATE TABLE case_timeline (
	id VARCHAR(32) NOT NULL, 
	case_id VARCHAR(32) NOT NULL, 
	at DATETIME NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	author VARCHAR(100) NOT NULL, 
	from_status VARCHAR(20), 
	to_status VARCHAR(20), 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE
);

CREATE INDEX ix_case_timeline_case_id ON case_timeline (case_id);

CREATE TABLE complaints (
	id VARCHAR(32) NOT NULL, 
	customer_id VARCHAR(32) NOT NULL, 
	case_id VARCHAR(32), 
	received_at DATETIME NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	subject VARCHAR(300) NOT NULL, 
	against VARCHAR(100) NOT NULL, 
	details TEXT NOT NULL, 
	response TEXT NOT NULL, 
	resolution TEXT NOT NULL, 
	closed_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE SET NULL
);

CREATE INDEX ix_complaints_case_id ON complaints (case_id);

CREATE INDEX ix_complaints_customer_id ON complaints (customer_id);

CREATE TABLE drills (
	id VARCHAR(32) NOT NULL, 
	runbook_id VARCHAR(32) NOT NULL, 
	customer_id VARCHAR(32), 
	date DATE NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	participants JSON NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	deviations TEXT NOT NULL, 
	findings TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(runbook_id) REFERENCES runbooks (id) ON DELETE RESTRICT, 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE SET NULL
);

CREATE INDEX ix_drills_customer_id ON drills (customer_id);

CREATE INDEX ix_drills_date ON drills (date);

CREATE INDEX ix_drills_runbook_id ON drills (runbook_id);

CREATE TABLE escalations (
	id VARCHAR(32) NOT NULL, 
	case_id VARCHAR(32) NOT NULL, 
	at DATETIME NOT NULL, 
	target VARCHAR(20) NOT NULL, 
	reason TEXT NOT NULL, 
	escalated_by VARCHAR(100) NOT NULL, 
	impact_reassessment TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE
);

CREATE INDEX ix_escalations_case_id ON escalations (case_id);

CREATE TABLE runbook_steps (
	id VARCHAR(32) NOT NULL, 
	runbook_id VARCHAR(32) NOT NULL, 
	position INTEGER NOT NULL, 
	action TEXT NOT NULL, 
	expected_result TEXT NOT NULL, 
	"rollback" TEXT NOT NULL, 
	estimated_minutes INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (runbook_id, position), 
	FOREIGN KEY(runbook_id) REFERENCES runbooks (id) ON DELETE CASCADE
);

CREATE INDEX ix_runbook_steps_runbook_id ON runbook_steps (runbook_id);

CREATE TABLE surveys (
	id VARCHAR(32) NOT NULL, 
	customer_id VARCHAR(32) NOT NULL, 
	case_id VARCHAR(32), 
	date DATE NOT NULL, 
	attitude INTEGER NOT NULL, 
	business INTEGER NOT NULL, 
	technical INTEGER NOT NULL, 
	comment TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE RESTRICT, 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE SET NULL
);

CREATE INDEX ix_surveys_case_id ON surveys (case_id);

CREATE INDEX ix_surveys_customer_id ON surveys (customer_id);

CREATE TABLE actions (
	id VARCHAR(32) NOT NULL, 
	case_id VARCHAR(32), 
	drill_id VARCHAR(32), 
	title VARCHAR(300) NOT NULL, 
	owner VARCHAR(100) NOT NULL, 
	due_date DATE, 
	status VARCHAR(20) NOT NULL, 
	closed_at DATETIME, 
	notes TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(case_id) REFERENCES cases (id) ON DELETE CASCADE, 
	FOREIGN KEY(drill_id) REFERENCES drills (id) ON DELETE CASCADE
);

CREATE INDEX ix_actions_case_id ON actions (case_id);

CREATE INDEX ix_actions_drill_id ON actions (drill_id);

CREATE TABLE article_versions (
	id VARCHAR(32) NOT NULL, 
	article_id VARCHAR(32) NOT NULL, 
	version INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	body TEXT NOT NULL, 
	product VARCHAR(100) NOT NULL, 
	problem TEXT NOT NULL, 
	solution TEXT NOT NULL, 
	tags JSON NOT NULL, 
	edited_by VARCHAR(100) NOT NULL, 
	edited_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (article_id, version), 
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
);

CREATE INDEX ix_article_versions_article_id ON article_versions (article_id);

CREATE TABLE drill_step_results (
	id VARCHAR(32) NOT NULL, 
	drill_id VARCHAR(32) NOT NULL, 
	step_id VARCHAR(32), 
	position INTEGER NOT NULL, 
	started_at DATETIME, 
	ended_at DATETIME, 
	ok BOOLEAN NOT NULL, 
	notes TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(drill_id) REFERENCES drills (id) ON DELETE CASCADE, 
	FOREIGN KEY(step_id) REFERENCES runbook_steps (id) ON DELETE SET NULL
);

CREATE INDEX ix_drill_step_results_drill_id ON drill_step_results (drill_id);

CREATE INDEX ix_drill_step_results_step_id ON drill_step_results (step_id);
