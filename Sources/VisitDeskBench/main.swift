// The benchmark's command line is `BenchCommand`; argument-parser also answers
// `--experimental-dump-help`, which the man page plugin asks every executable for.
BenchCommand.main()
