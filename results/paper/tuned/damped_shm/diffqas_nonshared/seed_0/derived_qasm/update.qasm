// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01535294902) q[0];
rx(pi*0.20729051154) q[1];
rx(pi*-0.163653969725) q[2];
rx(pi*-0.089535251769) q[3];
rx(pi*0.01094488011) q[4];
rx(pi*-0.000753035693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.086027152775) q[0];
rx(pi*-0.072996783494) q[1];
rx(pi*-0.270528519962) q[2];
rx(pi*-0.076527346222) q[3];
rx(pi*0.016286977389) q[4];
rx(pi*-0.00185867842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.18653872724) q[0];
rx(pi*0.050268484744) q[1];
rx(pi*-0.16082579709) q[2];
rx(pi*-0.102767917971) q[3];
rx(pi*0.008239063318) q[4];
rx(pi*0.00145193102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.198375520962) q[0];
rx(pi*0.087811065377) q[1];
rx(pi*-0.25785111968) q[2];
rx(pi*-0.086850702834) q[3];
rx(pi*0.011872947479) q[4];
rx(pi*-0.00068899763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.082683718258) q[0];
rx(pi*0.200850193362) q[1];
rx(pi*-0.159738715566) q[2];
rx(pi*-0.091380968096) q[3];
rx(pi*0.015911212634) q[4];
rx(pi*-0.001111898175) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
