"""Developer tools, apart from the runtime core: the benchmarks (``chancery bench``), the
synthetic archive generator (``chancery synth``) and the accuracy evaluation
(``chancery eval``). The core never imports them; the CLI loads each in its command."""
