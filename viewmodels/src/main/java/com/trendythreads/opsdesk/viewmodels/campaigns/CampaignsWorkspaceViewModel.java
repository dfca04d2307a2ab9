package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodesViewModel;
import com.trendythreads.opsdesk.viewmodels.promo.PromoContext;
import com.trendythreads.opsdesk.viewmodels.segments.PersonalizationViewModel;
import com.trendythreads.opsdesk.viewmodels.segments.SegmentBuilderViewModel;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/// The marketing workspace: campaigns, promo codes, segments and personalization, one tab each. Only the
/// shown tab follows the cache; the others are quiet until selected, so a sync that brings a thousand promo
/// codes does not recompute the segment builder's RFM scores behind the user's back. It opens the campaigns
/// other screens link to (the dashboard's campaign rows).
public final class CampaignsWorkspaceViewModel implements Activatable {

    public enum Tab { CAMPAIGNS, PROMO_CODES, SEGMENTS, PERSONALIZATION }

    private final CampaignsViewModel campaigns;
    private final PromoCodesViewModel promoCodes;
    private final SegmentBuilderViewModel segments;
    private final PersonalizationViewModel personalization;
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.CAMPAIGNS);
    private final RecordLinks links;
    private final ChangeListener<RecordLinks.Link> linkListener = (o, a, l) -> {
        if (l != null) {
            takeLinks();
        }
    };
    private boolean active;
    private boolean personalizationLoaded;
    private final java.util.function.BooleanSupplier segmentsAllowed;

    @Inject
    public CampaignsWorkspaceViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n,
            RecordLinks links, CampaignsViewModel campaigns, SegmentBuilderViewModel segments,
            PersonalizationViewModel personalization) {
        this(links, campaigns, new PromoCodesViewModel(PromoContext.of(sessionState, runner, notifier, i18n)),
                segments, personalization, () -> sessionState.current().user().may("listSegments"));
    }

    /// @param segmentsAllowed whether the user may see the Segments tab ([#maySeeSegments()])
    public CampaignsWorkspaceViewModel(RecordLinks links, CampaignsViewModel campaigns,
            PromoCodesViewModel promoCodes, SegmentBuilderViewModel segments,
            PersonalizationViewModel personalization, java.util.function.BooleanSupplier segmentsAllowed) {
        this.segmentsAllowed = segmentsAllowed;
        this.links = links;
        this.campaigns = campaigns;
        this.promoCodes = promoCodes;
        this.segments = segments;
        this.personalization = personalization;
        tab.addListener((o, left, shown) -> {
            if (active) {
                leave(left);
                show(shown);
            }
        });
    }

    /// Whether the Segments tab is offered: the contract's `listSegments` (marketing, managers, admins). Others
    /// would see a builder over customers they may not list, or segments they may not read.
    public boolean maySeeSegments() {
        return segmentsAllowed.getAsBoolean();
    }

    @Override
    public void activate() {
        active = true;
        show(tab.get());
        takeLinks();
        links.requestedProperty().addListener(linkListener);
    }

    @Override
    public void deactivate() {
        links.requestedProperty().removeListener(linkListener);
        active = false;
        leave(tab.get());
    }

    private void takeLinks() {
        links.take(Target.CAMPAIGN).ifPresent(l -> {
            tab.set(Tab.CAMPAIGNS);
            campaigns.open(l.id());
        });
    }

    private void show(Tab t) {
        switch (t) {
            case CAMPAIGNS -> campaigns.activate();
            case PROMO_CODES -> promoCodes.activate();
            case SEGMENTS -> segments.activate();
            case PERSONALIZATION -> {
                // its figures are read once per session; the segment choice survives leaving the tab
                if (!personalizationLoaded) {
                    personalizationLoaded = true;
                    personalization.load();
                }
            }
        }
    }

    private void leave(Tab t) {
        switch (t) {
            case CAMPAIGNS -> campaigns.deactivate();
            case PROMO_CODES -> promoCodes.deactivate();
            case SEGMENTS -> segments.deactivate();
            case PERSONALIZATION -> { }
        }
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public CampaignsViewModel campaigns() {
        return campaigns;
    }

    public PromoCodesViewModel promoCodes() {
        return promoCodes;
    }

    public SegmentBuilderViewModel segments() {
        return segments;
    }

    public PersonalizationViewModel personalization() {
        return personalization;
    }
}
