"""The installed package (wheel, Docker image) carries every file the service reads at run time."""

import fnmatch
import subprocess
import tomllib

from tests.conftest import REPO_ROOT

PACKAGES = ("intake", "triage", "api", "models")


def test_every_data_file_of_the_packages_is_declared_as_package_data() -> None:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    tracked = subprocess.run(["git", "ls-files", *PACKAGES], cwd=REPO_ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    left_out = [path for path in tracked if not path.endswith(".py")
                and not any(fnmatch.fnmatch(path.rsplit("/", 1)[-1], p) for p in patterns)]
    assert not left_out, f"not installed with the package: {left_out}"
