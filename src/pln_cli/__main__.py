from pln_cli.cli.app import main

main()
