#!/usr/bin/env bash
# Clears outputs, execution counts and run timings from the notebooks before a commit, keeping the
# cell tags (NotebooksIT finds its cells by them) and the Python 3 kernel. NotebookFilesTest checks it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
/usr/bin/python3 -m jupyter nbconvert --clear-output --inplace \
  --ClearMetadataPreprocessor.enabled=True \
  --ClearMetadataPreprocessor.preserve_cell_metadata_mask=tags \
  --ClearMetadataPreprocessor.preserve_nb_metadata_mask=kernelspec \
  --ClearMetadataPreprocessor.preserve_nb_metadata_mask=language_info \
  "${@:-*.ipynb}"
