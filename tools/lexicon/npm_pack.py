"""Fetches npm packages with `npm pack` (build time only) and reads their files: shared by the lexicon rebuild scripts."""
import pathlib
import subprocess
import tarfile
import tempfile


def files(packages, wanted=lambda member: True):
    """The files of the packages' tarballs that `wanted(member name)` keeps, as {(tarball name, member name): bytes}."""
    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", *packages], cwd=tmp, check=True, capture_output=True)
        for tgz in pathlib.Path(tmp).glob("*.tgz"):
            with tarfile.open(tgz) as t:
                for m in t.getmembers():
                    if m.isfile() and wanted(m.name):
                        found[(tgz.name, m.name)] = t.extractfile(m).read()
    return found
