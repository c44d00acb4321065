package org.convener.bulletins;

import java.util.Optional;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** The PDFs the pages offer: a bulletin, and a caucus's briefing packs. */
@Component
public class BulletinFiles {

    private final BulletinPages pages;
    private final BriefingPacks packs;

    BulletinFiles(BulletinPages pages, BriefingPacks packs) {
        this.pages = pages;
        this.packs = packs;
    }

    public byte[] pdf(Bulletin bulletin) {
        return pages.pdf(bulletin);
    }

    public byte[] caucusPacks(Group caucus, Optional<CurrentUser> user) {
        return packs.caucusPdf(caucus, user);
    }
}
