"""Start the web page: `python app.py [--port 7860] [--model uk=PATH ...]` (the options of `translate serve`)."""

import sys

from translate.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
