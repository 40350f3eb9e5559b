import VisitDeskApp

VisitDeskCommand.main()
