CREATE TABLE greeting (id uuid PRIMARY KEY);
