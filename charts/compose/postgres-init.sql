-- one database per meshperf service, as in the embedded default and the Helm chart
CREATE DATABASE profile;
CREATE DATABASE analysis;
CREATE DATABASE scheduler;
CREATE DATABASE metrics;
