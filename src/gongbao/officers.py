"""The posts of a government's head as its signatures and promulgations print them: read by
the cleaner (a signature run onto a sentence) and by the signature reader alike."""

from __future__ import annotations

#: the head of a government, of a league or a banner, of the State Council: '省长', '盟长', '总理'
HEADS = "总理|省长|市长|县长|区长|州长|盟长|旗长|主席"
#: the post with its qualifier, for one acting or deputising: '代市长', '常务副省长'
HEAD_POST = rf"(?:代|常务副|副)?(?:{HEADS})"
