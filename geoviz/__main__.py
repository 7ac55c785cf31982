from geoviz.cli import main

main()
