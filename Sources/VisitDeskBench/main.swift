enum VisitDeskBench {}
