-- One database per service, as in the local stack and in production.
CREATE DATABASE programmes;
CREATE DATABASE projects;
CREATE DATABASE evaluation;
