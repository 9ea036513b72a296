from assetsmith.cli.main import main

main()
