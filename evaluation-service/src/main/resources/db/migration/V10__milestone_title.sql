-- A project's one-page summary names the milestones it achieved: MilestoneAchieved always carried the
-- title, evaluation did not keep it. Milestones applied before this have none until a rebuild.
ALTER TABLE milestone_fact ADD COLUMN title text;
