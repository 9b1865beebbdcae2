"""Layout of processes/**/emigration.bpmn: python3 .ci/diagrams/layouts/emigration.py <the .bpmn file>"""
import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from layout import Layout
L = Layout(sys.argv[1])
X = {0:180, 1:290, 2:410, 3:520, 4:640, 5:770, 6:930, 7:1060}
Y0 = 300
def Y(r): return Y0 + 120 * r
def P(i, c, r, **kw): L.place(i, X[c] if c in X else c, Y(r), **kw)
def E(i, c, r, where='below', **kw): P(i, c, r); L.slabel(i, where, **kw)
R = L.route
E('Event_EmigrationReported', 0, 0)
P('Task_RecordEmigrationNotice', 1, 0)
E('Gateway_DestinationKnown', 2, 0, 'above')
E('Event_LeavingDatePassed', 3, 0)
P('Task_ConfirmDeparture', 4, 0)
L.attach('Event_CtfAbroadOverdue', 'Task_ConfirmDeparture', 'B', 0.5)
L.slabel('Event_CtfAbroadOverdue', 'belowleft', dx=-8)
P('Task_ChaseCtfAbroad', 5, 1); E('Event_CtfAbroadChased', 6, 1)
E('Gateway_DepartureConfirmed', 5, 0, 'below')
P('Task_RecordOffRoll', 6, 0); E('Event_ClosedLeftCountry', 7, 0)
P('Task_ReferNotConfirmed', 6, -1); E('Event_ReferredNotConfirmed', 7, -1)
P('Task_ReferDestinationUnknown', 4, 2); E('Event_ReferredDestinationUnknown', 5, 2)
ids = ('Event_SafeguardingConcernRaised', 'Task_RaiseSafeguardingReferral', 'Event_SafeguardingReferralStarted')
L.place(ids[0], 220, Y(3.3)); L.slabel(ids[0], 'below')
L.place(ids[1], 340, Y(3.3)); L.place(ids[2], 470, Y(3.3)); L.slabel(ids[2], 'below')
L.box_around('SubProcess_SafeguardingConcern', ids, pad=(40, 60, 40, 20))
for f in ('Flow_ToRaiseSafeguarding', 'Flow_ToSafeguardingStarted', 'Flow_ToRecordEmigrationNotice', 'Flow_ToDestinationKnown',
          'Flow_ToReferredDestinationUnknown', 'Flow_ToConfirmDeparture', 'Flow_ToDepartureConfirmed', 'Flow_ToCtfAbroadChased',
          'Flow_ToReferredNotConfirmed', 'Flow_ToClosedLeftCountry'):
    R(f)
R('Flow_DestinationKnown', label=(0, 'above'))
R('Flow_DestinationUnknown', out='B', label=(1, 'above'))
R('Flow_ToChaseCtfAbroad', out='B', via=[('y', Y(1))])
R('Flow_DepartureConfirmed', label=(0, 'above'))
R('Flow_DepartureNotConfirmed', out='T', label=(1, 'above'))
L.write('emigration')
L.save()
