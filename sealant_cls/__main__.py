"`python -m sealant_cls`: the `sealant-cls` command, for environments where the console script is not on the PATH."
from sealant_cls.cli import cli

if __name__ == '__main__': cli()
