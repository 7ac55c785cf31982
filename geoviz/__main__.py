from geoviz.cli import run

run()
