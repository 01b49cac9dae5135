"""Deploy: send a checked production build somewhere, switchable back.

Not a Pelican plugin: tools called by ``tasks.py`` (``invoke publish``,
``invoke rollback``).

Setting read (pelicanconf.py): ``DEPLOY``, a dict whose keys and defaults are
``config.DEFAULTS`` (``target`` directory|rsync|pages|s3, ``path``, ``host``,
``port``, ``keep_releases``, ``pages_branch``, ``pages_remote``,
``pages_cname``, ``s3_bucket``, ``s3_endpoint``, ``compress``); each key can be
overridden by ``PORTAL_DEPLOY_<KEY>``.  Secrets come from the environment only:
``PORTAL_DEPLOY_SSH_KEY``, ``PORTAL_DEPLOY_KNOWN_HOSTS`` (rsync),
``AWS_ACCESS_KEY_ID``/``AWS_SECRET_ACCESS_KEY`` (s3, read by rclone); Pages
pushes with the credentials git already has.

Modules: ``config`` (the setting, checked once), ``build`` (Pelican into a
fresh folder), ``compress`` (.gz/.br), ``lock`` (one publish at a time per
folder), ``releases`` (directory target and
rollback), ``remote`` (rsync over SSH, S3), ``pages`` (ghp-import),
``deploy`` (dispatch).
"""

from .build import build_fresh, output_lock  # noqa: F401
from .compress import precompress  # noqa: F401
from .config import DEFAULTS, load_config  # noqa: F401
from .deploy import deploy, rollback  # noqa: F401
from .errors import DeployError  # noqa: F401
from .releases import DeployResult, current_release, list_releases, tree_digest  # noqa: F401
